"""Timeline model of one room, ordered by server time. Takes TimelineItemAdded/Changed diffs:
a "waiting for the key" row turns into the message by dataChanged when its key arrives."""

from __future__ import annotations

import bisect
import enum
from datetime import date
from typing import Any

from client.core.events import Attachment, Authenticity, ItemState, TimelineItem
from client.core.i18n import QT_TRANSLATE_NOOP
from client.core.messages.rich_text import shown_text
from client.ui.qt import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex


class TimelineRole(enum.IntEnum):
    EVENT_ID = Qt.ItemDataRole.UserRole + 1
    SENDER = enum.auto()
    TIME = enum.auto()
    BODY = enum.auto()
    STATE = enum.auto()
    OWN = enum.auto()
    ITEM = enum.auto()


def placeholder_text() -> str:
    return QCoreApplication.translate(
        "TimelineModel", "Waiting for the key to decrypt this message…"
    )


def display_body(item: TimelineItem) -> str:
    if item.state is ItemState.WAITING_FOR_KEY:
        return placeholder_text()
    if item.state is ItemState.UNSUPPORTED:
        return QCoreApplication.translate(
            "TimelineModel", "This kind of message cannot be shown yet."
        )
    if item.state is ItemState.REDACTED:
        return QCoreApplication.translate("TimelineModel", "Message deleted")
    if item.attachment is not None:
        return attachment_text(item.attachment)
    # What the formatting shows, not its source: "14 h", not "**14 h**" (read aloud, quoted
    # in a reply, searched in the conversation) — the same text the core indexes.
    return shown_text(item.body, item.html)


def attachment_text(attachment: Attachment) -> str:
    """Image: plan.png (12 KB) / File: rapport.pdf (1.2 MB), sizes in the user's locale."""
    si = QLocale.DataSizeFormat.DataSizeSIFormat
    size = f" ({QLocale().formattedDataSize(attachment.size, 1, si)})" if attachment.size else ""
    if attachment.is_image:
        return QCoreApplication.translate("TimelineModel", "Image: {name}{size}").format(
            name=attachment.name, size=size
        )
    return QCoreApplication.translate("TimelineModel", "File: {name}{size}").format(
        name=attachment.name, size=size
    )


def seen_text(names: tuple[str, ...]) -> str:
    if len(names) <= 3:
        return QCoreApplication.translate("TimelineModel", "Seen by {names}").format(
            names=", ".join(names)
        )
    # Four readers or more: two names and a count (always 2 or more, so no plural form).
    return QCoreApplication.translate("TimelineModel", "Seen by {names} and {count} others").format(
        names=", ".join(names[:2]), count=len(names) - 2
    )


def authenticity_text(authenticity: Authenticity) -> str:
    """The sentence beside a message that cannot be shown as simply its sender's ("" when
    nothing is to be said): Element's reasons, in Pli's words."""
    sentences = {
        Authenticity.UNSIGNED_DEVICE: QT_TRANSLATE_NOOP(
            "TimelineModel", "Sent from a device its owner has not verified."
        ),
        Authenticity.UNKNOWN_DEVICE: QT_TRANSLATE_NOOP(
            "TimelineModel", "Sent from an unknown or deleted device."
        ),
        Authenticity.NOT_GUARANTEED: QT_TRANSLATE_NOOP(
            "TimelineModel",
            "The authenticity of this message cannot be guaranteed on this device.",
        ),
        Authenticity.MISMATCHED_SENDER: QT_TRANSLATE_NOOP(
            "TimelineModel", "The device that sent this message does not belong to its sender."
        ),
        Authenticity.VERIFICATION_VIOLATION: QT_TRANSLATE_NOOP(
            "TimelineModel", "The sender's verified identity has changed."
        ),
        Authenticity.NOT_ENCRYPTED: QT_TRANSLATE_NOOP("TimelineModel", "Not encrypted."),
    }
    sentence = sentences.get(authenticity)
    return QCoreApplication.translate("TimelineModel", sentence) if sentence else ""


def accessible_text(item: TimelineItem, parent: TimelineItem | None) -> str:
    """What a screen reader says for a row: sender, time, text, then what else the eye sees
    (the message it answers, edited, reactions, a mention)."""
    text = QCoreApplication.translate("TimelineModel", "{sender} at {time}: {text}").format(
        sender=item.sender_name, time=display_time(item), text=display_body(item)
    )
    extras = []
    if item.reply_to:
        extras.append(
            QCoreApplication.translate("TimelineModel", "In reply to {sender}: {text}").format(
                sender=parent.sender_name, text=display_body(parent)[:200]
            )
            if parent is not None
            else QCoreApplication.translate("TimelineModel", "In reply to an earlier message")
        )
    if item.edited:
        extras.append(QCoreApplication.translate("TimelineModel", "Edited"))
    if item.reactions:
        extras.append(
            QCoreApplication.translate("TimelineModel", "Reactions: {list}").format(
                list=", ".join(f"{r.key} {r.count}" for r in item.reactions)
            )
        )
    if item.mentions_me:
        extras.append(QCoreApplication.translate("TimelineModel", "Mentions you"))
    warning = authenticity_text(item.authenticity) if item.state is ItemState.SENT else ""
    if warning:
        extras.append(warning.rstrip("."))
    return ". ".join([text, *extras])


def display_time(item: TimelineItem, today: date | None = None) -> str:
    if item.state is ItemState.PENDING:
        return QCoreApplication.translate("TimelineModel", "Sending…")
    if item.state is ItemState.FAILED:
        return QCoreApplication.translate("TimelineModel", "⚠ Not sent")
    return message_time(item, today)


def message_time(item: TimelineItem, today: date | None = None) -> str:
    """The time of a message in the user's locale; with the date too when it is not today
    (15:04 / 14/11/2026 15:04 in French, 3:04 PM / 11/14/26 3:04 PM in US English)."""
    if not item.timestamp:
        return ""
    moment = QDateTime.fromMSecsSinceEpoch(item.timestamp)
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    if moment.date().toPython() == (today or date.today()):
        return locale.toString(moment.time(), short)
    return locale.toString(moment, short)


class TimelineModel(QAbstractListModel):
    def __init__(self, room_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.room_id = room_id
        self._items: list[TimelineItem] = []
        self._keys: list[int] = []
        self.unread_from = ""  # event id of the first unread row, "" for none
        self.seen: dict[str, tuple[str, ...]] = {}  # event id -> who has read up to it
        self.progress: dict[str, tuple[int, int]] = {}  # uploading echo -> (done, total)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == TimelineRole.BODY:
            return display_body(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = accessible_text(item, self.find(item.reply_to) if item.reply_to else None)
            if item.event_id in self.seen:
                text += ". " + seen_text(self.seen[item.event_id])
            return text
        if role == TimelineRole.EVENT_ID:
            return item.event_id
        if role == TimelineRole.SENDER:
            return item.sender_name
        if role == TimelineRole.TIME:
            return display_time(item)
        if role == TimelineRole.STATE:
            return item.state
        if role == TimelineRole.OWN:
            return item.own
        if role == TimelineRole.ITEM:
            return item
        return None

    def item(self, row: int) -> TimelineItem:
        return self._items[row]

    def find(self, event_id: str) -> TimelineItem | None:
        row = self._row_of(event_id)
        return self._items[row] if row >= 0 else None

    def row_of(self, event_id: str) -> int:
        return self._row_of(event_id)

    def set_progress(self, event_id: str, done: int, total: int) -> None:
        """A file uploading: its row shows how far it got."""
        self.progress[event_id] = (done, total)
        self.refresh(event_id)

    def refresh(self, event_id: str) -> None:
        """Repaint a row (a thumbnail arrived, progress moved)."""
        row = self._row_of(event_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    def set_seen(self, seen: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        """Read receipts: who has read up to which row ("Seen by …" under it)."""
        new = dict(seen)
        changed = {e for e in set(new) | set(self.seen) if new.get(e) != self.seen.get(e)}
        self.seen = new
        for event_id in changed:
            row = self._row_of(event_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))

    def set_unread_marker(self, unread: int) -> None:
        """Mark where the unread messages start ("New messages" above that row); 0 clears."""
        old = self.unread_from
        self.unread_from = self._items[-unread].event_id if 0 < unread <= len(self._items) else ""
        for event_id in {old, self.unread_from} - {""}:
            row = self._row_of(event_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))

    def items(self) -> list[TimelineItem]:
        return list(self._items)

    def add(self, item: TimelineItem) -> None:
        if item.room_id != self.room_id or self._row_of(item.event_id) >= 0:
            return
        row = bisect.bisect_right(self._keys, item.timestamp)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self._keys.insert(row, item.timestamp)
        self.endInsertRows()
        if row + 1 < len(self._items):  # the next row's day separator and grouping
            self.dataChanged.emit(self.index(row + 1), self.index(row + 1))

    def change(self, item: TimelineItem) -> None:
        row = self._row_of(item.event_id)
        if row < 0:
            self.add(item)
            return
        self._items[row] = item
        index = self.index(row)
        self.dataChanged.emit(index, index)
        for other, entry in enumerate(self._items):  # replies quoting it
            if entry.reply_to == item.event_id:
                self.dataChanged.emit(self.index(other), self.index(other))

    def remove(self, event_id: str) -> None:
        self.progress.pop(event_id, None)
        row = self._row_of(event_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        del self._keys[row]
        self.endRemoveRows()

    def _row_of(self, event_id: str) -> int:
        for row in range(len(self._items) - 1, -1, -1):
            if self._items[row].event_id == event_id:
                return row
        return -1
