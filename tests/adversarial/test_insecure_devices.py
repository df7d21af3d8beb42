"""Issue 15, point 3: spec v1.18's recommended behaviour (MSC4153, "exclude insecure devices"),
Pli's default (`exclude_insecure_devices`).

- A device its owner has not cross-signed — one the server can add to any account — gets no
  room key, and is told why (m.room_key.withheld, "m.unverified"), so Element says so.
- When a contact we verified shows a new identity (here the server swaps their master key),
  nothing is sent to rooms with them until the user says "I understand" (or verifies again);
  the message is kept and goes then.
Both failed on the code before: the unsigned device read the message; the message went out to
the new identity at once.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from client.core.crypto.cross_signing import CrossSigningSeeds, sign_device, upload_body
from client.core.errors import VerifiedIdentityChanged
from tests.adversarial.hostile import HostileServer
from tests.helpers.accounts import direct_chat, logged_in_session, new_user
from tests.helpers.verify import verify_by_emoji
from tests.helpers.waits import wait_until
from tests.integration.test_message_authenticity import verdict


async def test_an_unsigned_device_gets_no_room_key_and_is_told_why(
    synapse, hostile: HostileServer, tmp_path: Path, memory_store
) -> None:  # type: ignore[no-untyped-def]
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    alice, _ = await logged_in_session(
        synapse, alice_user, tmp_path / "a", memory_store, server=hostile.url
    )
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "b", memory_store)
    phone, _ = await logged_in_session(synapse, bob_user, tmp_path / "p", memory_store)
    sessions = [alice, bob, phone]
    try:
        assert bob.trust is not None and phone.device_id is not None
        room_id = await direct_chat(alice, bob)
        await phone.wait_for_room(room_id)
        sent = await alice.send_text(room_id, "pour Bob seulement")
        await wait_until(lambda: verdict(bob, room_id, "pour Bob seulement") is not None)
        # The phone has the event (a room key, sent before it, would have come first).
        await wait_until(
            lambda: any(i.event_id == sent.event_id for i in phone.timeline(room_id)),
            what="the phone to get the event",
        )
        await asyncio.sleep(1.0)
        assert verdict(phone, room_id, "pour Bob seulement") is None  # it read it before
        await wait_until(
            lambda: any(
                phone.device_id in body.get("messages", {}).get(bob.user_id, {})
                for body in hostile.seen("PUT", r"/sendToDevice/m\.room_key\.withheld/")
            ),
            what="m.room_key.withheld to the unsigned phone",
        )
        withheld = next(
            body["messages"][bob.user_id][phone.device_id]
            for body in hostile.seen("PUT", r"/sendToDevice/m\.room_key\.withheld/")
            if phone.device_id in body.get("messages", {}).get(bob.user_id, {})
        )
        assert withheld["code"] == "m.unverified" and withheld["room_id"] == room_id
        # The phone never got the key (on the code before, it read the message).
        assert verdict(phone, room_id, "pour Bob seulement") is None
        assert phone.waiting_for_keys >= 1
    finally:
        for session in sessions:
            await session.close()


async def test_a_verified_contacts_new_identity_holds_sending_until_the_user_decides(
    synapse, hostile: HostileServer, tmp_path: Path, memory_store
) -> None:  # type: ignore[no-untyped-def]
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    alice, alice_events = await logged_in_session(
        synapse, alice_user, tmp_path / "a", memory_store, server=hostile.url
    )
    bob, bob_events = await logged_in_session(synapse, bob_user, tmp_path / "b", memory_store)
    sessions = [alice, bob]
    try:
        room_id = await direct_chat(alice, bob)
        await verify_by_emoji(alice, alice_events, bob, bob_events, room_id)
        await alice.send_text(room_id, "avant")

        # The server now presents a whole new identity for Bob, one that cross-signs his
        # devices (as after a reset of his cross-signing, or an impostor's).
        seeds = CrossSigningSeeds(b"\x42" * 32, b"\x43" * 32, b"\x44" * 32)
        identity = upload_body(bob.user_id, seeds)

        def swap(_request: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
            if bob.user_id in answer.get("master_keys", {}):
                answer["master_keys"][bob.user_id] = identity["master_key"]
                answer["self_signing_keys"][bob.user_id] = identity["self_signing_key"]
                for device in answer.get("device_keys", {}).get(bob.user_id, {}).values():
                    bare = {k: v for k, v in device.items() if k not in ("signatures", "unsigned")}
                    signed = sign_device(bob.user_id, bare, seeds)
                    device.setdefault("signatures", {}).setdefault(bob.user_id, {}).update(
                        signed["signatures"][bob.user_id]
                    )
            return answer

        hostile.on_response("POST", r"/keys/query$", swap)
        assert alice.verification is not None
        await alice.verification.learn([bob.user_id])
        with pytest.raises(VerifiedIdentityChanged):
            await alice.send_text(room_id, "après")  # was sent at once
        assert alice.identity_changes(room_id) == [bob.user_id]
        assert verdict(bob, room_id, "après") is None
        # "I understand": the held message goes, and the banner's reason is gone.
        alice.acknowledge_identity_change(bob.user_id)
        assert alice.identity_changes(room_id) == []
        await wait_until(lambda: verdict(bob, room_id, "après") is not None, what="sent")
    finally:
        for session in sessions:
            await session.close()
