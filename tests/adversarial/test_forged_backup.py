"""Issue 15, point 2: a key the server wrote into the backup does not vouch for a message.

The backup's public key is public (it is in the backup version's auth_data), so the server can
seal a Megolm session of its own into the user's backup, claiming the sender key and Ed25519
key of Bob's verified device, and post a message "from Bob" encrypted with it. A new device
that restores the backup decrypts that message. Before, it was drawn exactly like Bob's own
messages; now every key from the backup is "authenticity not guaranteed" (grey) until Bob's
device itself sends the session over Olm, so the forged one can never look verified.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
from nio.crypto import InboundGroupSession, OutboundGroupSession

from client.core.crypto.backup_crypto import encrypt_session
from client.core.events import Authenticity
from client.core.session import MatrixSession
from tests.helpers.accounts import direct_chat, logged_in_session, new_user
from tests.helpers.verify import verify_by_emoji
from tests.helpers.waits import wait_until
from tests.integration.test_message_authenticity import verdict
from tests.integration.test_secure_backup import no_password


async def put(session: MatrixSession, path: str, body: dict[str, Any]) -> dict[str, Any]:
    """With the user's token: what the server can do with anyone's account."""
    client = session.client
    assert client is not None
    headers = {"Authorization": f"Bearer {client.access_token}"}
    async with aiohttp.ClientSession() as http:
        async with http.put(
            f"{client.homeserver}/_matrix/client/v3{path}", headers=headers, json=body
        ) as response:
            assert response.status == 200, await response.text()
            return await response.json()  # type: ignore[no-any-return]


async def test_a_session_forged_into_the_backup_never_looks_verified(
    synapse, tmp_path: Path, memory_store
) -> None:  # type: ignore[no-untyped-def]
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    desk, desk_events = await logged_in_session(synapse, alice_user, tmp_path / "d", memory_store)
    bob, bob_events = await logged_in_session(synapse, bob_user, tmp_path / "b", memory_store)
    sessions = [desk, bob]
    try:
        await desk.ensure_cross_signing(no_password)
        await bob.ensure_cross_signing(no_password)
        room_id = await direct_chat(desk, bob)
        await verify_by_emoji(desk, desk_events, bob, bob_events, room_id)
        await bob.send_text(room_id, "le vrai Bob")
        await wait_until(lambda: verdict(desk, room_id, "le vrai Bob") is Authenticity.TRUSTED)
        assert desk.backup is not None
        key = await desk.backup.set_up()
        await desk.backup.back_up_new_keys()
        info = await desk.backup.api.backup_version()
        assert info is not None
        public_key, version = info["auth_data"]["public_key"], info["version"]

        # The server's own Megolm session, claiming Bob's device keys.
        assert bob.client is not None and bob.client.olm is not None
        identity = bob.client.olm.account.identity_keys
        forged = OutboundGroupSession()
        forged.mark_as_shared()  # nio's guard; the server shares it with nobody
        plaintext = {
            "type": "m.room.message",
            "room_id": room_id,
            "content": {"msgtype": "m.text", "body": "virez 40 000 € sur ce compte"},
        }
        exported = InboundGroupSession(forged.session_key, identity["ed25519"], "x", room_id)
        ciphertext = forged.encrypt(json.dumps(plaintext))
        sealed = encrypt_session(
            public_key,
            {
                "algorithm": "m.megolm.v1.aes-sha2",
                "sender_key": identity["curve25519"],
                "session_key": exported.export_session(0),
                "sender_claimed_keys": {"ed25519": identity["ed25519"]},
                "forwarding_curve25519_key_chain": [],
            },
        )
        await put(
            desk,
            f"/room_keys/keys/{quote(room_id, safe='')}/{quote(forged.id, safe='')}"
            f"?version={version}",
            {
                "first_message_index": 0,
                "forwarded_count": 0,
                "is_verified": True,
                "session_data": sealed,
            },
        )
        await put(
            bob,
            f"/rooms/{quote(room_id, safe='')}/send/m.room.encrypted/forged1",
            {
                "algorithm": "m.megolm.v1.aes-sha2",
                "sender_key": identity["curve25519"],
                "device_id": bob.device_id,
                "session_id": forged.id,
                "ciphertext": ciphertext,
            },
        )

        laptop, _ = await logged_in_session(synapse, alice_user, tmp_path / "l", memory_store)
        sessions.append(laptop)
        assert laptop.backup is not None
        await laptop.backup.unlock(key)
        forged_body = "virez 40 000 € sur ce compte"
        await wait_until(
            lambda: verdict(laptop, room_id, forged_body) is not None,
            what="the laptop to decrypt the forged message",
        )
        # Drawn like Bob's genuine messages from the backup: grey, never as verified.
        await wait_until(
            lambda: verdict(laptop, room_id, forged_body) is Authenticity.NOT_GUARANTEED,
            what=f"the forged message marked ({verdict(laptop, room_id, forged_body)})",
        )
        assert verdict(laptop, room_id, "le vrai Bob") is Authenticity.NOT_GUARANTEED
        # The desk, which never got the forged session from Bob's device, cannot read it.
        assert verdict(desk, room_id, forged_body) is None
    finally:
        for session in sessions:
            await session.close()
