"""Composition root: parse arguments, build services, run Qt + asyncio (qasync) on one thread.

pli                  sign in (or restore the saved session) and chat
pli --demo           throwaway local homeserver + a demo contact who answers
pli --check          print a health report; exit 0 when healthy
pli --version
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from client.version import VERSION

if TYPE_CHECKING:
    from client.core.policy.loader import Policy

log = logging.getLogger("pli")


def process_started() -> float:
    """When this process began, on the monotonic clock: start-up figures count the
    interpreter's own start too, not only from this module's import (~0.05 s later). Linux
    says it in /proc (to 10 ms); elsewhere, now."""
    now = time.monotonic()
    if sys.platform != "linux":
        return now
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        since_boot = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - since_boot
    except (OSError, ValueError, IndexError):
        return now
    return now - age if 0 <= age < 60 else now


STARTED = process_started()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pli", description="Pli secure messenger")
    parser.add_argument("--version", action="version", version=f"Pli {VERSION}")
    parser.add_argument(
        "--check",
        action="store_true",
        help="check this machine (Qt, crypto, keyring, profile) and exit",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start a local homeserver and a demo contact (nothing is kept)",
    )
    parser.add_argument("--profile", type=Path, help="profile folder (default: per user)")
    parser.add_argument("--lang", choices=["en", "fr"], help="interface language")
    parser.add_argument("--verbose", action="store_true", help="log more (never secrets)")
    parser.add_argument(
        "--quit-after", type=float, default=0, help=argparse.SUPPRESS
    )  # for timing and smoke tests
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--open-room", metavar="ROOM_ID", help="open this conversation at start")
    return parser.parse_args(argv)


def attach_windows_console() -> None:
    """The Windows build is a windowed program (no console flashes open for users), so
    `pli --check` and `pli --version` typed in cmd or PowerShell would print nowhere: attach
    to the console of the shell that started Pli, when there is one."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")
        sys.stderr = sys.stdout


def log_level(policy: Policy, verbose: bool) -> int:
    """The organisation's level (terminal and file); --verbose may only add detail."""
    level = int(logging.getLevelName(str(policy.get("log_level")).upper()))
    return min(level, logging.INFO) if verbose else level


def log_to_file(level: int) -> None:
    """What IT support asks for: `logs/pli.log` in the profile folder (0600, 3 x 1 MB), at the
    organisation's level (policy `log_level`). Pli logs no secret and no message text at any
    level; nio's own logger stays at warning or above."""
    from logging.handlers import RotatingFileHandler

    from client.core.storage.paths import default_profile_root, make_private_dir

    try:
        folder = make_private_dir(default_profile_root() / "logs")
        handler = RotatingFileHandler(
            folder / "pli.log", maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError as error:  # a read-only profile must not stop Pli
        log.warning("no log file: %s", error)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)
    logging.getLogger().addHandler(handler)


def main(argv: list[str] | None = None) -> int:
    if {"--check", "--version"} & set(sys.argv[1:] if argv is None else argv):
        attach_windows_console()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # nio logs request details at INFO/DEBUG; keep it quiet unless asked.
    logging.getLogger("nio").setLevel(logging.WARNING if args.verbose else logging.ERROR)
    if args.check:
        from client import checkup

        return checkup.run()
    # Before any secret is read: no crash dump of this process, anywhere (process_hardening).
    from client.core.process_hardening import harden_process

    log.info("process hardening: %s", ", ".join(harden_process()) or "none available")
    # Every file Pli creates is private to the user, whatever creates it (sqlite journals too).
    os.umask(0o077)
    if args.profile:
        os.environ["PLI_PROFILE_DIR"] = str(args.profile)

    # The Qt-free core first: once PySide6 is imported, its import hook reads the source of
    # every module imported after it (to look for `from __feature__ import`), which cost
    # ~0.25 s at each start for nio, aiohttp and the rest of the core.
    import client.core.session  # noqa: F401

    # isort: split
    import qasync

    from client.ui.controller import AppController
    from client.ui.i18n import install_translator
    from client.ui.qt import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Pli")
    app.setApplicationVersion(VERSION)
    app.setOrganizationName("Pli")
    app.setDesktopFileName("pli")
    app.setQuitOnLastWindowClosed(False)
    from client.ui.collector import MainThreadCollector

    MainThreadCollector(app)  # Python's garbage collection on this thread only
    from client.core.policy.loader import PolicyError
    from client.core.policy.loader import load as load_policy

    try:
        policy = load_policy()
    except PolicyError as error:
        # Fail closed: never run with an administrator's settings silently ignored.
        install_translator(args.lang)
        from client.ui.i18n import error_text
        from client.ui.qt import QMessageBox

        logging.getLogger(__name__).error("invalid admin policy: %s", error.detail)
        print(error_text(error), file=sys.stderr)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QMessageBox.critical(None, "Pli", error_text(error))
        return 2
    level = log_level(policy, args.verbose)
    logging.getLogger().setLevel(level)
    if not args.demo:  # the demo keeps nothing
        log_to_file(level)
    from client.ui.dialogs.settings import interface_language

    install_translator(interface_language(policy, args.lang) or None)
    controller = AppController(args, started=STARTED, policy=policy)
    try:
        return int(qasync.run(controller.run()))
    except KeyboardInterrupt:
        return 130
    finally:
        logging.shutdown()


if __name__ == "__main__":
    sys.exit(main())
