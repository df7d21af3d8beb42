"""A passphrase-protected secret store, for machines without an OS keyring — only when the
admin policy allows it (`allow_passphrase_store`, default: no).

Why it exists: some locked-down workstations have no Secret Service (a bare X session, a kiosk
profile); without this, Pli cannot run there at all. Why it is off by default: a file guarded by
a passphrase is only as strong as the passphrase, and it can be copied and attacked offline,
which an OS keyring tied to the session login does not allow as easily.

The file (`secrets.pli` in the profile root, mode 0600, replaced atomically) holds one JSON
object: the KDF parameters and salt, a nonce, and the AES-256-GCM encryption of every entry.
The key is scrypt(passphrase) (n = 2^17, r = 8, p = 1: ~128 MB and a fraction of a second here,
so each guess costs an attacker the same). GCM authenticates the whole file: a wrong passphrase,
a flipped bit or a truncated file are all refused (the tag check is constant-time) and nothing
is written over the file until the right passphrase opened it. Each write re-encrypts with a
fresh nonce. The derived key stays in this process's memory only.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from client.core.errors import PliError
from client.core.i18n import QT_TRANSLATE_NOOP
from client.core.storage.paths import write_private_atomic

FILE_NAME = "secrets.pli"
FORMAT = "pli-secrets-v1"
SCRYPT_N = 2**17
# A file may say which cost it was made with; anything outside this range is not ours.
_N_RANGE = (2**14, 2**22)
MIN_PASSPHRASE = 12


class WrongPassphrase(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "This passphrase does not open your keys.")
    advice = QT_TRANSLATE_NOOP("Errors", "Check the passphrase and try again.")


class SecretFileDamaged(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "The file that keeps your keys ({path}) is damaged.")
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was changed. Contact your IT support; if the file cannot be restored, "
        "move it away and sign in again (your messages are kept on the server).",
    )


class PassphraseTooShort(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "The passphrase must have at least {count} characters.")
    advice = QT_TRANSLATE_NOOP("Errors", "A few words that only you know make a good one.")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1).derive(passphrase.encode("utf-8"))


class PassphraseSecretStore:
    """SecretStore over one encrypted file. Open it with `create` or `unlock` (both slow on
    purpose: call them from a worker thread)."""

    def __init__(self, path: Path, key: bytes, salt: bytes, n: int, entries: dict[str, str]):
        self.path = path
        self._key = key
        self._salt = salt
        self._n = n
        self._entries = entries

    @staticmethod
    def file_in(root: Path) -> Path:
        return root / FILE_NAME

    @classmethod
    def create(cls, path: Path, passphrase: str, n: int = SCRYPT_N) -> PassphraseSecretStore:
        if len(passphrase) < MIN_PASSPHRASE:
            raise PassphraseTooShort(count=MIN_PASSPHRASE)
        salt = os.urandom(16)
        store = cls(path, _derive(passphrase, salt, n), salt, n, {})
        store._save()
        return store

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> PassphraseSecretStore:
        try:
            data: Any = json.loads(path.read_bytes())
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a Pli secrets file")
            n, salt = data["n"], base64.b64decode(data["salt"], validate=True)
            nonce = base64.b64decode(data["nonce"], validate=True)
            sealed = base64.b64decode(data["ciphertext"], validate=True)
            if not isinstance(n, int) or not _N_RANGE[0] <= n <= _N_RANGE[1] or n & (n - 1):
                raise ValueError(f"scrypt cost {n!r}")
            if len(salt) != 16 or len(nonce) != 12:
                raise ValueError("salt or nonce size")
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise SecretFileDamaged(f"{path}: {error}", path=path) from None
        key = _derive(passphrase, salt, n)
        try:
            plain = AESGCM(key).decrypt(nonce, sealed, FORMAT.encode())
        except InvalidTag:
            # A wrong passphrase and a tampered file look the same, on purpose.
            raise WrongPassphrase("wrong passphrase or altered file") from None
        try:
            entries = json.loads(plain)
            if not isinstance(entries, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in entries.items()
            ):
                raise ValueError("entries")
        except ValueError as error:
            raise SecretFileDamaged(f"{path}: {error}", path=path) from None
        return cls(path, key, salt, n, entries)

    def _save(self) -> None:
        nonce = os.urandom(12)
        sealed = AESGCM(self._key).encrypt(
            nonce, json.dumps(self._entries).encode(), FORMAT.encode()
        )
        document = {
            "format": FORMAT,
            "kdf": "scrypt",
            "n": self._n,
            "r": 8,
            "p": 1,
            "salt": _b64(self._salt),
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        }
        write_private_atomic(self.path, json.dumps(document).encode())

    # --- SecretStore ---------------------------------------------------------------------------

    def get(self, account: str, name: str) -> str | None:
        return self._entries.get(f"{account}/{name}")

    def set(self, account: str, name: str, value: str) -> None:
        self._entries[f"{account}/{name}"] = value
        self._save()

    def delete(self, account: str, name: str) -> None:
        if self._entries.pop(f"{account}/{name}", None) is not None:
            self._save()

    def describe(self) -> str:
        return f"passphrase file {self.path}"
