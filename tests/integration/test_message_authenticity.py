"""Per-message authenticity against the real Synapse (issue 15, point 2): verification changes
what people see. Before, every one of these rows was drawn exactly like a message from a
verified device; the verdicts below are matrix-rust-sdk's lax shields, as Element shows them
(tests/interop/test_shields.py compares them with matrix-js-sdk's on the same events).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp

from client.core.events import Authenticity, Shield
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from tests.helpers.accounts import Recorder, direct_chat, logged_in_session, new_user
from tests.helpers.verify import verify_by_emoji
from tests.helpers.waits import wait_until
from tests.integration.test_secure_backup import no_password


def verdict(session: MatrixSession, room_id: str, body: str) -> Authenticity | None:
    for item in session.timeline(room_id):
        if item.body == body:
            return item.authenticity
    return None


async def send_in_clear(session: MatrixSession, room_id: str, body: str) -> None:
    """What a hostile server (or a broken client) can put in an encrypted room."""
    client = session.client
    assert client is not None
    url = f"{client.homeserver}/_matrix/client/v3/rooms/{room_id}/send/m.room.message/clear1"
    headers = {"Authorization": f"Bearer {client.access_token}"}
    content: dict[str, Any] = {"msgtype": "m.text", "body": body, "pli_megolm": {"forged": 1}}
    async with aiohttp.ClientSession() as http:
        async with http.put(url, headers=headers, json=content) as response:
            assert response.status == 200


async def test_each_verdict_as_the_user_sees_it(synapse, tmp_path: Path, memory_store) -> None:  # type: ignore[no-untyped-def]
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    alice, alice_events = await logged_in_session(synapse, alice_user, tmp_path / "a", memory_store)
    bob, bob_events = await logged_in_session(synapse, bob_user, tmp_path / "b", memory_store)
    sessions: list[MatrixSession] = [alice, bob]
    try:
        await alice.ensure_cross_signing(no_password)
        await bob.ensure_cross_signing(no_password)
        room_id = await direct_chat(alice, bob)
        await bob.send_text(room_id, "signé")
        await wait_until(lambda: verdict(alice, room_id, "signé") is not None, what="message")
        # A person never verified, from a device they signed: nothing shown, as in Element.
        await wait_until(
            lambda: verdict(alice, room_id, "signé") is Authenticity.UNVERIFIED_IDENTITY,
            what="unverified identity",
        )
        assert Authenticity.UNVERIFIED_IDENTITY.shield is Shield.NONE

        # A device Bob has not signed (a second login): red, whoever Bob is to Alice.
        phone, _ = await logged_in_session(synapse, bob_user, tmp_path / "p", memory_store)
        sessions.append(phone)
        await phone.send_text(room_id, "non signé")
        await wait_until(
            lambda: verdict(alice, room_id, "non signé") is Authenticity.UNSIGNED_DEVICE,
            what="unsigned device",
        )

        # In clear, in an encrypted room (and a forged stamp in it counts for nothing).
        await send_in_clear(bob, room_id, "en clair")
        await wait_until(
            lambda: verdict(alice, room_id, "en clair") is Authenticity.NOT_ENCRYPTED,
            what="not encrypted",
        )

        # Alice verifies Bob: his signed device's message is now simply trusted.
        await verify_by_emoji(alice, alice_events, bob, bob_events, room_id)
        await wait_until(
            lambda: verdict(alice, room_id, "signé") is Authenticity.TRUSTED, what="trusted"
        )
        assert verdict(alice, room_id, "non signé") is Authenticity.UNSIGNED_DEVICE
        own = await alice.send_text(room_id, "de moi")
        await wait_until(lambda: verdict(alice, room_id, "de moi") is Authenticity.TRUSTED)
        assert own

        # A new device of Alice's reads the history from the backup: those keys came from a
        # place the server can write to, so the messages cannot be vouched for.
        assert alice.backup is not None
        key = await alice.backup.set_up()
        await alice.backup.back_up_new_keys()
        laptop, _ = await logged_in_session(synapse, alice_user, tmp_path / "l", memory_store)
        sessions.append(laptop)
        assert laptop.backup is not None
        await laptop.backup.unlock(key)
        await wait_until(
            lambda: verdict(laptop, room_id, "signé") is Authenticity.NOT_GUARANTEED,
            what="a key from the backup",
        )
        assert Authenticity.NOT_GUARANTEED.shield is Shield.GREY
        # ...while what Bob sends now reaches the laptop by Olm from his device: trusted.
        await bob.send_text(room_id, "après")
        await wait_until(
            lambda: verdict(laptop, room_id, "après") is Authenticity.TRUSTED,
            what="a key from Bob's device itself",
        )

        # The verdicts survive a restart (the authenticated sessions are in the cache).
        await alice.close()
        sessions.remove(alice)
        again = MatrixSession(Profile(tmp_path / "a"), memory_store, Recorder())
        sessions.append(again)
        assert await again.restore()
        again.start()
        await again.wait_synced()
        await wait_until(
            lambda: (
                verdict(again, room_id, "signé") is Authenticity.TRUSTED
                and verdict(again, room_id, "non signé") is Authenticity.UNSIGNED_DEVICE
                and verdict(again, room_id, "en clair") is Authenticity.NOT_ENCRYPTED
            ),
            what="the verdicts after a restart",
        )
    finally:
        for session in sessions:
            await session.close()
