"""Pli follows the system's palette (light, dark, high contrast) and font size; every text
colour it derives reads at WCAG AA contrast (4.5:1); new messages are announced."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from client.core.events import ItemState, RoomSummary, TimelineItem
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.models.timeline import TimelineModel
from client.ui.palette import (
    AA,
    contrast,
    luminance,
    muted_text,
    own_name,
    readable,
    selected_text,
)
from client.ui.qt import QApplication, QColor, QListView, QPalette
from client.ui.views.main_window import MainWindow
from client.ui.views.timeline_delegate import TimelineDelegate

Role = QPalette.ColorRole


def make_palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def palettes() -> dict[str, QPalette]:
    dark = {
        Role.Window: "#2b2b2b", Role.WindowText: "#e6e6e6", Role.Base: "#1e1e1e",
        Role.Text: "#e6e6e6", Role.PlaceholderText: "#80e6e6e6", Role.Link: "#3d7fd6",
        Role.Highlight: "#2a82da", Role.HighlightedText: "#ffffff", Role.Button: "#353535",
        Role.ButtonText: "#e6e6e6",
    }  # fmt: skip
    high_contrast = {
        Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
        Role.Text: "#ffffff", Role.PlaceholderText: "#808080", Role.Link: "#0000ee",
        Role.Highlight: "#ffff00", Role.HighlightedText: "#000000", Role.Button: "#000000",
        Role.ButtonText: "#ffffff",
    }  # fmt: skip
    return {
        "light (Fusion)": QApplication.style().standardPalette(),
        "dark": make_palette(dark),
        "high contrast": make_palette(high_contrast),
    }


@pytest.mark.parametrize("name", ["light (Fusion)", "dark", "high contrast"])
def test_derived_text_colours_reach_aa_contrast(qapp, name: str) -> None:
    palette = palettes()[name]
    base, highlight = palette.color(Role.Base), palette.color(Role.Highlight)
    assert contrast(muted_text(palette), base) >= AA
    assert contrast(muted_text(palette, selected=True), highlight) >= AA
    assert contrast(own_name(palette), base) >= AA
    assert contrast(own_name(palette, selected=True), highlight) >= AA
    assert contrast(selected_text(palette), highlight) >= AA  # the unread badge too


def test_readable_fixes_a_colour_that_is_too_faint() -> None:
    white, pale = QColor("#ffffff"), QColor("#dddddd")
    assert contrast(pale, white) < AA
    assert contrast(readable(pale, white), white) >= AA
    assert luminance(QColor("black")) == 0 and contrast(QColor("black"), white) == 21


def render_row(qtbot, palette: QPalette, point_size: float = 0):  # type: ignore[no-untyped-def]
    model = TimelineModel("!r:hs")
    model.add(
        TimelineItem(
            "!r:hs", "$1", "@c:hs", "Camille", 1, "Bonjour " * 6, ItemState.SENT, True, False
        )
    )
    view = QListView()
    qtbot.addWidget(view)
    view.setPalette(palette)
    if point_size:
        font = view.font()
        font.setPointSizeF(point_size)
        view.setFont(font)
    view.setItemDelegate(TimelineDelegate(view))
    view.setModel(model)
    view.resize(400, 200)
    view.show()
    return view, view.viewport().grab().toImage()


def text_pixels(image, want_light: bool) -> int:  # type: ignore[no-untyped-def]
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            value = luminance(image.pixelColor(x, y))
            count += value > 0.6 if want_light else value < 0.1
    return count


def test_timeline_paints_with_the_palette(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Light text on a dark theme, dark text on a light one: nothing hard-coded."""
    themes = palettes()
    _view, dark = render_row(qtbot, themes["dark"])
    _view, light = render_row(qtbot, themes["light (Fusion)"])
    assert text_pixels(dark, want_light=True) > 30
    assert text_pixels(light, want_light=False) > 30


def test_rows_grow_with_the_system_font_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    normal, _ = render_row(qtbot, palettes()["light (Fusion)"], 10)
    large, _ = render_row(qtbot, palettes()["light (Fusion)"], 20)
    height = lambda view: view.sizeHintForRow(0)  # noqa: E731
    assert height(large) > 1.6 * height(normal)


async def test_new_messages_in_the_open_conversation_are_announced(qtbot, tmp_path: Path) -> None:
    window = MainWindow(
        MatrixSession(Profile(tmp_path / "p"), MemorySecretStore()), SessionBridge()
    )
    qtbot.addWidget(window)
    window.show()
    window._on_room_updated(RoomSummary("!r:hs", "Camille", "", 1, 0, False, True, True))
    window._timeline("!r:hs")
    now = int(time.time() * 1000)

    def item(n: int, timestamp: int, own: bool = False) -> TimelineItem:
        return TimelineItem(
            "!r:hs", f"$e{n}", "@c:hs", "Camille", timestamp, f"m{n}", ItemState.SENT, True, own
        )

    with qtbot.waitSignal(window.announcer.announced) as said:
        window._on_item(item(1, now))
    assert said.args == ["Camille: m1"]
    window._on_item(item(2, now - 3_600_000))  # history loaded by a sync: not news
    window._on_item(item(3, now, own=True))  # what I sent myself
    assert list(window.announcer.recent) == ["Camille: m1"]
    await window.tasks.cancel_all()


async def test_a_verification_that_succeeded_is_announced(qtbot, tmp_path: Path) -> None:
    """client/ui/verification_controller.py: a flow reaching DONE is announced once,
    assertively, naming the contact (or "your other device"); other states are not."""
    import dataclasses

    from client.core.verification.flow import State
    from client.core.verification.view import VerificationView
    from client.ui.verification_controller import VerificationController
    from tests.helpers.flow_pairs import in_room_pair

    bridge = SessionBridge()
    window = MainWindow(MatrixSession(Profile(tmp_path / "p"), MemorySecretStore()), bridge)
    qtbot.addWidget(window)
    window.show()
    VerificationController(window.session, bridge, window)
    alice, _bob = in_room_pair()
    view = VerificationView.of(alice)
    for state in (State.READY, State.SAS_COMPARE, State.CANCELLED):
        bridge.verificationChanged.emit(dataclasses.replace(view, state=state))
    assert list(window.announcer.recent) == []
    done = dataclasses.replace(view, state=State.DONE)
    with qtbot.waitSignal(window.announcer.announced) as said:
        bridge.verificationChanged.emit(done)
    assert said.args == [f"Verification complete: {view.other_user} is verified."]
    bridge.verificationChanged.emit(done)  # the same flow again: said once
    mine = dataclasses.replace(done, flow_id="self-flow", is_self=True)
    bridge.verificationChanged.emit(mine)
    assert list(window.announcer.recent) == [
        f"Verification complete: {view.other_user} is verified.",
        "Verification complete: your other device is verified.",
    ]
    await window.tasks.cancel_all()


def test_the_sign_in_error_reads_on_a_dark_theme(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import re

    from client.ui.dialogs.login import LoginDialog

    app = QApplication.instance()
    previous = app.palette()
    try:
        app.setPalette(palettes()["dark"])
        dialog = LoginDialog(MatrixSession(Profile(tmp_path / "p"), MemorySecretStore()))
        qtbot.addWidget(dialog)
        colour = QColor(re.search(r"#[0-9a-f]{6}", dialog.error_label.styleSheet()).group(0))
        assert contrast(colour, QColor("#2b2b2b")) >= AA
    finally:
        app.setPalette(previous)
