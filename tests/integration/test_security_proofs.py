"""The three security proofs of the walking skeleton, against the real Synapse and keyring."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from nio import AsyncClient, AsyncClientConfig

from client.core.errors import EncryptionNotLoaded
from client.core.secrets.store import AccountSecrets, pickle_key_from_store_key
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.synapse_db import message_events, raw_database_bytes
from tests.helpers.waits import wait_until

SECRET_TEXT = "Note confidentielle : le budget 2027 est gelé (ne pas diffuser)."


async def _chat(synapse, user, other_user, tmp_path, store):  # type: ignore[no-untyped-def]
    alice, _ = await logged_in_session(synapse, user, tmp_path / "alice", store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "bob", store)
    room_id = await direct_chat(alice, bob)
    return alice, bob, room_id


async def test_server_only_ever_stores_ciphertext_for_pli_messages(
    synapse, user, other_user, tmp_path: Path, keyring_store
) -> None:
    alice, bob, room_id = await _chat(synapse, user, other_user, tmp_path, keyring_store)
    try:
        await alice.send_text(room_id, SECRET_TEXT)
        await bob.send_text(room_id, SECRET_TEXT + " (bob)")
        await wait_until(lambda: any(i.body == SECRET_TEXT for i in bob.timeline(room_id)))
        events = message_events(synapse.database, room_id)
        assert len(events) >= 2
        assert {e["type"] for e in events} == {"m.room.encrypted"}
        assert all(e["content"]["algorithm"] == "m.megolm.v1.aes-sha2" for e in events)
        assert SECRET_TEXT.encode() not in raw_database_bytes(synapse.database)
    finally:
        await alice.close()
        await bob.close()


async def test_no_secret_or_message_in_plaintext_under_the_profile(
    synapse, user, other_user, tmp_path: Path, keyring_store
) -> None:
    alice, bob, room_id = await _chat(synapse, user, other_user, tmp_path, keyring_store)
    await alice.send_text(room_id, SECRET_TEXT)
    await bob.send_text(room_id, "Réponse secrète de Bob 4471")
    await wait_until(lambda: any(i.body.endswith("4471") for i in alice.timeline(room_id)))
    secrets = AccountSecrets(keyring_store, alice.user_id, alice.device_id)
    store_key = secrets.store_key()
    token = secrets.access_token()
    assert store_key and token
    await alice.close()
    # A restart too, so everything nio writes at open and close is on disk.
    again = MatrixSession(Profile(tmp_path / "alice"), keyring_store)
    assert await again.restore()
    again.start()
    await again.wait_synced()
    await again.close()
    await bob.close()

    needles = {
        "access token": token.encode(),
        "store key": store_key,
        "store key (base64)": base64.b64encode(store_key),
        "pickle key": pickle_key_from_store_key(store_key).encode(),
        "message sent": SECRET_TEXT.encode(),
        "message received": "Réponse secrète de Bob 4471".encode(),
        "message (utf-16)": SECRET_TEXT.encode("utf-16-le"),
    }
    files = [p for p in (tmp_path / "alice").rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" for p in files), "nio's store should be there"
    for path in files:
        data = path.read_bytes()
        for name, needle in needles.items():
            assert needle not in data, f"{name} found in plaintext in {path}"


async def test_sending_without_encryption_loaded_refuses_and_sends_nothing(
    synapse, user, other_user, tmp_path: Path, keyring_store
) -> None:
    alice, bob, room_id = await _chat(synapse, user, other_user, tmp_path, keyring_store)
    try:
        before = len(message_events(synapse.database, room_id))
        olm = alice.client.olm
        alice.client.olm = None  # the state nio is in when its store did not load
        with pytest.raises(EncryptionNotLoaded) as info:
            await alice.send_text(room_id, SECRET_TEXT)
        assert "not sent" in str(info.value.sentence)
        alice.client.olm = olm
        assert len(message_events(synapse.database, room_id)) == before
    finally:
        await alice.close()
        await bob.close()


async def test_nio_trap_still_exists_bare_nio_sends_plaintext(
    synapse, user, other_user, tmp_path: Path, keyring_store
) -> None:
    """Pins the nio trap our guard closes: a store-less nio client sends plaintext into an
    encrypted room. If this starts failing, nio changed and the guard can be revisited."""
    alice, bob, room_id = await _chat(synapse, user, other_user, tmp_path, keyring_store)
    await alice.close()
    await bob.close()
    bare = AsyncClient(synapse.url, user.user_id, config=AsyncClientConfig(store_sync_tokens=False))
    try:
        login = await bare.login(user.password)
        assert bare.olm is None, login
        await bare.sync(timeout=0, full_state=True)
        assert bare.rooms[room_id].encrypted
        await bare.room_send(room_id, "m.room.message", {"msgtype": "m.text", "body": "trap"})
        types = [e["type"] for e in message_events(synapse.database, room_id)]
        assert "m.room.message" in types
    finally:
        await bare.close()
