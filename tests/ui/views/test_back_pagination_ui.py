"""Scrolling to the top of a conversation loads older messages: the loading strip shows, the
message being read stays in place, and it goes on to the start of the room."""

from __future__ import annotations

import asyncio
from pathlib import Path

from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window

COUNT = 90


async def test_scrolling_up_loads_older_messages(
    qtbot, synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    texts = [f"ligne {n:02d}" for n in range(COUNT)]
    room_id = await direct_chat(alice, bob)
    for text in texts:
        alice.queue_text(room_id, text)
    await wait_until(lambda: sum(i.body in texts for i in bob.timeline(room_id)) == COUNT, 60)
    await bob.close()
    again = MatrixSession(Profile(tmp_path / "b"), memory_store)
    assert await again.restore()
    window = open_window(qtbot, again)
    view = window.timeline_view
    try:
        await wait_until(lambda: window.rooms.row_of(room_id) >= 0, what="the room")
        window.select_room(room_id)
        model = view.model()
        await wait_until(lambda: model.rowCount() > 10, what="the last page")
        assert not any(model.item(r).body == "ligne 00" for r in range(model.rowCount()))
        for _ in range(10):
            if not again.has_older(room_id):
                break
            before = model.rowCount()
            view.scrollToBottom()
            await asyncio.sleep(0.05)  # not qtbot.wait: no nested loop under qasync
            view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
            reading = model.item(0).event_id  # the first row, now at the top of the view
            assert view.loading.isVisible() or model.rowCount() > before
            await wait_until(lambda b=before: model.rowCount() > b or not again.has_older(room_id))
            await wait_until(lambda: not view.loading.isVisible(), what="the strip goes")
            if reading and model.rowCount() > before:
                top = view.indexAt(view.viewport().rect().topLeft()).row()
                assert abs(top - model.row_of(reading)) <= 1  # the row being read stayed
        bodies = [model.item(r).body for r in range(model.rowCount())]
        assert [b for b in bodies if b in texts] == texts
    finally:
        window.close()
        await window.tasks.cancel_all()
        await again.close()
        await alice.close()
