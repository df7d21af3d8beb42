"""More messages arrive while Pli is closed than one sync carries (50 per room): the first sync
after the restart is "limited", and the messages between the cache and that sync exist only on
the server. Pli pages back to close the gap by itself — every message ends up in the timeline
and in the encrypted cache (search finds one from the middle), in order, none twice."""

from __future__ import annotations

from pathlib import Path

from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from tests.helpers.accounts import direct_chat, logged_in_session, new_user
from tests.helpers.waits import wait_until

WHILE_CLOSED = 130  # more than the first sync's 50 per room


async def test_messages_sent_while_closed_fill_the_gap(
    synapse, tmp_path: Path, memory_store
) -> None:
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    alice, _ = await logged_in_session(synapse, alice_user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "b", memory_store)
    again: MatrixSession | None = None
    try:
        room_id = await direct_chat(alice, bob)
        await bob.send_text(room_id, "avant la fermeture")
        await wait_until(
            lambda: any(i.body == "avant la fermeture" for i in alice.timeline(room_id))
        )
        await alice.close()

        bodies = [f"message {n:03d} pendant l'absence" for n in range(WHILE_CLOSED)]
        for body in bodies[:-1]:
            bob.queue_text(room_id, body)
        await bob.send_text(room_id, bodies[-1])  # the outbox sends in order: all are there

        again = MatrixSession(Profile(tmp_path / "a"), memory_store)
        assert await again.restore()
        again.start()
        await again.wait_synced(60)

        def shown() -> list[str]:
            assert again is not None
            return [i.body for i in again.timeline(room_id) if "pendant l'absence" in i.body]

        await wait_until(lambda: len(shown()) == WHILE_CLOSED, 60, "the gap filled")
        assert shown() == bodies  # in order, none twice
        texts = [i.body for i in again.timeline(room_id)]
        assert texts.index("avant la fermeture") < texts.index(bodies[0])
        # In the cache too: the middle of the gap is found by search.
        hits = again.search("message 040")
        assert [h.room_id for h in hits] == [room_id]
        assert not again._gaps
    finally:
        if again is not None:
            await again.close()
        await alice.close()
        await bob.close()
