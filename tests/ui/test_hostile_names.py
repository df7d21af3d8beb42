"""Names, topics and messages come from the network: no label may render them as HTML (a
display name holding <img src="/dev/zero"> made Qt allocate until it aborted)."""

from __future__ import annotations

from pathlib import Path

from client.core.events import RoomActivity, RoomSummary
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.qt import QLabel, QMessageBox, Qt, QtWidgets
from client.ui.views.main_window import MainWindow

HOSTILE = '<img src="/dev/zero"><a href="https://evil.example">clic</a>'


def test_every_label_is_plain_text(qtbot, tmp_path: Path) -> None:
    window = MainWindow(MatrixSession(Profile(tmp_path), MemorySecretStore()), SessionBridge())
    qtbot.addWidget(window)
    window.show()
    summary = RoomSummary("!h:hs", HOSTILE, HOSTILE, 1, 0, False, True, False, topic=HOSTILE,
                          external=(HOSTILE,))  # fmt: skip
    window._on_room_updated(summary)
    window.select_room("!h:hs")
    window._on_activity(RoomActivity("!h:hs", (HOSTILE,)))
    shown = [window.room_title, window.topic_label, window.typing_label, window.sovereignty_banner]
    for label in shown:
        assert HOSTILE in label.text() and label.textFormat() is Qt.TextFormat.PlainText
    for label in window.findChildren(QtWidgets.QLabel):
        assert label.textFormat() is Qt.TextFormat.PlainText, label.objectName()
    assert QLabel(HOSTILE).textFormat() is Qt.TextFormat.PlainText
    assert QMessageBox().textFormat() is Qt.TextFormat.PlainText
    tooltip = window.rooms.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip and "&lt;img" in tooltip
