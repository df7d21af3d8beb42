"""The rich timeline through real widgets and a real Synapse: links ask before opening and show
the real target, reply / react / edit / delete from the keyboard, a reply's quote jumps to its
message; and the pure painting rules (day separators, grouping, hostile bodies)."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path

from client.core.events import ItemState, TimelineItem
from client.ui.models.timeline import TimelineModel
from client.ui.qt import QApplication, QListView, QMessageBox, QPushButton, Qt
from client.ui.views.timeline_delegate import TimelineDelegate, continues_group, starts_day
from client.ui.views.timeline_view import TimelineView
from client.ui.widgets.emoji_picker import EmojiPicker
from tests.helpers.accounts import logged_in_session
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window

DAY = 24 * 3600 * 1000


def row(n: int, sender: str, ts: int, body: str = "texte", **fields: object) -> TimelineItem:
    item = TimelineItem(
        "!r:hs", f"$e{n}", sender, sender[1:4], ts, body, ItemState.SENT, True, False
    )
    return dataclasses.replace(item, **fields)  # type: ignore[arg-type]


def find_link_point(view: TimelineView, row_number: int, url: str):  # type: ignore[no-untyped-def]
    """Where a link is drawn: scan the row with the delegate's own hit test."""
    index = view.model().index(row_number, 0)
    option = view._option(index)
    rect = option.rect
    for y in range(0, rect.height(), 3):
        for x in range(0, rect.width(), 4):
            if view.timeline_delegate.link_at(option, index, x, y) == url:
                return rect.topLeft() + type(rect.topLeft())(x, y)
    raise AssertionError(f"link {url} not drawn")


def dialogs_named(name: str) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


async def test_rows_group_by_sender_and_day_and_survive_hostile_bodies(qtbot) -> None:
    now = int(time.time() * 1000)
    items = [
        row(1, "@ana:hs", now - 2 * DAY),
        row(2, "@ana:hs", now - 60_000),  # another day: separator and header
        row(3, "@ana:hs", now - 30_000),  # same sender, 30 s later: grouped
        row(4, "@bob:hs", now - 20_000),
        row(5, "@bob:hs", now - 10_000, "A" * 70_000),  # a huge body (cut by core at 64 KiB)
        row(6, "@bob:hs", now - 5_000, "x", html="<div>" * 3000 + "profond" + "</div>" * 3000),
        row(7, "@bob:hs", now, "", state=ItemState.REDACTED),
    ]
    assert starts_day(items[1], items[0]) and not starts_day(items[2], items[1])
    assert continues_group(items[2], items[1]) and not continues_group(items[3], items[2])
    assert not continues_group(items[6], items[5])  # a deleted message gets its header
    model = TimelineModel("!r:hs")
    for item in items:
        model.add(item)
    view = QListView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    delegate = TimelineDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.show()
    start = time.monotonic()
    view.scrollToBottom()
    await asyncio.sleep(0.05)  # not qtbot.wait: no nested loop under qasync
    assert time.monotonic() - start < 60  # laid out and painted (no hang on hostile HTML)
    layouts = [delegate.layout(_option(view, r), model.index(r)) for r in range(7)]
    assert layouts[1].day is not None and layouts[2].day is None
    assert layouts[1].header is not None and layouts[2].header is None
    assert layouts[6].header is not None
    assert layouts[4].height > layouts[3].height * 5


def _option(view: QListView, row_number: int):  # type: ignore[no-untyped-def]
    from client.ui.qt import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(view.model().index(row_number, 0))
    return option


async def test_links_reply_react_edit_delete_from_the_window(
    qtbot, synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    window = open_window(qtbot, alice)
    opened: list[str] = []
    window.message_actions.opener = opened.append
    view = window.timeline_view
    try:
        await window.start_direct_chat(bob.user_id)
        room_id = window.current_room
        assert room_id is not None
        await wait_until(lambda: any(r.is_invite for r in bob.rooms()))
        await bob.accept_invite(room_id)
        # Bob types: the window says so; he stops: it goes.
        await bob.set_typing(room_id, True)
        await wait_until(lambda: "is typing" in window.typing_label.text(), what="typing shown")
        await bob.set_typing(room_id, False)
        await wait_until(lambda: window.typing_label.text() == "", what="typing gone")
        # A link whose text pretends to be another address.
        sent = await bob.send_text(room_id, "Voir [https://impots.gouv.fr](https://evil.example/x)")
        model = view.model()
        await wait_until(lambda: model.row_of(sent.event_id) >= 0, what="bob's message")
        row_number = model.row_of(sent.event_id)
        point = find_link_point(view, row_number, "https://evil.example/x")
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        await wait_until(lambda: dialogs_named("confirmLink"), what="the link confirmation")
        box = dialogs_named("confirmLink")[0]
        assert "https://evil.example/x" in box.informativeText()  # the real target
        open_button = next(b for b in box.buttons() if b.text().replace("&", "") == "Open")
        open_button.click()
        await wait_until(lambda: opened == ["https://evil.example/x"], what="opened after yes")

        # Reply from the keyboard: the row focused, Alt+R, type, Enter.
        view.setFocus()
        view.setCurrentIndex(model.index(row_number, 0))
        qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        assert window.message_actions.bar.isVisible()
        assert window.composer.hasFocus()
        qtbot.keyClicks(window.composer, "Je ne clique pas")
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)

        def bobs_reply() -> TimelineItem | None:
            return next(
                (
                    i
                    for i in bob.timeline(room_id)
                    if i.reply_to == sent.event_id and i.own is False
                ),
                None,
            )

        await wait_until(lambda: bobs_reply() is not None, what="bob gets the reply")
        assert bobs_reply().body == "Je ne clique pas"  # type: ignore[union-attr]
        assert bobs_reply().mentions_me  # type: ignore[union-attr]
        assert not window.message_actions.bar.isVisible()
        # Bob reads it: "Seen by" under my reply, also for screen readers.
        await bob.mark_read(room_id)
        await wait_until(lambda: model.seen, what="bob's read receipt")
        seen_row = model.row_of(next(iter(model.seen)))
        assert "Seen by" in model.index(seen_row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
        layout = view.timeline_delegate.layout(view._option(model.index(seen_row, 0)),
                                               model.index(seen_row, 0))  # fmt: skip
        assert layout.seen is not None and layout.seen_text.startswith("Seen by")

        # The quote of my reply jumps to bob's message.
        mine = next(i for i in alice.timeline(room_id) if i.reply_to == sent.event_id)
        await wait_until(
            lambda: any(model.item(r).reply_to == sent.event_id for r in range(model.rowCount()))
        )
        reply_row = next(
            r for r in range(model.rowCount()) if model.item(r).reply_to == sent.event_id
        )
        view.setCurrentIndex(model.index(reply_row, 0))
        view.scrollTo(model.index(reply_row, 0))
        option = view._option(model.index(reply_row, 0))
        quote = view.timeline_delegate.layout(option, model.index(reply_row, 0)).quote
        assert quote is not None
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=option.rect.topLeft() + quote.center(),
        )
        assert view.currentIndex().row() == model.row_of(sent.event_id)

        # React: Alt+M opens the picker, 👍 reacts; bob sees it, encrypted or not.
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
        await wait_until(lambda: dialogs_named("emojiPicker"), what="the picker")
        picker: EmojiPicker = dialogs_named("emojiPicker")[0]
        thumbs = next(b for b in picker.findChildren(QPushButton) if b.text() == "👍")
        assert thumbs.accessibleName() == "thumbs up"
        thumbs.click()

        def reactions(session) -> list:  # type: ignore[no-untyped-def,type-arg]
            item = next(i for i in session.timeline(room_id) if i.event_id == sent.event_id)
            return list(item.reactions)

        await wait_until(lambda: reactions(bob) and reactions(bob)[0].count == 1, what="👍")
        await wait_until(lambda: reactions(alice) and reactions(alice)[0].own_event_id)
        # A click on my chip takes it back.
        row_number = model.row_of(sent.event_id)
        option = view._option(model.index(row_number, 0))
        chip = view.timeline_delegate.layout(option, model.index(row_number, 0)).chips[0][0]
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=option.rect.topLeft() + chip.center()
        )
        await wait_until(lambda: not reactions(bob), what="the reaction taken back")

        # Edit: Up in the empty composer takes my last message; Enter sends the edit.
        window.composer.setFocus()
        qtbot.keyClick(window.composer, Qt.Key.Key_Up)
        assert window.composer.toPlainText() == "Je ne clique pas"
        qtbot.keyClicks(window.composer, " (jamais)")
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
        await wait_until(
            lambda: bobs_reply() is not None and bobs_reply().edited,  # type: ignore[union-attr]
            what="bob sees the edit",
        )
        assert bobs_reply().body == "Je ne clique pas (jamais)"  # type: ignore[union-attr]

        # Delete it from the context menu, after saying yes.
        reply_row = model.row_of(mine.event_id)
        menu = view.menu_for(model.item(reply_row))
        delete = next(a for a in menu.actions() if a.text().replace("&", "") == "Delete…")
        delete.trigger()
        await wait_until(lambda: [w for w in QApplication.topLevelWidgets()
                                  if isinstance(w, QMessageBox) and w.isVisible()])  # fmt: skip
        question = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        question.button(QMessageBox.StandardButton.Yes).click()
        await wait_until(
            lambda: (
                bobs_reply() is None
                and any(
                    i.event_id == mine.event_id and i.state is ItemState.REDACTED
                    for i in bob.timeline(room_id)
                )
            ),
            what="bob sees it deleted",
        )
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()
