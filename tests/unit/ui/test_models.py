"""Qt models take diffs (inserts/moves/changes), checked by Qt's own QAbstractItemModelTester."""

from __future__ import annotations

import dataclasses

from client.core.events import ItemState, RoomSummary, TimelineItem
from client.ui.models.rooms import RoomListModel, RoomRole
from client.ui.models.timeline import TimelineModel, TimelineRole, display_body, placeholder_text
from client.ui.qt import Qt


def room(room_id: str, ts: int, invite: bool = False, unread: int = 0) -> RoomSummary:
    return RoomSummary(
        room_id=room_id,
        name=room_id.upper(),
        last_message="m",
        last_timestamp=ts,
        unread=unread,
        is_invite=invite,
        encrypted=True,
        is_direct=True,
    )


def item(
    event_id: str, ts: int, state: ItemState = ItemState.SENT, body: str = "b"
) -> TimelineItem:
    return TimelineItem(
        room_id="!r",
        event_id=event_id,
        sender="@s:x",
        sender_name="S",
        timestamp=ts,
        body=body,
        state=state,
        encrypted=True,
        own=False,
    )


def test_room_list_orders_invites_first_then_recent(qtmodeltester, qtbot) -> None:
    model = RoomListModel()
    qtmodeltester.check(model)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.upsert(room("a", 10))
    model.upsert(room("b", 30))
    model.upsert(room("c", 20))
    assert [model.index(r).data(RoomRole.ROOM_ID) for r in range(3)] == ["b", "c", "a"]
    model.upsert(room("i", 1, invite=True))
    assert model.index(0).data(RoomRole.ROOM_ID) == "i"
    with qtbot.waitSignal(model.rowsMoved):
        model.upsert(room("a", 40))  # new message moves it to the top of joined rooms
    assert [model.index(r).data(RoomRole.ROOM_ID) for r in range(4)] == ["i", "a", "b", "c"]
    with qtbot.waitSignal(model.dataChanged):
        model.upsert(room("a", 40, unread=3))
    assert model.index(1).data(RoomRole.UNREAD) == 3
    model.remove("b")
    assert model.rowCount() == 3 and resets == []
    qtmodeltester.check(model)


def test_timeline_inserts_in_time_order_and_fills_in_placeholder(qtmodeltester, qtbot) -> None:
    model = TimelineModel("!r")
    qtmodeltester.check(model)
    model.add(item("$2", 200))
    model.add(item("$1", 100))
    model.add(item("$3", 300, ItemState.WAITING_FOR_KEY, body=""))
    model.add(item("$2", 200))  # duplicate from a repeated sync: ignored
    assert [model.index(r).data(TimelineRole.EVENT_ID) for r in range(3)] == ["$1", "$2", "$3"]
    assert model.index(2).data() == placeholder_text()
    with qtbot.waitSignal(model.dataChanged):
        model.change(dataclasses.replace(model.item(2), state=ItemState.SENT, body="now readable"))
    assert model.index(2).data() == "now readable"
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.rowsRemoved):
        model.remove("$2")  # a verification message whose key came late leaves the timeline
    assert [model.index(r).data(TimelineRole.EVENT_ID) for r in range(2)] == ["$1", "$3"]
    model.remove("$unknown")
    model.add(item("$4", 150))  # order still right after a removal
    assert [model.index(r).data(TimelineRole.EVENT_ID) for r in range(3)] == ["$1", "$4", "$3"]
    qtmodeltester.check(model)


def test_times_and_dates_follow_the_locale() -> None:
    """Today's messages show the time; older ones the date too, in the locale's format."""
    from datetime import date, datetime

    from client.ui.models.timeline import display_time
    from client.ui.qt import QLocale

    moment = datetime(2026, 11, 14, 15, 4)
    item = TimelineItem(
        "!r", "$e", "@a:hs", "A", int(moment.timestamp() * 1000), "x", ItemState.SENT, True, False
    )
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert display_time(item, today=date(2026, 11, 14)) == "15:04"
        assert display_time(item, today=date(2026, 11, 26)) == "14/11/2026 15:04"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert display_time(item, today=date(2026, 11, 14)).replace("\u202f", " ") == "3:04 PM"
        assert "11/14/26" in display_time(item, today=date(2026, 11, 26))
    finally:
        QLocale.setDefault(previous)


def test_a_room_moving_up_keeps_the_views_current_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new message reorders the list: the open conversation stays the current one."""
    from client.ui.qt import QListView

    model = RoomListModel()
    for n, ts in enumerate((300, 200, 100)):
        model.upsert(room(f"!r{n}", ts))
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(2))  # !r2, the oldest
    assert view.currentIndex().data(RoomRole.ROOM_ID) == "!r2"
    model.upsert(room("!r2", 400))  # it moves to the top
    assert [model.index(r).data(RoomRole.ROOM_ID) for r in range(3)] == ["!r2", "!r0", "!r1"]
    assert view.currentIndex().data(RoomRole.ROOM_ID) == "!r2"
    model.upsert(room("!r2", 50))  # and to the bottom
    assert view.currentIndex().data(RoomRole.ROOM_ID) == "!r2"
    assert [model.index(r).data(RoomRole.ROOM_ID) for r in range(3)] == ["!r0", "!r1", "!r2"]


def test_room_list_stays_sorted_under_any_updates(qapp) -> None:  # type: ignore[no-untyped-def]
    """Rows are found by bisection over their sort keys: a first fill, then any mix of new
    rooms, updates that move them and removals keeps the list equal to a plain sort, and
    row_of right."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    ops = st.lists(
        st.tuples(
            st.sampled_from(["up", "up", "up", "rm"]),
            st.integers(0, 12),  # room
            st.integers(0, 5),  # timestamp: ties are common
            st.booleans(),  # invite
            st.sampled_from(["Alpha", "alpha", "Béta", "beta", ""]),
        ),
        max_size=60,
    )

    @settings(max_examples=300, deadline=None)
    @given(ops, ops)
    def check(
        first: list[tuple[str, int, int, bool, str]],
        operations: list[tuple[str, int, int, bool, str]],
    ) -> None:
        model = RoomListModel()
        # The start's fill from the cache (duplicates: the last one counts), then anything.
        cached = [
            dataclasses.replace(room(f"!r{n}:hs", ts, invite), name=name or f"!r{n}:hs")
            for _op, n, ts, invite, name in first
        ]
        model.fill(cached)
        expected: dict[str, RoomSummary] = {s.room_id: s for s in cached}

        def as_expected() -> None:
            rows = [model.index(r).data(RoomRole.SUMMARY) for r in range(model.rowCount())]
            order = sorted(
                expected.values(),
                key=lambda s: (not s.is_invite, -s.last_timestamp, s.name.casefold(), s.room_id),
            )
            assert rows == order
            for row, summary in enumerate(rows):
                assert model.row_of(summary.room_id) == row
                assert model.summary(summary.room_id) == summary
            assert model.row_of("!absent:hs") == -1

        as_expected()
        for op, n, ts, invite, name in operations:
            room_id = f"!r{n}:hs"
            if op == "rm":
                model.remove(room_id)
                expected.pop(room_id, None)
            else:
                summary = dataclasses.replace(room(room_id, ts, invite), name=name or room_id)
                model.upsert(summary)
                expected[room_id] = summary
            as_expected()

    check()


def test_a_formatted_message_reads_as_shown_not_as_its_markdown(qapp) -> None:  # type: ignore[no-untyped-def]
    """Read aloud, quoted in a reply, found in the conversation: "14 h", not "**14 h**"."""
    bold = dataclasses.replace(
        item("$b", 1, body="Crise à **14 h**"), html="Crise à <strong>14 h</strong>"
    )
    model = TimelineModel("!r")
    model.add(bold)
    text = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Crise à 14 h" in text and "**" not in text
    assert display_body(dataclasses.replace(bold, html="")) == "Crise à **14 h**"
