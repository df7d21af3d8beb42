"""When a message deserves a desktop notification (Qt-free, pure).

A message notifies when it is someone else's, on the server, just arrived (not history a sync
or a page brought), in a conversation that is not muted, and is either in a direct chat,
mentions me, or contains one of my keywords (whole words, any case, accents ignored). The
admin policy may hide the text: the notification then says who wrote, not what.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from client.core.events import Authenticity, ItemState, RoomSummary, TimelineItem

FRESH_MS = 120_000  # older than this when it arrives: history, not news


@dataclass(frozen=True)
class Notice:
    room_id: str
    event_id: str
    sender_name: str
    room_name: str
    is_direct: bool
    text: str | None  # None: hidden by policy
    reason: str  # "direct", "mention" or "keyword"
    # A message that cannot be shown as simply its sender's says so in its notification too.
    authenticity: Authenticity = Authenticity.TRUSTED


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def keyword_in(text: str, keywords: list[str]) -> bool:
    folded = _fold(text)
    for keyword in keywords:
        word = _fold(keyword.strip())
        if word and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
            return True
    return False


def notice_for(
    item: TimelineItem,
    summary: RoomSummary | None,
    now_ms: int,
    keywords: list[str],
    muted_rooms: list[str],
    hide_text: bool,
) -> Notice | None:
    if (
        item.own
        or item.state is not ItemState.SENT
        or summary is None
        or summary.is_invite
        or item.room_id in muted_rooms
        or not 0 <= now_ms - item.timestamp <= FRESH_MS
    ):
        return None
    if summary.is_direct:
        reason = "direct"
    elif item.mentions_me:
        reason = "mention"
    elif keyword_in(item.body, keywords):
        reason = "keyword"
    else:
        return None
    return Notice(
        room_id=item.room_id,
        event_id=item.event_id,
        sender_name=item.sender_name,
        room_name=summary.name,
        is_direct=summary.is_direct,
        text=None if hide_text else item.body[:500],
        reason=reason,
        authenticity=item.authenticity,
    )
