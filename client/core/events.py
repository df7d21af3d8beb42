"""Typed events the core emits and the UI consumes. The UI never sees nio objects.

Events are diffs: a room summary upserted or removed, a timeline item added or changed, the
connection state changed. Qt models turn them into beginInsertRows/dataChanged.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass


class ConnectionState(enum.Enum):
    CONNECTING = "connecting"
    ONLINE = "online"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"


class ItemState(enum.Enum):
    SENT = "sent"  # on the server (ours or someone else's)
    WAITING_FOR_KEY = "waiting_for_key"  # encrypted, the room key has not arrived yet
    UNSUPPORTED = "unsupported"  # an event type this version does not show
    PENDING = "pending"  # ours, in the outbox, not on the server yet
    FAILED = "failed"  # ours, refused by the server: the user retries or discards it
    REDACTED = "redacted"  # deleted by its sender or a moderator: no content left


@dataclass(frozen=True)
class RoomSummary:
    room_id: str
    name: str
    last_message: str
    last_timestamp: int  # ms since the epoch, 0 when unknown
    unread: int
    is_invite: bool
    encrypted: bool
    is_direct: bool
    inviter: str = ""
    can_send: bool = True
    topic: str = ""
    # Servers of members outside the admin policy's allowed homeservers (or our own server
    # without a policy): the room says "External participants from …".
    external: tuple[str, ...] = ()
    can_invite: bool = False


@dataclass(frozen=True)
class Reaction:
    """One reaction key on a message, counted once per person."""

    key: str
    count: int
    own_event_id: str = ""  # our own reaction's event: redacting it takes the reaction back
    senders: tuple[str, ...] = ()  # display names, for the tooltip and screen readers


@dataclass(frozen=True)
class Attachment:
    name: str
    size: int  # bytes, 0 when the sender did not say
    mimetype: str
    url: str  # mxc://server/id
    encryption: tuple[tuple[str, str], ...] = ()  # (key, iv, sha256) as pairs; () when plain
    width: int = 0
    height: int = 0

    @property
    def is_image(self) -> bool:
        return self.mimetype.startswith("image/") and self.mimetype != "image/svg+xml"

    @property
    def encrypted(self) -> bool:
        return bool(self.encryption)


class Shield(enum.Enum):
    """What a message row shows beside it (Element's colours)."""

    NONE = "none"
    GREY = "grey"
    RED = "red"


class Authenticity(enum.Enum):
    """May a message be shown as coming from its sender? (crypto/authenticity.py decides)."""

    TRUSTED = "trusted"
    UNCHECKED = "unchecked"  # the sender's keys are being fetched: judged again when they come
    UNVERIFIED_IDENTITY = "unverified_identity"
    NOT_GUARANTEED = "not_guaranteed"
    UNSIGNED_DEVICE = "unsigned_device"
    UNKNOWN_DEVICE = "unknown_device"
    MISMATCHED_SENDER = "mismatched_sender"
    VERIFICATION_VIOLATION = "verification_violation"
    NOT_ENCRYPTED = "not_encrypted"
    PLAIN = "plain"

    @property
    def shield(self) -> Shield:
        if self in (
            Authenticity.TRUSTED,
            Authenticity.UNCHECKED,
            Authenticity.UNVERIFIED_IDENTITY,
            Authenticity.PLAIN,
        ):
            return Shield.NONE
        if self is Authenticity.NOT_GUARANTEED:
            return Shield.GREY
        return Shield.RED


@dataclass(frozen=True)
class TimelineItem:
    room_id: str
    event_id: str
    sender: str
    sender_name: str
    timestamp: int  # ms since the epoch (origin_server_ts)
    body: str
    state: ItemState
    encrypted: bool
    own: bool
    html: str = ""  # sanitised formatted body (rich_text.sanitise), "" when plain
    msgtype: str = "m.text"
    reply_to: str = ""  # the event id this message answers
    edited: bool = False
    reactions: tuple[Reaction, ...] = ()
    mentions_me: bool = False
    attachment: Attachment | None = None  # a file or an image (messages/attachments.py)
    authenticity: Authenticity = Authenticity.TRUSTED  # of what the row shows (issue 15.2)


@dataclass(frozen=True)
class RoomUpdated:
    summary: RoomSummary


@dataclass(frozen=True)
class RoomRemoved:
    room_id: str


@dataclass(frozen=True)
class TimelineItemAdded:
    item: TimelineItem


@dataclass(frozen=True)
class TimelineItemChanged:
    item: TimelineItem


@dataclass(frozen=True)
class TimelineItemRemoved:
    """An item that turned out not to belong in the timeline (a verification message whose
    key came late)."""

    room_id: str
    event_id: str


@dataclass(frozen=True)
class RoomActivity:
    """Who is typing in a room, and how far others have read (display names; never me)."""

    room_id: str
    typing: tuple[str, ...] = ()
    seen: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (event id, names read up to it)


@dataclass(frozen=True)
class TransferProgress:
    """A file being uploaded: bytes done of total (the row is the pending echo)."""

    room_id: str
    event_id: str
    done: int
    total: int


@dataclass(frozen=True)
class ConnectionChanged:
    state: ConnectionState
    retry_in: float = 0.0  # seconds until the next attempt, when reconnecting/offline


@dataclass(frozen=True)
class LoggedOut:
    reason: str  # "user" or "server" (token revoked)


@dataclass(frozen=True)
class VerificationChanged:
    """A verification flow changed state (view: client.core.verification.view.VerificationView,
    typed loosely here so that this module stays import-light)."""

    view: object


@dataclass(frozen=True)
class TrustChanged:
    """What we know or trust of this user's keys changed (verified, new device, master key
    changed): device lists and badges refresh."""

    user_id: str


@dataclass(frozen=True)
class DeviceKeysConflict:
    """The server showed two different sets of keys for one device id (the keys nio would
    encrypt to are not the checked ones trust is decided on): Pli sends that device nothing.
    The UI warns; it may be an attack (crypto/recipients.py)."""

    user_id: str
    device_id: str


SessionEvent = (
    RoomUpdated
    | RoomRemoved
    | TimelineItemAdded
    | TimelineItemChanged
    | TimelineItemRemoved
    | RoomActivity
    | TransferProgress
    | ConnectionChanged
    | LoggedOut
    | VerificationChanged
    | TrustChanged
    | DeviceKeysConflict
)
EventSink = Callable[[SessionEvent], None]
