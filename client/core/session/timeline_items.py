"""A room event (as nio parsed it) becomes a timeline row, or nothing. Pure, so that the
fuzz tests can throw any event at it: the only outcomes are a TimelineItem or None."""

from __future__ import annotations

from typing import Any

from nio import MegolmEvent, RoomMessage

from client.core.events import ItemState, TimelineItem


def item_from_event(
    room_id: str, event: Any, own_user_id: str, display_name: str | None
) -> TimelineItem | None:
    event_id = getattr(event, "event_id", None)
    if not isinstance(event_id, str) or not event_id:
        return None
    sender = str(getattr(event, "sender", "") or "")
    timestamp = getattr(event, "server_timestamp", 0)
    if not isinstance(timestamp, int) or timestamp < 0:
        timestamp = 0  # a hostile or broken timestamp sorts first, never breaks the order

    def row(body: str, state: ItemState, encrypted: bool) -> TimelineItem:
        return TimelineItem(
            room_id=room_id,
            event_id=event_id,
            sender=sender,
            sender_name=display_name or sender,
            timestamp=timestamp,
            body=body,
            state=state,
            encrypted=encrypted,
            own=sender == own_user_id,
        )

    if isinstance(event, MegolmEvent):
        return row("", ItemState.WAITING_FOR_KEY, True)
    if isinstance(event, RoomMessage):
        body = getattr(event, "body", None)
        if not isinstance(body, str):
            return None
        return row(body, ItemState.SENT, bool(event.decrypted))
    return None
