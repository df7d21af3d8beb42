"""Bad input gives a sentence and loses nothing: wrong password, unknown server, locked or
missing keyring, damaged profile."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from client.core.errors import (
    InvalidUserId,
    ProfileDamaged,
    SecretStoreLocked,
    ServerNotFound,
    WrongPassword,
)
from client.core.secrets.store import KeyringSecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.demo.homeserver import free_port
from tests.helpers.accounts import logged_in_session
from tests.helpers.keyring_lock import locked_keyring


async def test_wrong_password(synapse, user, tmp_path: Path, keyring_store) -> None:
    session = MatrixSession(Profile(tmp_path / "p"), keyring_store)
    with pytest.raises(WrongPassword) as info:
        await session.login(user.user_id, "not the password", server=synapse.url)
    assert str(info.value.sentence) == "The user name or the password is wrong."
    assert not session.logged_in
    assert session.profile.read_account() is None


async def test_bare_user_name_with_typed_server(
    synapse, user, tmp_path: Path, keyring_store
) -> None:
    session = MatrixSession(Profile(tmp_path / "p"), keyring_store)
    # Synapse's server_name ("localhost") differs from the URL's host: the server completes it.
    await session.login(user.localpart, user.password, server=synapse.url)
    assert session.user_id == user.user_id
    await session.logout()


async def test_unknown_server(tmp_path: Path, keyring_store) -> None:
    session = MatrixSession(Profile(tmp_path / "p"), keyring_store)
    with pytest.raises(ServerNotFound) as info:
        await session.login("@marie:localhost", "pw", server=f"http://127.0.0.1:{free_port()}")
    assert "No Matrix server answers" in str(info.value.sentence)
    with pytest.raises(InvalidUserId):
        await session.login("marie", "pw")


async def test_locked_keyring_is_a_sentence_and_makes_no_device(
    synapse, user, tmp_path: Path, keyring_store
) -> None:
    session, _ = await logged_in_session(synapse, user, tmp_path / "p", keyring_store)
    await session.close()
    with locked_keyring():
        with pytest.raises(SecretStoreLocked) as info:
            KeyringSecretStore().get("x", "y")
        assert str(info.value.sentence) == "The system keyring is locked."
        again = MatrixSession(Profile(tmp_path / "p"), KeyringSecretStore())
        with pytest.raises(SecretStoreLocked):
            await again.restore()
        fresh = MatrixSession(Profile(tmp_path / "fresh"), KeyringSecretStore())
        with pytest.raises(SecretStoreLocked):
            await fresh.login(user.user_id, user.password, server=synapse.url)
        assert fresh.profile.read_account() is None
    # Unlocked again: the same profile opens, nothing was lost.
    after = MatrixSession(Profile(tmp_path / "p"), KeyringSecretStore())
    assert await after.restore()
    await after.close()


async def test_profile_without_keyring_entries_is_damaged(
    synapse, user, tmp_path: Path, keyring_store
) -> None:
    session, _ = await logged_in_session(synapse, user, tmp_path / "p", keyring_store)
    await session.close()
    keyring_store.delete(f"{session.user_id}/{session.device_id}", "store-key")
    with pytest.raises(ProfileDamaged) as info:
        await MatrixSession(Profile(tmp_path / "p"), keyring_store).restore()
    assert "cannot be read" in str(info.value.sentence)


def _pli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "client", *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_check_is_healthy_with_the_secret_service(tmp_path: Path) -> None:
    env = {**os.environ, "PLI_PROFILE_DIR": str(tmp_path / "profiles")}
    result = _pli("--check", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for expected in (
        "Python 3.",
        "Qt 6.",
        "matrix-nio 0.26",
        "vodozemac ",
        "Keyring backend: keyring.backends.SecretService.Keyring",
        "Keyring test write/read/delete: ok",
        "Profile folder:",
    ):
        assert expected in out


def test_check_without_keyring_fails_with_a_sentence(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["PLI_PROFILE_DIR"] = str(tmp_path / "profiles")
    result = _pli("--check", env=env)
    assert result.returncode == 1
    assert "Problem: Pli cannot find the system keyring" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_check_reports_loose_profile_permissions(tmp_path: Path) -> None:
    root = tmp_path / "profiles"
    (root / "account").mkdir(parents=True)
    os.chmod(root, 0o755)
    env = {**os.environ, "PLI_PROFILE_DIR": str(root)}
    result = _pli("--check", env=env)
    assert result.returncode == 1
    assert "readable by other users" in result.stdout


def test_version() -> None:
    result = _pli("--version")
    assert result.returncode == 0 and result.stdout.startswith("Pli 0.")
