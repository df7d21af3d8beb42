"""Secrets: one random 32-byte store key and the access token per account, in the OS keyring.

The store key never touches the disk; nio's pickle key is derived from it (HKDF), so nio's
SQLite pickles are only readable with the keyring. There is no plaintext fallback: no usable
keyring raises SecretStoreUnavailable/SecretStoreLocked, which the UI shows as a blocking
dialog. Only the OS secret stores are accepted (an allow-list): `keyrings.alt` (which writes
base64 "encrypted" files) or any other backend is refused even if installed or chosen.

`MemorySecretStore` exists for the throwaway demo profile (deleted when Pli quits) and for unit
tests of logic; it never writes anything anywhere.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets as _random
from typing import Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from client.core.errors import (
    NoKeyring,
    ProfileDamaged,
    SecretStoreLocked,
    SecretStoreRefused,
    SecretStoreUnavailable,
)

log = logging.getLogger(__name__)

SERVICE = "Pli"
STORE_KEY = "store-key"
ACCESS_TOKEN = "access-token"  # noqa: S105 - an entry name, not a secret
# The three cross-signing private keys (32-byte seeds), JSON of unpadded base64. Issue 4 also
# keeps them in secret storage on the server, encrypted with the recovery key.
CROSS_SIGNING = "cross-signing-seeds"
# The key backup's private key (unpadded base64 of 32 bytes).
BACKUP_KEY = "backup-key"
NAMES = (STORE_KEY, ACCESS_TOKEN, CROSS_SIGNING, BACKUP_KEY)


class SecretStore(Protocol):
    def get(self, account: str, name: str) -> str | None: ...

    def set(self, account: str, name: str, value: str) -> None: ...

    def delete(self, account: str, name: str) -> None: ...

    def describe(self) -> str: ...


def _entry(account: str, name: str) -> str:
    return f"{account}/{name}"


class MemorySecretStore:
    """Keeps secrets in this process only. For the demo and for logic tests."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, account: str, name: str) -> str | None:
        return self._values.get(_entry(account, name))

    def set(self, account: str, name: str, value: str) -> None:
        self._values[_entry(account, name)] = value

    def delete(self, account: str, name: str) -> None:
        self._values.pop(_entry(account, name), None)

    def describe(self) -> str:
        return "memory (this process only)"


# An allow-list, not a deny-list (issue 15.8): any other backend, a plaintext one from PyPI,
# a user's own class named in PYTHON_KEYRING_BACKEND or keyringrc.cfg, is refused.
_OS_SECRET_STORES = frozenset(
    {
        "keyring.backends.SecretService",  # GNOME Keyring, KeePassXC… over D-Bus
        "keyring.backends.libsecret",  # the same service through libsecret
        "keyring.backends.kwallet",  # KDE Wallet
        "keyring.backends.Windows",  # Windows Credential Manager (DPAPI)
        "keyring.backends.macOS",  # the macOS Keychain
    }
)
_NO_KEYRING = "keyring.backends.fail"  # what keyring's own detection falls back to


def _user_chose_backend() -> bool:
    """PYTHON_KEYRING_BACKEND or a keyringrc.cfg: the backend is a choice, not detection."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    try:
        from keyring.core import _config_path

        return bool(_config_path().exists())  # type: ignore[no-untyped-call]
    except Exception:
        return False


def _secret_service() -> object:
    """On Linux, the Secret Service backend straight away when it answers and nothing asks
    for another: keyring's own detection imports every backend (macOS's alone costs ~0.1 s
    at each start). A user's choice (PYTHON_KEYRING_BACKEND, keyringrc.cfg) keeps keyring's
    way, and so does a machine where the Secret Service does not answer."""
    import sys

    if not sys.platform.startswith("linux") or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    try:
        from keyring.backends import SecretService
        from keyring.core import _config_path

        if _config_path().exists():  # type: ignore[no-untyped-call]
            return None
        backend = SecretService.Keyring()  # type: ignore[no-untyped-call]
        backend.priority  # noqa: B018 - raises RuntimeError when the service is not there
        return backend
    except Exception:  # any trouble: keyring's own detection decides, as before
        return None


class KeyringSecretStore:
    """The OS secret store through `keyring`: Secret Service, Windows Credential Manager,
    macOS Keychain."""

    def __init__(self) -> None:
        import keyring

        self._keyring = keyring
        self._init_error: Exception | None = None
        self._backend: object = _secret_service()
        if self._backend is not None:
            keyring.set_keyring(self._backend)  # type: ignore[arg-type]
            return
        try:
            self._backend = keyring.get_keyring()
        except Exception as error:
            self._init_error = error

    def describe(self) -> str:
        if self._backend is None:
            return f"none ({self._init_error})"
        backend = self._backend
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def check_backend(self) -> None:
        """Raise unless the backend is a real OS secret store."""
        if self._backend is None:
            raise NoKeyring(f"keyring failed to start: {self._init_error!r}")
        backends = getattr(self._backend, "backends", None)
        chosen = list(backends) if backends else [self._backend]
        if not chosen:
            raise NoKeyring("keyring chainer has no backend")
        for backend in chosen:
            module = type(backend).__module__
            if module == _NO_KEYRING and not _user_chose_backend():
                # Truly none found: the one case where the policy may offer the passphrase
                # store. "No keyring" chosen on purpose is not a way to get it.
                raise NoKeyring(f"keyring backend is {self.describe()}")
            if module not in _OS_SECRET_STORES:
                raise SecretStoreRefused(
                    f"refusing keyring backend {module}.{type(backend).__name__}",
                    backend=f"{module}.{type(backend).__name__}",
                )

    def _call(self, action: str, *args: str) -> str | None:
        from keyring import errors as kerr

        self.check_backend()
        try:
            if action == "get":
                return self._keyring.get_password(*args)
            if action == "set":
                self._keyring.set_password(*args)
            elif action == "delete":
                try:
                    self._keyring.delete_password(*args)
                except kerr.PasswordDeleteError:
                    pass  # already gone: deleting is idempotent
            return None
        except kerr.KeyringLocked as error:
            raise SecretStoreLocked(str(error)) from error
        except kerr.NoKeyringError as error:
            raise NoKeyring(str(error)) from error
        except kerr.InitError as error:
            raise SecretStoreUnavailable(str(error)) from error
        except Exception as error:
            # secretstorage/jeepney (bus gone, no reply), KWallet's dbus, pywin32 on Windows:
            # whatever the backend raises, the user gets one sentence, the log the details.
            log.warning("keyring %s failed", action, exc_info=True)
            raise SecretStoreUnavailable(repr(error)) from error

    def get(self, account: str, name: str) -> str | None:
        return self._call("get", SERVICE, _entry(account, name))

    def set(self, account: str, name: str, value: str) -> None:
        self._call("set", SERVICE, _entry(account, name), value)

    def delete(self, account: str, name: str) -> None:
        self._call("delete", SERVICE, _entry(account, name))


def self_test(store: SecretStore) -> None:
    """Write, read back and delete a random value; raise a PliError if anything is off."""
    probe = _random.token_hex(16)
    account = "pli-self-test"
    store.set(account, "probe", probe)
    try:
        if store.get(account, "probe") != probe:
            raise SecretStoreUnavailable("keyring returned another value than it was given")
    finally:
        store.delete(account, "probe")
    if store.get(account, "probe") is not None:
        raise SecretStoreUnavailable("keyring did not delete the test value")


class AccountSecrets:
    """The secrets of one account (`@user:server/DEVICE`)."""

    def __init__(self, store: SecretStore, user_id: str, device_id: str) -> None:
        self.store = store
        self.account = f"{user_id}/{device_id}"

    def create_store_key(self) -> bytes:
        key = _random.token_bytes(32)
        self.store.set(self.account, STORE_KEY, base64.b64encode(key).decode())
        return key

    def store_key(self) -> bytes | None:
        value = self.store.get(self.account, STORE_KEY)
        if value is None:
            return None
        try:
            key = base64.b64decode(value, validate=True)
        except ValueError as error:
            raise ProfileDamaged("store key in keyring is not base64") from error
        if len(key) != 32:
            raise ProfileDamaged("store key in keyring has the wrong length")
        return key

    def save_access_token(self, token: str) -> None:
        self.store.set(self.account, ACCESS_TOKEN, token)

    def access_token(self) -> str | None:
        return self.store.get(self.account, ACCESS_TOKEN)

    def save_cross_signing(self, seeds: dict[str, str]) -> None:
        self.store.set(self.account, CROSS_SIGNING, json.dumps(seeds, sort_keys=True))

    def cross_signing(self) -> dict[str, str] | None:
        """The seeds as saved, or None; a damaged entry is reported, never guessed at."""
        value = self.store.get(self.account, CROSS_SIGNING)
        if value is None:
            return None
        try:
            seeds = json.loads(value)
        except ValueError as error:
            raise ProfileDamaged("cross-signing entry in keyring is not JSON") from error
        if not isinstance(seeds, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in seeds.items()
        ):
            raise ProfileDamaged("cross-signing entry in keyring is malformed")
        return seeds

    def save_backup_key(self, value: str) -> None:
        self.store.set(self.account, BACKUP_KEY, value)

    def backup_key(self) -> str | None:
        return self.store.get(self.account, BACKUP_KEY)

    def wipe(self) -> None:
        for name in NAMES:
            self.store.delete(self.account, name)


def pickle_key_from_store_key(store_key: bytes) -> str:
    """nio's pickle key, derived so the keyring entry is the only secret to protect."""
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"pli/nio-pickle-key/v1"
    ).derive(store_key)
    return base64.b64encode(derived).decode()
