"""Rooms that go away (left elsewhere, or gone from the server at the first sync) leave the list
without opening any other conversation: the user reads what they chose or nothing."""

from __future__ import annotations

import time
from pathlib import Path

from client.core.events import RoomRemoved, RoomSummary
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.views.main_window import MainWindow


def test_removing_the_open_room_opens_no_other(qtbot, tmp_path: Path) -> None:
    session = MatrixSession(Profile(tmp_path / "p"), MemorySecretStore())
    bridge = SessionBridge()
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.show()
    now = int(time.time() * 1000)
    for n in range(60):
        window._on_room_updated(
            RoomSummary(f"!r{n}:hs", f"Salon {n}", "", now - n, 0, False, True, False)
        )
    window.select_room("!r10:hs")
    assert window.current_room == "!r10:hs"
    opened: list[str] = []
    window.room_view.selectionModel().currentChanged.connect(
        lambda current, _previous: opened.append(current.data()) if current.isValid() else None
    )
    bridge(RoomRemoved("!r3:hs"))  # another room: the open one stays open
    assert window.current_room == "!r10:hs" and not opened
    window.composer.setPlainText("à envoyer dans le salon 10 seulement")
    for n in range(60):
        if n != 3:
            bridge(RoomRemoved(f"!r{n}:hs"))
    assert window.rooms.rowCount() == 0
    assert window.current_room is None and window.timeline_view.model() is None
    assert opened == [], f"conversations opened by themselves: {opened[:5]}"
    assert window.room_title.text() == "Choose a conversation"
    # What was typed in the removed conversation is its draft, not the next one's text.
    assert window.composer.toPlainText() == ""
    assert window.drafts["!r10:hs"] == "à envoyer dans le salon 10 seulement"
    window._on_room_updated(RoomSummary("!new:hs", "Nouveau", "", now, 0, False, True, False))
    window.select_room("!new:hs")
    assert window.current_room == "!new:hs" and window.composer.toPlainText() == ""
    window.drafts.clear()  # no "quit with unsent text?" question when the test closes it
