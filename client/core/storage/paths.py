"""Where Pli keeps its files, and keeping them private.

Folders come from platformdirs (appdirs is deprecated and points to it). A profile is one
folder per account: `account.json` (user id, device id, homeserver: nothing secret) and
`store/` (nio's SQLite crypto store, whose pickles are encrypted with a key from the keyring).
Folders are 0700 and files 0600: nio creates its database 0644, so we tighten after it.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from client.core.errors import ProfileDamaged

APP_NAME = "pli"
PROFILE_ENV = "PLI_PROFILE_DIR"


def default_profile_root() -> Path:
    override = os.environ.get(PROFILE_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def make_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def write_private_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, readable by the user only: a crash at any moment leaves the
    old file or the new one, never a mix (written beside, flushed to disk, then renamed)."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def harden(root: Path) -> None:
    """chmod every folder under root to 0700 and every file to 0600."""
    if not root.exists():
        return
    os.chmod(root, 0o700)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames:
            os.chmod(os.path.join(dirpath, name), 0o700)
        for name in filenames:
            path = os.path.join(dirpath, name)
            if not os.path.islink(path):
                os.chmod(path, 0o600)


def loose_permissions(root: Path) -> list[tuple[Path, str]]:
    """Files or folders under root that group or others could read or write."""
    found: list[tuple[Path, str]] = []
    if not root.exists():
        return found
    for path in [root, *root.rglob("*")]:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            continue
        if mode & 0o077:
            found.append((path, oct(stat.S_IMODE(mode))))
    return found


@dataclass(frozen=True)
class AccountRecord:
    user_id: str
    device_id: str
    homeserver: str

    def to_json(self) -> str:
        return json.dumps(
            {"user_id": self.user_id, "device_id": self.device_id, "homeserver": self.homeserver},
            indent=2,
        )


@dataclass(frozen=True)
class Profile:
    """One account's folder."""

    root: Path

    @classmethod
    def default(cls) -> Profile:
        return cls(default_profile_root() / "account")

    @property
    def account_file(self) -> Path:
        return self.root / "account.json"

    @property
    def store_dir(self) -> Path:
        return self.root / "store"

    @property
    def opened_dir(self) -> Path:
        """Decrypted copies of received files the user opened (emptied at close and start)."""
        return self.root / "opened"

    @property
    def log_dir(self) -> Path:
        return self.root / "log"

    def prepare(self) -> None:
        """Create the folders before anything talks to the server (nio trap: a missing store
        folder fails login *after* the server made the device)."""
        make_private_dir(self.root)
        make_private_dir(self.store_dir)

    def read_account(self) -> AccountRecord | None:
        try:
            raw = self.account_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            raise ProfileDamaged(str(error)) from error
        try:
            data = json.loads(raw)
            return AccountRecord(
                user_id=str(data["user_id"]),
                device_id=str(data["device_id"]),
                homeserver=str(data["homeserver"]),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise ProfileDamaged(f"account.json: {error}") from error

    def write_account(self, record: AccountRecord) -> None:
        self.prepare()
        write_private_atomic(self.account_file, record.to_json().encode())

    def wipe(self) -> None:
        if self.root.exists():
            shutil.rmtree(self.root)
