"""Ctrl+F finds text in the open conversation by keyboard only: Enter goes to older matches,
Shift+Enter to newer ones, Esc closes the bar and returns to the message box."""

from __future__ import annotations

from pathlib import Path

from client.core.events import ItemState, RoomSummary, TimelineItem
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.qt import Qt
from client.ui.views.main_window import MainWindow

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def window_with_messages(qtbot, tmp_path: Path, bodies: list[str]) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(
        MatrixSession(Profile(tmp_path / "p"), MemorySecretStore()), SessionBridge()
    )
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window._on_room_updated(RoomSummary("!r:hs", "Camille", "", 1, 0, False, True, True))
    model = window._timeline("!r:hs")
    for n, body in enumerate(bodies):
        model.add(
            TimelineItem(
                "!r:hs", f"$e{n}", "@c:hs", "Camille", n + 1, body, ItemState.SENT, True, False
            )
        )
    return window


def test_find_by_keyboard(qtbot, tmp_path: Path) -> None:
    window = window_with_messages(
        qtbot, tmp_path, ["Réunion lundi", "rien", "La réunion est déplacée", "ok", "RÉUNION"]
    )
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "union")  # QTest types ASCII only
    assert window.timeline_view.currentIndex().row() == 4  # newest match first, any case
    assert bar.result.text() == "1 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert window.timeline_view.currentIndex().row() == 2
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert window.timeline_view.currentIndex().row() == 0 and bar.result.text() == "3 of 3"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, SHIFT)
    assert window.timeline_view.currentIndex().row() == 2
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.composer.hasFocus() is window.composer.isEnabled()


def test_nothing_found_is_said(qtbot, tmp_path: Path) -> None:
    window = window_with_messages(qtbot, tmp_path, ["bonjour"])
    window.find_bar.open_bar()
    qtbot.keyClicks(window.find_bar.edit, "absent")
    assert window.find_bar.result.text() == "Not found"
    assert window.find_bar.result.accessibleDescription() == "Not found"
