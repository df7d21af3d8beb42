"""One room's timeline as Pli shows it, built from events (Qt-free, nio-free, pure).

Matrix sends a message and, apart from it, what later happens to it: edits (`m.replace`),
reactions (`m.annotation`), redactions. Any of these can arrive before the message they are
about (back-pagination, a key that comes late, a gap in the sync). RoomTimeline keeps the rows
and, aside, the relations; it answers every event with the diffs the UI applies (row added,
changed, removed), and a relation waits until its target shows up.

Rules (client-server API v1.16, "Event replacements", "Event annotations and reactions",
"Redactions", "Rich replies", "User and room mentions"):

- An edit counts only if it comes from the sender of the original, is of the original's type,
  the original is not an edit itself, and — for an encrypted original — is encrypted too. The
  latest valid edit (origin_server_ts, then event id) gives the content; the row says "edited".
  An edit by someone else is ignored (the hostile set tries it).
- A reaction counts once per (sender, key). Keys are short strings; anything else is dropped.
- A redaction removes its target's content ("Message deleted"), or takes back a reaction or an
  edit. It counts if its sender sent the target, or `may_redact(sender)` (the room's power
  levels) says so. A redaction of an unknown event waits for it.
- A reply names its parent in `m.in_reply_to`; the reply fallback (quoted lines in `body`,
  `<mx-reply>` in the HTML) is stripped, since the UI draws the quote itself.
- A message mentions me if `m.mentions.user_ids` has my id; without `m.mentions`, if the body
  has my id or my display name.

Every input is untrusted: any shape of `source` yields rows, nothing, or the typed diffs; never
an exception (tests/unit/test_fuzz_parsers.py throws mutated events at it).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from client.core.events import (
    Authenticity,
    ItemState,
    Reaction,
    SessionEvent,
    TimelineItem,
    TimelineItemAdded,
    TimelineItemChanged,
    TimelineItemRemoved,
)
from client.core.messages.attachments import FILE_MSGTYPES, attachment_of
from client.core.messages.rich_text import HTML_FORMAT, sanitise

MAX_BODY_SHOWN = 64 * 1024  # characters of a body shown; a 1 MB message is cut, with a mark
MAX_REACTION_KEY = 64
SHOWN_MSGTYPES = {
    "m.text", "m.notice", "m.emote", "m.image", "m.file", "m.audio", "m.video", "m.location",
}  # fmt: skip
MESSAGE = "m.room.message"
REACTION = "m.reaction"
REDACTION = "m.room.redaction"
REPLACE = "m.replace"
ANNOTATION = "m.annotation"

Names = Callable[[str], str]
# (sender, origin stamp or None, decrypted?) -> the verdict shown on the row
Judge = Callable[[str, object, bool], Authenticity]
# Where the session stamps a decrypted event's Megolm session (never from the network: it is
# overwritten on every decrypted event and removed from every clear one).
ORIGIN_KEY = "pli_megolm"


@dataclass
class _Base:
    """What an event said when it arrived (before edits)."""

    event_id: str
    sender: str
    timestamp: int
    event_type: str
    content: dict[str, Any]
    encrypted: bool
    is_edit: bool
    redacted: bool = False  # by the server (unsigned.redacted_because) or by us
    waiting: bool = False  # encrypted, no key yet
    unsupported: bool = False
    origin: object = None  # the decryption's stamp (session id, sender key), for the judge


@dataclass
class _Edit:
    event_id: str
    sender: str
    timestamp: int
    event_type: str
    new_content: dict[str, Any]
    encrypted: bool
    origin: object = None


@dataclass
class _Annotation:
    event_id: str
    sender: str
    key: str


@dataclass
class _Pending:
    edits: dict[str, _Edit] = field(default_factory=dict)
    reactions: dict[str, _Annotation] = field(default_factory=dict)
    redactions: dict[str, str] = field(default_factory=dict)  # redaction event id -> sender


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


FUTURE_SLACK_MS = 5 * 60 * 1000


def _timestamp(source: dict[str, Any], now_ms: int) -> int:
    value = source.get("origin_server_ts")
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return 0  # a hostile or broken timestamp sorts first, never breaks the order
    # A timestamp from the future (a hostile server, a wrong clock) would pin its row at the
    # bottom for ever, above every new message: it counts as "now".
    return min(value, now_ms + FUTURE_SLACK_MS)


def _relation(content: dict[str, Any]) -> dict[str, Any]:
    relates = content.get("m.relates_to")
    return relates if isinstance(relates, dict) else {}


def reply_parent(content: dict[str, Any]) -> str:
    reply = _relation(content).get("m.in_reply_to")
    return _str(reply.get("event_id")) if isinstance(reply, dict) else ""


def strip_reply_fallback(body: str) -> str:
    """The quoted lines ("> <@a:hs> text") a reply may start with, and the blank line after."""
    if not body.startswith("> "):
        return body
    lines = body.split("\n")
    rest = list(itertools.dropwhile(lambda line: line.startswith("> "), lines))
    if rest and rest[0] == "":
        rest = rest[1:]
    return "\n".join(rest)


class RoomTimeline:
    def __init__(
        self,
        room_id: str,
        own_user_id: str,
        names: Names | None = None,
        may_redact: Callable[[str], bool] | None = None,
        own_name: Callable[[], str] | None = None,
        clock: Callable[[], float] = time.time,
        judge: Judge | None = None,
    ) -> None:
        self.room_id = room_id
        self._judge = judge or (lambda _sender, _origin, _encrypted: Authenticity.TRUSTED)
        self.own_user_id = own_user_id
        self._names = names or (lambda user: user)
        self._may_redact = may_redact or (lambda user: False)
        self._own_name = own_name or (lambda: "")
        self._clock = clock
        self._rows: list[TimelineItem] = []
        self._keys: list[tuple[int, int]] = []  # (timestamp, arrival) of each row
        self._arrival = itertools.count()
        self._items: dict[str, TimelineItem] = {}
        self._order: dict[str, tuple[int, int]] = {}
        self._bases: dict[str, _Base] = {}
        self._edits: dict[str, dict[str, _Edit]] = {}  # target -> edits
        self._reactions: dict[str, dict[str, _Annotation]] = {}  # target -> reactions
        self._relation_target: dict[str, str] = {}  # edit/reaction event id -> its target
        self._pending: dict[str, _Pending] = {}  # unknown target -> what waits for it
        self._seen: set[str] = set()

    # --- reading ---------------------------------------------------------------------------------

    def items(self) -> list[TimelineItem]:
        return list(self._rows)

    def get(self, event_id: str) -> TimelineItem | None:
        return self._items.get(event_id)

    def first(self) -> TimelineItem | None:
        return self._rows[0] if self._rows else None

    def last(self) -> TimelineItem | None:
        return self._rows[-1] if self._rows else None

    def __len__(self) -> int:
        return len(self._rows)

    # --- rows that are not (yet) events: our outbox echoes ---------------------------------------

    def put(self, item: TimelineItem) -> list[SessionEvent]:
        """Add or replace a row as given (an outbox echo, pending or failed)."""
        if item.event_id in self._items:
            return self._set(item)
        return self._insert(item)

    def remove(self, event_id: str) -> list[SessionEvent]:
        item = self._items.pop(event_id, None)
        if item is None:
            return []
        key = self._order.pop(event_id)
        row = bisect.bisect_left(self._keys, key)
        del self._rows[row]
        del self._keys[row]
        self._bases.pop(event_id, None)
        self._seen.discard(event_id)
        return [TimelineItemRemoved(self.room_id, event_id)]

    # --- events ----------------------------------------------------------------------------------

    def add_event(self, source: object, encrypted: bool = False) -> list[SessionEvent]:
        """A room event as the server (or decryption) gave it: `source` is its JSON."""
        diffs = self._add_event(source, encrypted)
        event_id = _str(source.get("event_id")) if isinstance(source, dict) else ""
        base = self._bases.get(event_id)
        if base is not None and base.waiting and isinstance(source, dict):
            # Decrypted, but not something Pli shows (a state event, an unknown type).
            diffs += self.mark_unsupported(event_id)
        return diffs

    def _add_event(self, source: object, encrypted: bool) -> list[SessionEvent]:
        if not isinstance(source, dict):
            return []
        event_id = _str(source.get("event_id"))
        content = source.get("content")
        event_type = source.get("type")
        sender = _str(source.get("sender"))
        if not event_id or not isinstance(content, dict) or not isinstance(event_type, str):
            return []
        if "state_key" in source:
            return []  # state events are not rows (yet)
        waiting = self._bases.get(event_id)
        if event_id in self._seen and not (waiting is not None and waiting.waiting):
            return []  # a repeated sync, or our own echo already in place
        self._seen.add(event_id)
        redacted = self._server_redacted(source)
        if event_type == REDACTION:
            target = _str(source.get("redacts")) or _str(content.get("redacts"))
            return self._on_redaction(event_id, sender, target)
        relation = _relation(content)
        rel_type = relation.get("rel_type")
        target = _str(relation.get("event_id"))
        timestamp = _timestamp(source, int(self._clock() * 1000))
        diffs: list[SessionEvent] = []
        if waiting is not None and waiting.waiting:
            if waiting.redacted:
                redacted = True  # deleted while its key was missing: stays deleted
            if event_type == REACTION or rel_type == REPLACE:
                # A "waiting for the key" row that turned out to be an edit or a reaction.
                diffs += self.remove(event_id)
                if redacted:
                    return diffs
        if event_type == REACTION:
            if redacted or rel_type != ANNOTATION or not target:
                return diffs
            key = relation.get("key")
            if not isinstance(key, str) or not key.strip() or len(key) > MAX_REACTION_KEY:
                return diffs
            return diffs + self._on_reaction(target, _Annotation(event_id, sender, key))
        if rel_type == REPLACE and target and event_type == MESSAGE and not redacted:
            new_content = content.get("m.new_content")
            if not isinstance(new_content, dict):
                return diffs
            origin = source.get(ORIGIN_KEY) if encrypted else None
            edit = _Edit(event_id, sender, timestamp, event_type, new_content, encrypted, origin)
            return diffs + self._on_edit(target, edit)
        if event_type != MESSAGE:
            return diffs
        base = _Base(event_id, sender, timestamp, event_type, content, encrypted, False, redacted)
        base.origin = source.get(ORIGIN_KEY) if encrypted else None
        return diffs + self._on_base(base)

    def add_undecryptable(self, event_id: str, sender: str, timestamp: int) -> list[SessionEvent]:
        """An encrypted event whose key has not come: a "waiting for the key" row, replaced
        when add_event() gets its decrypted source."""
        if not event_id or event_id in self._seen:
            return []
        self._seen.add(event_id)
        timestamp = timestamp if isinstance(timestamp, int) and timestamp >= 0 else 0
        base = _Base(event_id, sender, timestamp, MESSAGE, {}, True, False, waiting=True)
        return self._on_base(base)

    def refresh_names(self) -> list[SessionEvent]:
        """Rows drawn before the room's members were known (from the cache at start) show
        user ids: drawn again now, only those that change."""
        diffs: list[SessionEvent] = []
        for event_id in list(self._bases):
            if event_id in self._items:
                diffs += self._set(self._render(event_id))
        return diffs

    def reassess(self, sender: str | None = None) -> list[SessionEvent]:
        """The trust of this sender (None: anyone) changed: their rows judged again, and only
        the rows whose verdict changed are sent on."""
        diffs: list[SessionEvent] = []
        for event_id, base in self._bases.items():
            if event_id in self._items and (sender is None or base.sender == sender):
                diffs += self._set(self._render(event_id))
        return diffs

    def mark_unsupported(self, event_id: str) -> list[SessionEvent]:
        """A waiting row whose decrypted event is not something Pli shows."""
        base = self._bases.get(event_id)
        if base is None or not base.waiting:
            return []
        base.waiting, base.unsupported = False, True
        return self._set(self._render(event_id))

    # --- relations -------------------------------------------------------------------------------

    def _on_base(self, base: _Base) -> list[SessionEvent]:
        self._bases[base.event_id] = base
        diffs: list[SessionEvent] = []
        item = self._render(base.event_id)
        diffs += self._set(item) if base.event_id in self._items else self._insert(item)
        pending = self._pending.pop(base.event_id, None)
        if pending is not None:
            for redaction_sender in pending.redactions.values():
                diffs += self._on_redaction("", redaction_sender, base.event_id)
            for edit in pending.edits.values():
                diffs += self._on_edit(base.event_id, edit)
            for annotation in pending.reactions.values():
                diffs += self._on_reaction(base.event_id, annotation)
        return diffs

    def _on_edit(self, target: str, edit: _Edit) -> list[SessionEvent]:
        base = self._bases.get(target)
        if base is None or base.waiting:
            # Its message is unknown or not decrypted yet: the edit waits for it.
            self._pending.setdefault(target, _Pending()).edits[edit.event_id] = edit
            return []
        if (
            base.is_edit
            or base.redacted
            or edit.sender != base.sender
            or edit.event_type != base.event_type
            or (base.encrypted and not edit.encrypted)
        ):
            return []  # not a valid replacement (someone else's, or in clear): ignored
        self._edits.setdefault(target, {})[edit.event_id] = edit
        self._relation_target[edit.event_id] = target
        return self._set(self._render(target))

    def _on_reaction(self, target: str, annotation: _Annotation) -> list[SessionEvent]:
        if target not in self._bases:
            self._pending.setdefault(target, _Pending()).reactions[annotation.event_id] = annotation
            return []
        reactions = self._reactions.setdefault(target, {})
        reactions[annotation.event_id] = annotation
        self._relation_target[annotation.event_id] = target
        return self._set(self._render(target))

    def _on_redaction(self, redaction_id: str, sender: str, target: str) -> list[SessionEvent]:
        if not target:
            return []
        relation_of = self._relation_target.get(target)
        if relation_of is not None:
            # A reaction or an edit taken back.
            for table in (self._reactions, self._edits):
                relations: Any = table.get(relation_of, {})
                relation = relations.get(target)
                if relation is not None and (relation.sender == sender or self._may_redact(sender)):
                    del relations[target]
                    del self._relation_target[target]
                    if relation_of in self._items:
                        return self._set(self._render(relation_of))
            return []
        base = self._bases.get(target)
        if base is None:
            for pending in self._pending.values():  # a relation we are still holding back
                held: dict[str, Any]
                for held in (pending.edits, pending.reactions):
                    relation = held.get(target)
                    if relation is not None and (
                        relation.sender == sender or self._may_redact(sender)
                    ):
                        del held[target]
                        return []
            self._pending.setdefault(target, _Pending()).redactions[redaction_id] = sender
            return []
        if base.redacted or not (sender == base.sender or self._may_redact(sender)):
            return []
        base.redacted = True
        base.content = {}
        self._edits.pop(target, None)
        self._reactions.pop(target, None)
        return self._set(self._render(target))

    @staticmethod
    def _server_redacted(source: dict[str, Any]) -> bool:
        unsigned = source.get("unsigned")
        return isinstance(unsigned, dict) and isinstance(unsigned.get("redacted_because"), dict)

    # --- rows ------------------------------------------------------------------------------------

    def _render(self, event_id: str) -> TimelineItem:
        base = self._bases[event_id]
        # One constructor call per row (a blank row then dataclasses.replace cost a fifth of
        # the catch-up time in bench/large_account.py).
        sender_name = self._names(base.sender) or base.sender
        own = base.sender == self.own_user_id

        def bodiless(state: ItemState) -> TimelineItem:
            return TimelineItem(
                self.room_id, event_id, base.sender, sender_name, base.timestamp, "", state,
                base.encrypted, own,
            )  # fmt: skip

        if base.waiting:
            return bodiless(ItemState.WAITING_FOR_KEY)
        if base.unsupported:
            return bodiless(ItemState.UNSUPPORTED)
        if base.redacted:
            return bodiless(ItemState.REDACTED)
        content = base.content
        edits = self._edits.get(event_id)
        latest = max(edits.values(), key=lambda e: (e.timestamp, e.event_id)) if edits else None
        shown = latest.new_content if latest is not None else content
        msgtype = _str(shown.get("msgtype"))
        body = shown.get("body")
        if not isinstance(body, str) or msgtype not in SHOWN_MSGTYPES:
            return bodiless(ItemState.UNSUPPORTED)
        parent = reply_parent(content)
        if parent:
            body = strip_reply_fallback(body)
        if len(body) > MAX_BODY_SHOWN:
            body = body[:MAX_BODY_SHOWN] + " […]"
        html = ""
        formatted = shown.get("formatted_body")
        if shown.get("format") == HTML_FORMAT and isinstance(formatted, str) and formatted:
            html = sanitise(formatted)
        # What is shown is what is judged: the latest edit's text, else the original's.
        judged = latest if latest is not None else base
        authenticity = self._judge(judged.sender, judged.origin, judged.encrypted)
        return TimelineItem(
            room_id=self.room_id,
            event_id=event_id,
            sender=base.sender,
            sender_name=sender_name,
            timestamp=base.timestamp,
            body=body,
            state=ItemState.SENT,
            encrypted=base.encrypted,
            own=own,
            html=html,
            msgtype=msgtype,
            reply_to=parent,
            edited=latest is not None,
            reactions=self._reaction_summary(event_id) if event_id in self._reactions else (),
            mentions_me=self._mentions_me(content if latest is None else shown, body),
            attachment=attachment_of(shown) if msgtype in FILE_MSGTYPES else None,
            authenticity=authenticity,
        )

    def _reaction_summary(self, event_id: str) -> tuple[Reaction, ...]:
        by_key: dict[str, list[_Annotation]] = {}
        for annotation in self._reactions.get(event_id, {}).values():
            senders = by_key.setdefault(annotation.key, [])
            if all(a.sender != annotation.sender for a in senders):
                senders.append(annotation)  # once per (sender, key)
        return tuple(
            Reaction(
                key=key,
                count=len(annotations),
                own_event_id=next(
                    (a.event_id for a in annotations if a.sender == self.own_user_id), ""
                ),
                senders=tuple(self._names(a.sender) or a.sender for a in annotations),
            )
            for key, annotations in by_key.items()
        )

    def _mentions_me(self, content: dict[str, Any], body: str) -> bool:
        if not self.own_user_id:
            return False
        mentions = content.get("m.mentions")
        if isinstance(mentions, dict):
            users = mentions.get("user_ids")
            return isinstance(users, list) and self.own_user_id in users
        folded = body.casefold()
        name = self._own_name().strip()
        return self.own_user_id.casefold() in folded or (
            len(name) >= 2 and name.casefold() in folded
        )

    def _insert(self, item: TimelineItem) -> list[SessionEvent]:
        key = (item.timestamp, next(self._arrival))
        row = bisect.bisect_right(self._keys, key)
        self._rows.insert(row, item)
        self._keys.insert(row, key)
        self._items[item.event_id] = item
        self._order[item.event_id] = key
        self._seen.add(item.event_id)
        return [TimelineItemAdded(item)]

    def _set(self, item: TimelineItem) -> list[SessionEvent]:
        old = self._items.get(item.event_id)
        if old is None:
            return self._insert(item)
        if old == item:
            return []
        row = bisect.bisect_left(self._keys, self._order[item.event_id])
        self._rows[row] = item
        self._items[item.event_id] = item
        return [TimelineItemChanged(item)]

    def replace_fields(self, event_id: str, **changes: Any) -> list[SessionEvent]:
        """Change a row's fields in place (an echo's state)."""
        old = self._items.get(event_id)
        if old is None:
            return []
        return self._set(dataclasses.replace(old, **changes))
