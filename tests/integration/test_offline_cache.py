"""Offline-first: after a restart with the homeserver down, the rooms, their members (names),
their last messages (decrypted, edited, with reactions) and full-text search come from the
encrypted cache."""

from __future__ import annotations

import time
from pathlib import Path

from client.core.events import TimelineItemAdded
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from tests.helpers.accounts import Recorder, direct_chat, logged_in_session, new_user
from tests.helpers.waits import wait_until


async def test_restart_offline_shows_rooms_messages_and_search(
    own_synapse, tmp_path: Path, memory_store
) -> None:
    alice_user, bob_user = new_user(own_synapse, "alice"), new_user(own_synapse, "bob")
    alice, _ = await logged_in_session(own_synapse, alice_user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(own_synapse, bob_user, tmp_path / "b", memory_store)
    room_id = await direct_chat(alice, bob)
    assert bob.client is not None
    await bob.client.set_displayname("Bob Martin")
    await wait_until(lambda: alice.display_name(room_id, bob.user_id) == "Bob Martin", 30)
    first = await bob.send_text(room_id, "Réunion de crise à 14 h, salle Vauban")
    await bob.send_text(room_id, "Ordre du jour : budget")
    await wait_until(lambda: len([i for i in alice.timeline(room_id) if i.body]) >= 2, 30)
    alice.queue_reaction(room_id, first.event_id, "👍")
    await wait_until(lambda: any(i.reactions for i in alice.timeline(room_id)), what="the reaction")
    assert [h.event_id for h in alice.search("reunion vauban")] == [first.event_id]
    await alice.close()
    await bob.close()
    own_synapse.stop()  # the network is gone

    again = MatrixSession(Profile(tmp_path / "a"), memory_store)
    events = Recorder()
    again.add_sink(events)
    started = time.monotonic()
    assert await again.restore()
    ready = time.monotonic() - started
    try:
        rooms = {r.room_id: r for r in again.rooms()}
        assert room_id in rooms and rooms[room_id].encrypted
        rows = again.timeline(room_id)
        bodies = [i.body for i in rows]
        assert (
            "Réunion de crise à 14 h, salle Vauban" in bodies and "Ordre du jour : budget" in bodies
        )
        # Names and the member list too, as they were (not bare addresses).
        assert {i.sender_name for i in rows if i.sender == bob.user_id} == {"Bob Martin"}
        members = {m.user_id: m for m in again.members(room_id)}
        assert set(members) == {alice.user_id, bob.user_id}
        assert members[bob.user_id].display_name == "Bob Martin"
        thumbs = next(i for i in rows if i.event_id == first.event_id).reactions
        assert thumbs and thumbs[0].key == "👍" and thumbs[0].own_event_id
        assert [h.event_id for h in again.search("vauban")] == [first.event_id]
        assert ready < 10  # measured properly in bench/; here only "before any network"
        # The sync fails (offline) and nothing of this disappears.
        again.start()
        await wait_until(lambda: again.state.value in ("reconnecting", "offline"), 20)
        assert [i.body for i in again.timeline(room_id)] == bodies
        assert not any(isinstance(e, TimelineItemAdded) and not e.item.body for e in events.events)
    finally:
        await again.close()
