"""Core without Qt, against the real Synapse: login, encrypted round trip, restore, logout."""

from __future__ import annotations

from pathlib import Path

from client.core.events import ConnectionChanged, ConnectionState, ItemState
from client.core.secrets.store import ACCESS_TOKEN, STORE_KEY, KeyringSecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile, loose_permissions
from tests.helpers.accounts import Recorder, direct_chat, logged_in_session
from tests.helpers.waits import wait_until


async def test_encrypted_round_trip_between_two_accounts(
    synapse, user, other_user, tmp_path: Path, keyring_store: KeyringSecretStore
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", keyring_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", keyring_store)
    try:
        room_id = await direct_chat(alice, bob)
        assert alice.rooms()[0].encrypted

        await alice.send_text(room_id, "Bonjour Bob, réunion à 10 h.")
        await wait_until(
            lambda: any(i.body == "Bonjour Bob, réunion à 10 h." for i in bob.timeline(room_id)),
            what="bob decrypts alice's message",
        )
        received = next(i for i in bob.timeline(room_id) if i.body.startswith("Bonjour"))
        assert received.encrypted and received.state is ItemState.SENT
        assert received.sender == alice.user_id

        await bob.send_text(room_id, "Merci, j'y serai.")
        await wait_until(
            lambda: any(i.body == "Merci, j'y serai." for i in alice.timeline(room_id)),
            what="alice decrypts bob's answer",
        )
    finally:
        await alice.close()
        await bob.close()


async def test_restore_without_password_sees_history_then_logout_wipes(
    synapse, user, other_user, tmp_path: Path, keyring_store: KeyringSecretStore
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", keyring_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", keyring_store)
    room_id = await direct_chat(alice, bob)
    await bob.send_text(room_id, "message before restart")
    await wait_until(
        lambda: any(i.body == "message before restart" for i in alice.timeline(room_id))
    )
    user_id, device_id = alice.user_id, alice.device_id
    await alice.close()

    # Fresh objects, same profile: no password.
    recorder = Recorder()
    again = MatrixSession(Profile(tmp_path / "a"), keyring_store, recorder)
    assert await again.restore()
    assert again.device_id == device_id
    again.start()
    await again.wait_synced()
    assert any(i.body == "message before restart" for i in again.timeline(room_id))
    assert ConnectionChanged(ConnectionState.ONLINE) in recorder.events
    assert loose_permissions(tmp_path / "a") == []

    await again.logout()
    assert not (tmp_path / "a").exists()
    account = f"{user_id}/{device_id}"
    assert keyring_store.get(account, STORE_KEY) is None
    assert keyring_store.get(account, ACCESS_TOKEN) is None
    await bob.close()
