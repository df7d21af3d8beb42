"""Search through the window: Ctrl+Shift+F finds a message far back in an encrypted
conversation (from the encrypted local index) and Enter opens the conversation on it, loading
the older messages it needs."""

from __future__ import annotations

from pathlib import Path

from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.qt import QApplication, Qt
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window


async def test_search_finds_an_old_message_and_opens_it(
    qtbot, synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    room_id = await direct_chat(alice, bob)
    target = await bob.send_text(room_id, "Le code du portail est 4711")
    for n in range(70):
        bob.queue_text(room_id, f"message de remplissage {n}")
    await wait_until(
        lambda: sum("remplissage" in i.body for i in alice.timeline(room_id)) == 70, 60, "all"
    )
    await alice.close()
    again = MatrixSession(Profile(tmp_path / "a"), memory_store)
    assert await again.restore()
    window = open_window(qtbot, again)
    try:
        await wait_until(lambda: window.rooms.row_of(room_id) >= 0)
        assert all(i.event_id != target.event_id for i in again.timeline(room_id))  # far back
        window.search_action.trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "searchDialog")
        qtbot.keyClicks(dialog.edit, "portail")
        await wait_until(lambda: dialog.results.count() == 1, what="the result")
        assert dialog.status.text().startswith("1 message")  # (the English .qm is not loaded here)
        assert "[portail]" in dialog.results.item(0).text()
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        await wait_until(
            lambda: (
                window.timeline_view.current_item() is not None
                and window.timeline_view.current_item().event_id == target.event_id
            ),
            what="the conversation opens on the message",
        )
        assert window.current_room == room_id
        assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "searchDialog"]
    finally:
        window.close()
        await window.tasks.cancel_all()
        await again.close()
        await bob.close()
