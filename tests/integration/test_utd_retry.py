"""The retry queue: a message whose room key arrives after it shows "waiting for the key",
then decrypts by itself when the key comes (nio alone would leave it undecryptable)."""

from __future__ import annotations

from pathlib import Path

from client.core.events import ItemState, TimelineItemChanged
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.late_keys import send_before_key
from tests.helpers.waits import wait_until


async def test_late_room_key_fills_in_the_waiting_message(
    synapse, user, other_user, tmp_path: Path, keyring_store
) -> None:
    alice, recorder = await logged_in_session(synapse, user, tmp_path / "a", keyring_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", keyring_store)
    try:
        room_id = await direct_chat(alice, bob)
        await bob.send_text(room_id, "first, key shared normally")
        await wait_until(lambda: any(i.body.startswith("first") for i in alice.timeline(room_id)))

        event_id, deliver_key = await send_before_key(bob, room_id, "the key comes later")
        await wait_until(
            lambda: any(i.event_id == event_id for i in alice.timeline(room_id)),
            what="the encrypted event reaches alice",
        )
        waiting = next(i for i in alice.timeline(room_id) if i.event_id == event_id)
        assert waiting.state is ItemState.WAITING_FOR_KEY and waiting.body == ""
        assert alice.waiting_for_keys == 1

        await deliver_key()
        await wait_until(
            lambda: any(
                i.event_id == event_id and i.body == "the key comes later"
                for i in alice.timeline(room_id)
            ),
            what="the retry queue decrypts the message",
        )
        assert alice.waiting_for_keys == 0
        changed = [e for e in recorder.of(TimelineItemChanged) if e.item.event_id == event_id]
        assert changed and changed[-1].item.state is ItemState.SENT
    finally:
        await alice.close()
        await bob.close()
