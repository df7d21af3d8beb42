"""Room list model: invites first, then most recent activity. Fed by RoomUpdated/RoomRemoved
diffs; rows move with beginRemoveRows/beginInsertRows, never a model reset."""

from __future__ import annotations

import bisect
import enum
import html
from typing import Any

from client.core.events import RoomSummary
from client.ui.qt import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex


class RoomRole(enum.IntEnum):
    ROOM_ID = Qt.ItemDataRole.UserRole + 1
    LAST_MESSAGE = enum.auto()
    UNREAD = enum.auto()
    ENCRYPTED = enum.auto()
    INVITE = enum.auto()
    SUMMARY = enum.auto()
    MUTED = enum.auto()


def _sort_key(summary: RoomSummary) -> tuple[int, int, str, str]:
    # The room id last: every key is unique, so a room's row is found by bisection.
    return (
        0 if summary.is_invite else 1,
        -summary.last_timestamp,
        summary.name.casefold(),
        summary.room_id,
    )


class RoomListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rooms: list[RoomSummary] = []
        # By id too: every timeline item asks for its room's summary (notifications), and a
        # linear scan of 1,000 rooms per item made a first sync quadratic.
        self._by_id: dict[str, RoomSummary] = {}
        # The sort keys of the rows, in row order (bisection instead of scans: a first sync
        # of 1,000 rooms inserted with linear scans cost ~0.2 s of the start).
        self._keys: list[tuple[int, int, str, str]] = []
        self._shown: dict[str, RoomSummary] = {}  # each row's summary, by room id
        self._muted: set[str] = set()  # the user's settings: no notification, not in the total

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rooms)

    def accessible_description(self, summary: RoomSummary) -> str:
        parts = [summary.name]
        if summary.is_invite:
            parts.append(QCoreApplication.translate("RoomListModel", "invitation"))
        parts.append(
            QCoreApplication.translate("RoomListModel", "encrypted")
            if summary.encrypted
            else QCoreApplication.translate("RoomListModel", "not encrypted")
        )
        if summary.room_id in self._muted:
            parts.append(QCoreApplication.translate("RoomListModel", "muted"))
        if summary.unread:
            # self.tr(text, "", n): the one form pyside6-lupdate extracts as a plural entry.
            parts.append(self.tr("%n unread message(s)", "", summary.unread))
        if summary.last_message:
            parts.append(summary.last_message)
        return ", ".join(parts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rooms):
            return None
        room = self._rooms[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return room.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_description(room)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips render anything that looks like HTML: names and messages come from
            # the network, so they are escaped inside an explicit paragraph.
            return f"<p>{html.escape(self.accessible_description(room))}</p>"
        if role == RoomRole.ROOM_ID:
            return room.room_id
        if role == RoomRole.LAST_MESSAGE:
            return room.last_message
        if role == RoomRole.UNREAD:
            return room.unread
        if role == RoomRole.ENCRYPTED:
            return room.encrypted
        if role == RoomRole.INVITE:
            return room.is_invite
        if role == RoomRole.SUMMARY:
            return room
        if role == RoomRole.MUTED:
            return room.room_id in self._muted
        return None

    def set_muted(self, room_ids: set[str]) -> None:
        changed = self._muted ^ room_ids
        self._muted = set(room_ids)
        for row, room in enumerate(self._rooms):
            if room.room_id in changed:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def row_of(self, room_id: str) -> int:
        shown = self._shown.get(room_id)
        if shown is None:
            return -1
        row = bisect.bisect_left(self._keys, _sort_key(shown))
        return row if row < len(self._rooms) and self._rooms[row].room_id == room_id else -1

    def summary(self, room_id: str) -> RoomSummary | None:
        return self._by_id.get(room_id)

    def total_unread(self) -> int:
        return sum(
            room.unread
            for room in self._rooms
            if not room.is_invite and room.room_id not in self._muted
        )

    def _target_row(self, summary: RoomSummary) -> int:
        return bisect.bisect_right(self._keys, _sort_key(summary))

    def _put_row(self, row: int, summary: RoomSummary) -> None:
        self._rooms.insert(row, summary)
        self._keys.insert(row, _sort_key(summary))
        self._shown[summary.room_id] = summary

    def _take_row(self, row: int) -> None:
        room = self._rooms.pop(row)
        del self._keys[row]
        self._shown.pop(room.room_id, None)

    def fill(self, summaries: list[RoomSummary]) -> None:
        """The first rows (from the cache, at start): one sort and one insertion for all of
        them, instead of a bisection and a signal per room. On a list with rows: upserts."""
        if self._rooms:
            for summary in summaries:
                self.upsert(summary)
            return
        unique = sorted({s.room_id: s for s in summaries}.values(), key=_sort_key)
        if not unique:
            return
        self.beginInsertRows(QModelIndex(), 0, len(unique) - 1)
        for row, summary in enumerate(unique):
            self._by_id[summary.room_id] = summary
            self._put_row(row, summary)
        self.endInsertRows()

    def upsert(self, summary: RoomSummary) -> None:
        self._by_id[summary.room_id] = summary
        row = self.row_of(summary.room_id)
        if row >= 0:
            key = _sort_key(summary)
            # Does it still sit where the order wants it?
            before_ok = row == 0 or self._keys[row - 1] <= key
            after_ok = row == len(self._rooms) - 1 or key <= self._keys[row + 1]
            if before_ok and after_ok:
                self._take_row(row)
                self._put_row(row, summary)
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return
            # A move, not a remove + insert: views keep their current row on the moved room
            # (the open conversation must not change because a message reordered the list).
            old = self._rooms[row]
            self._take_row(row)
            target = self._target_row(summary)
            self._put_row(row, old)  # back in place until Qt knows of the move
            destination = target if target < row else target + 1
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
            self._take_row(row)
            self._put_row(target, summary)
            self.endMoveRows()
            index = self.index(target)
            self.dataChanged.emit(index, index)
            return
        target = self._target_row(summary)
        self.beginInsertRows(QModelIndex(), target, target)
        self._put_row(target, summary)
        self.endInsertRows()

    def remove(self, room_id: str) -> None:
        self._by_id.pop(room_id, None)
        row = self.row_of(room_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._take_row(row)
        self.endRemoveRows()
