from __future__ import annotations

import base64

import pytest

from client.core.errors import SecretStoreRefused, SecretStoreUnavailable
from client.core.secrets.store import (
    AccountSecrets,
    KeyringSecretStore,
    MemorySecretStore,
    pickle_key_from_store_key,
)


def test_store_key_is_32_random_bytes_and_token_kept() -> None:
    store = MemorySecretStore()
    secrets = AccountSecrets(store, "@a:x", "DEV")
    key = secrets.create_store_key()
    assert len(key) == 32 and secrets.store_key() == key
    assert AccountSecrets(store, "@a:x", "OTHER").store_key() is None
    secrets.save_access_token("syt_token")
    assert secrets.access_token() == "syt_token"
    secrets.wipe()
    assert secrets.store_key() is None and secrets.access_token() is None


def test_pickle_key_is_derived_not_the_store_key() -> None:
    key = bytes(range(32))
    derived = pickle_key_from_store_key(key)
    assert derived == pickle_key_from_store_key(key)
    assert base64.b64decode(derived) != key and len(base64.b64decode(derived)) == 32
    assert derived != pickle_key_from_store_key(bytes(32))


class _Backend:
    pass


def _store_with_backend(module: str) -> KeyringSecretStore:
    cls = type("Keyring", (_Backend,), {"__module__": module})
    store = KeyringSecretStore()
    store._backend = cls()
    return store


def test_plaintext_keyring_backends_are_refused() -> None:
    with pytest.raises(SecretStoreRefused):
        _store_with_backend("keyrings.alt.file").check_backend()


def test_fail_backend_is_unavailable_not_a_fallback() -> None:
    with pytest.raises(SecretStoreUnavailable):
        _store_with_backend("keyring.backends.fail").check_backend()


@pytest.mark.parametrize(
    "module",
    [
        "keyrings.cryptfile.cryptfile",  # a file, whatever it calls itself
        "keyring_pass",  # pass(1): a GPG file the user may keep unencrypted
        "mypackage.plaintext",  # a user's own class in PYTHON_KEYRING_BACKEND
        "keyring.backends.null",
    ],
)
def test_only_the_os_secret_stores_are_accepted(module: str) -> None:
    """Issue 15.8: the check was a deny-list; these passed it."""
    with pytest.raises(SecretStoreRefused):
        _store_with_backend(module).check_backend()


@pytest.mark.parametrize(
    "module",
    [
        "keyring.backends.SecretService",
        "keyring.backends.libsecret",
        "keyring.backends.kwallet",
        "keyring.backends.Windows",
        "keyring.backends.macOS",
    ],
)
def test_the_os_secret_stores_are_accepted(module: str) -> None:
    _store_with_backend(module).check_backend()


def test_no_keyring_chosen_on_purpose_is_refused_not_a_fallback(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring used to make Pli offer the
    passphrase store (where the policy allows it) on a machine that has a keyring."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with pytest.raises(SecretStoreRefused):
        _store_with_backend("keyring.backends.fail").check_backend()
