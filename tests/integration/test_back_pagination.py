"""Back-pagination against the test Synapse: a new device sees only the last page after its
first sync, then loads older pages — decrypted — until the start of the room."""

from __future__ import annotations

from pathlib import Path

from client.core.events import ItemState
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.waits import wait_until

COUNT = 130


async def test_older_pages_until_the_start_of_the_room(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    laptop = None
    try:
        room_id = await direct_chat(alice, bob)
        texts = [f"message {n:03d}" for n in range(COUNT)]
        for text in texts:
            alice.queue_text(room_id, text)
        await wait_until(
            lambda: sum(i.body in texts for i in bob.timeline(room_id)) == COUNT,
            60,
            "bob receives them all",
        )
        # Bob restarts: each start is a full first sync with the last page of each room.
        await bob.close()
        laptop = MatrixSession(Profile(tmp_path / "b"), memory_store)
        assert await laptop.restore()
        laptop.start()
        await laptop.wait_synced()
        first_page = [i.body for i in laptop.timeline(room_id) if i.body in texts]
        assert 0 < len(first_page) < COUNT and laptop.has_older(room_id)
        pages = 0
        while laptop.has_older(room_id):
            added = await laptop.load_older(room_id)
            pages += 1
            assert added >= 0 and pages < 20
        assert pages >= 2 and await laptop.load_older(room_id) == 0
        # Every message, decrypted (this device has the keys), once, in order.
        bodies = [i.body for i in laptop.timeline(room_id) if i.body in texts]
        assert bodies == texts
        assert not [i for i in laptop.timeline(room_id) if i.state is ItemState.WAITING_FOR_KEY]
    finally:
        await alice.close()
        await bob.close()
        if laptop is not None:
            await laptop.close()
