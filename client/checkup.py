"""`pli --check`: is this machine able to run Pli safely? Prints facts; exit 0 when healthy."""

from __future__ import annotations

import json
import platform
import sys
from importlib import metadata
from pathlib import Path
from typing import TextIO

from client.core.errors import NoKeyring, PliError
from client.core.secrets.store import KeyringSecretStore, self_test
from client.core.storage.paths import default_profile_root, loose_permissions
from client.version import VERSION


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def run(out: TextIO | None = None) -> int:
    def write(line: str) -> None:
        print(line, file=out or sys.stdout)

    problems: list[str] = []
    write(f"Pli {VERSION}")
    from client.core.policy.loader import PolicyError, describe, load

    try:
        policy = load()
    except PolicyError as error:
        write(f"Admin policy: INVALID — {error.sentence} ({error})")
        write(error.advice_sentence.render())
        return 2
    write("Admin policy (effective value, source):")
    for name, value, source in describe(policy):
        write(f"  {name} = {json.dumps(value, ensure_ascii=False)}  ({source})")
    write(f"Python {platform.python_version()} ({sys.executable})")
    try:
        from PySide6 import QtCore
        from PySide6 import __version__ as pyside_version

        write(f"Qt {QtCore.qVersion()} (PySide6 {pyside_version})")
    except ImportError as error:
        problems.append(f"Qt cannot be loaded: {error}")
    write(f"matrix-nio {_version('matrix-nio')}")
    try:
        # Loaded after the window shows, so a start without an account never imports it: a
        # build that lost it (a frozen bundle missing a module) is caught here instead.
        import client.core.session.nio_adapter  # noqa: F401

        write("Matrix engine (nio, aiohttp, our adapter): loads")
    except ImportError as error:
        problems.append(f"The Matrix engine cannot be loaded: {error}")
    write(f"vodozemac {_version('vodozemac')}")
    write(f"keyring {_version('keyring')}")

    try:
        store = KeyringSecretStore()
        write(f"Keyring backend: {store.describe()}")
        store.check_backend()
        self_test(store)
        write("Keyring test write/read/delete: ok")
    except NoKeyring as error:
        if policy.get("allow_passphrase_store"):
            # Allowed by the organisation: Pli asks for the passphrase file instead.
            write(f"Keyring: none ({error}); passphrase store allowed by policy")
        else:
            write("Keyring test write/read/delete: FAILED")
            problems.append(f"{error.sentence} {error.advice_sentence} ({error})")
    except PliError as error:
        write("Keyring test write/read/delete: FAILED")
        problems.append(f"{error.sentence} {error.advice_sentence} ({error})")

    root = default_profile_root()
    write(f"Profile folder: {root}")
    if root.exists():
        loose = loose_permissions(root)
        for path, mode in loose:
            problems.append(
                f"{path} is readable by other users (mode {mode}); run: chmod -R go-rwx {root}"
            )
        write(f"Profile permissions: {'ok (0700/0600)' if not loose else 'TOO OPEN'}")
    else:
        write("Profile permissions: no profile yet")
    translations = (
        Path(__file__).resolve().parent.parent / "resources" / "translations" / "pli_fr.qm"
    )
    missing = "missing (run packaging/dev/build-translations)"
    write(f"French translation: {'ok' if translations.exists() else missing}")

    if problems:
        write("")
        for problem in problems:
            write(f"Problem: {problem}")
        return 1
    write("Everything needed is in place.")
    return 0
