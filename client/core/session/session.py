"""MatrixSession: one signed-in account. Holds nio's AsyncClient (composition, never
inheritance) and exposes async methods plus typed events for the UI.

Life of a session::

    login(user, password)            restore() = open_cached() + load_engine()
        | discover server                | open_cached(): account.json + keyring, the
        | check keyring works            |   encrypted cache (the window shows from it)
        | POST /login (no store yet)     | load_engine(): nio + aiohttp imported on a
        | keyring <- store key, token    |   worker thread (client/core/deferred.py)
        v                                v
        open_client(): nio store loaded with a pickle key derived from the store key,
        then the cache (if not open yet), the outbox and the trust engine
        |
        start(): sync loop  --first sync: full_state, no since token-->  ONLINE
             ^   | error: RECONNECTING (backoff 0.5 s .. 30 s), OFFLINE after 3 failures
             |___|
        logout(): server signs the device out -> store, profile and keyring entries wiped

Each start does a full initial sync (full_state, timeline limit 50 per room) instead of
resuming from a stored token: nio keeps no room state on disk (members, encryption, power
levels), which a resumed sync would not resend, and it sidesteps nio's "ignores a sync whose
next_batch equals its token" trap after restore_login. The encrypted cache shows rooms and
messages before it answers; a room with more than 50 new messages comes back "limited", and the
messages between the cache and that sync are paged in from the server (`_fill_gaps`).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import dataclasses
import importlib
import io
import logging
import sqlite3
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from client.core.crypto.authenticity import AuthenticityJudge
from client.core.crypto.directory import KeyDirectory
from client.core.crypto.keys_api import KeysApi
from client.core.crypto.recipients import RecipientGuard
from client.core.crypto.secret_sharing import REQUEST as SECRET_REQUEST
from client.core.crypto.secret_sharing import SEND as SECRET_SEND
from client.core.crypto.secret_sharing import SecretSharing
from client.core.crypto.secure_backup import SecureBackup
from client.core.crypto.trust import TrustEngine, TrustStore
from client.core.deferred import deferred
from client.core.errors import (
    CannotChangeMessage,
    ConnectionLost,
    EncryptionNotEnabled,
    FileTooLarge,
    HomeserverNotAllowed,
    HomeserverNotPinned,
    NotLoggedIn,
    PliError,
    ProfileDamaged,
    ProfileUnavailable,
    RoomNotReady,
    SendFailed,
    SendFailedOffline,
    ServerRefused,
    SessionExpired,
    VerifiedIdentityChanged,
    WillNotOpenProgram,
    WrongPassword,
    from_error_response,
)
from client.core.events import (
    Attachment,
    Authenticity,
    ConnectionChanged,
    ConnectionState,
    DeviceKeysConflict,
    EventSink,
    ItemState,
    LoggedOut,
    RoomActivity,
    RoomRemoved,
    RoomSummary,
    RoomUpdated,
    SessionEvent,
    TimelineItem,
    TimelineItemAdded,
    TimelineItemChanged,
    TransferProgress,
    TrustChanged,
    VerificationChanged,
)
from client.core.messages import attachments
from client.core.messages.rich_text import message_content, sanitise, shown_text
from client.core.messages.room_timeline import (
    MAX_REACTION_KEY,
    MESSAGE,
    ORIGIN_KEY,
    REACTION,
    REDACTION,
    REPLACE,
    RoomTimeline,
    reply_parent,
)
from client.core.policy.loader import Policy
from client.core.secrets.store import (
    AccountSecrets,
    SecretStore,
    pickle_key_from_store_key,
    self_test,
)
from client.core.session import power, retry
from client.core.session.account_security import (
    AccountSecurity,
)
from client.core.session.discovery import discover, normalise_url
from client.core.session.media import MediaFetcher
from client.core.session.message_authenticity import MessageAuthenticity
from client.core.session.network import network_errors
from client.core.session.room_admin import InvalidInvitee, RoomAdmin, valid_user_id
from client.core.storage.cache import (
    CACHE_ERRORS,
    CachedMember,
    CacheWrite,
    MessageCache,
    SearchHit,
)
from client.core.storage.outbox import Outbox, OutboxEntry
from client.core.storage.paths import AccountRecord, Profile, harden
from client.core.verification.flow import TrustOutcome
from client.core.verification.manager import VerificationManager

if TYPE_CHECKING:
    import nio

    from client.core.session import nio_adapter
else:  # imported by load_engine(), after the window shows (client/core/deferred.py)
    nio = deferred("nio")
    nio_adapter = deferred("client.core.session.nio_adapter")

log = logging.getLogger(__name__)

MEGOLM = "m.megolm.v1.aes-sha2"
LONG_POLL_MS = 30_000
OFFLINE_AFTER_FAILURES = 3
FIRST_SYNC_DEADLINE = 120.0
QUICK_SYNC_DEADLINE = 30.0
SEND_DEADLINE = 60.0
ENGINE_WAIT = 60.0  # an action that needs nio, started while it loads behind the window
BACKUP_EVERY = 10.0  # seconds between two background key backup runs
GAP_PAGES = 20  # pages of 100 per room and run when filling a gap after a limited sync
# State events after which a room's member list is written to the cache again.
MEMBER_STATE = frozenset({"m.room.member", "m.room.power_levels", "m.room.create"})

_T = TypeVar("_T")


async def load_engine_modules() -> None:
    """nio, aiohttp and our adapter, imported on a worker thread: the imports hold the GIL
    only in turns, so the Qt thread keeps drawing and answering meanwhile. A thread that
    reaches a deferred name first waits for the import to finish (client/core/deferred.py).
    In the app, garbage collection stays on the GUI thread meanwhile (ui/collector.py)."""
    name = "client.core.session.nio_adapter"
    if name in sys.modules:
        return
    await asyncio.to_thread(importlib.import_module, name)


@dataclasses.dataclass
class _Gap:
    token: str  # where to page back from (the limited sync's prev_batch, then each page's end)
    known_top: int  # the newest message we had before the gap (ms): reached = filled


def _event_type(event: object) -> object:
    source = getattr(event, "source", None)
    return source.get("type") if isinstance(source, dict) else None


# Transient failures of one message while the server answers syncs, before it shows failed.
MAX_SEND_ATTEMPTS = 8

# True while a verification event is being sent under `verified_devices_only` (see
# _room_send_locked): the only sends whose room key may reach devices not verified yet.
# The room whose key nio is sharing in this task (for m.room_key.withheld).
_SHARING_ROOM: contextvars.ContextVar[str] = contextvars.ContextVar("pli_sharing_room", default="")
WITHHELD = "m.room_key.withheld"
_VERIFICATION_SEND: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "pli_verification_send", default=False
)


TYPING_TIMEOUT_MS = 30_000
UPLOAD_DEADLINE = 60.0  # seconds, plus the size at UPLOAD_MIN_SPEED
UPLOAD_MIN_SPEED = 100_000.0  # bytes/s


def _echo_attachment(content: dict[str, Any]) -> Attachment | None:
    """The file of a message still in the outbox (no URL yet, or already uploaded)."""
    if content.get("msgtype") not in attachments.FILE_MSGTYPES:
        return None
    info = content.get("info")
    info = info if isinstance(info, dict) else {}
    return attachments.attachment_of(content) or Attachment(
        name=str(content.get("filename") or content.get("body") or ""),
        size=int(info.get("size") or 0),
        mimetype=str(info.get("mimetype") or "application/octet-stream"),
        url="",
    )


def file_too_large(name: str, size: int, limit: int) -> FileTooLarge:
    # Byte counts: each side shows them in its own way (the UI in the user's locale).
    return FileTooLarge(name, name=name, size_bytes=size, limit_bytes=limit)


def _is_row(entry: OutboxEntry) -> bool:
    """Does this outbox entry show as a row of its own (a message), or change another row
    (an edit, a reaction)?"""
    relation = entry.content.get("m.relates_to")
    rel_type = relation.get("rel_type") if isinstance(relation, dict) else None
    return entry.event_type == MESSAGE and rel_type != REPLACE


def _stamp_origin(source: object, event: object, encrypted: bool) -> None:
    """Which Megolm session decrypted the event, in its source (the timeline and the cache
    keep it). Always written over, and always removed from a clear event: the plaintext's top
    level and a clear event are the sender's or the server's to fill."""
    if not isinstance(source, dict):
        return
    session_id = getattr(event, "session_id", None)
    sender_key = getattr(event, "sender_key", None)
    if encrypted and isinstance(session_id, str) and isinstance(sender_key, str):
        source[ORIGIN_KEY] = {"session_id": session_id, "sender_key": sender_key}
    else:
        source.pop(ORIGIN_KEY, None)


class MatrixSession(AccountSecurity, RoomAdmin):
    def __init__(
        self,
        profile: Profile,
        secret_store: SecretStore,
        sink: EventSink | None = None,
        device_name: str = "Pli",
        policy: Policy | None = None,
    ) -> None:
        self.profile = profile
        self.secret_store = secret_store
        self.device_name = device_name
        self.policy = policy or Policy()
        self._sinks: list[EventSink] = [sink] if sink else []
        self.client: nio.AsyncClient | None = None
        self.record: AccountRecord | None = None
        self.state = ConnectionState.CONNECTING
        self._sync_task: asyncio.Task[None] | None = None
        self._inflight: asyncio.Future[Any] | None = None
        self._wake = asyncio.Event()
        self._synced = asyncio.Event()
        self._summaries: dict[str, RoomSummary] = {}
        self._timelines: dict[str, RoomTimeline] = {}
        self._creators: dict[str, power.RoomCreators] = {}
        self._activity: dict[str, RoomActivity] = {}
        self._sending: dict[str, str] = {}  # room -> txn id its sender is sending now
        self.cache: MessageCache | None = None
        self._cached_rooms: set[str] = set()  # rooms whose cached rows are not loaded yet
        # Member lists read from the cache, per room, while the server has not told us yet.
        self._cached_members: dict[str, dict[str, CachedMember]] = {}
        self._member_lists: dict[str, frozenset[CachedMember]] = {}  # as last written
        self._cache_batch = CacheWrite()
        self._server_upload_limit: int | None = None
        # room -> /messages token for older history; "" once the room's start is reached
        self._back_tokens: dict[str, str] = {}
        self._undecrypted: dict[str, tuple[str, nio.MegolmEvent]] = {}  # event_id -> (room, event)
        self._expect_encrypted: set[str] = set()
        self._send_locks: dict[str, asyncio.Lock] = {}
        self.outbox: Outbox | None = None
        self._outbox_senders: dict[str, asyncio.Task[None]] = {}
        self._attempts: dict[str, int] = {}  # transient failures per transaction id
        self._rate_limits: dict[str, int] = {}  # 429s per transaction id (they do not count)
        self._waiters: dict[str, asyncio.Future[TimelineItem]] = {}
        self._store_key: bytes | None = None
        self._restored_token = ""  # between open_cached() and load_engine()
        self._engine_ready = asyncio.Event()
        self._read_later: set[str] = set()  # rooms read before the engine loaded
        self._read_task: asyncio.Task[None] | None = None
        # The trust engine, made when the account opens (trust_setup.py wires it).
        self.keys_api: KeysApi | None = None
        self.directory: KeyDirectory | None = None
        self.recipients: RecipientGuard | None = None  # every Olm encryption asks it first
        self._resolved: dict[tuple[str, str], tuple[str, str]] = {}  # resolve_server's answers
        self.trust: TrustEngine | None = None
        self.verification: VerificationManager | None = None
        self.authenticity: MessageAuthenticity | None = None  # per-message verdicts
        # MSC4153 bookkeeping: devices refused a room key in the send under way (told why
        # after it), those already told per session, messages held for an identity change.
        self._withhold_from: dict[str, set[tuple[str, str]]] = {}
        self._withheld_sent: set[tuple[str, str, str]] = set()
        self._held_for_identity: dict[str, set[str]] = {}
        self.backup: SecureBackup | None = None
        self.sharing: SecretSharing | None = None
        self._side_tasks: set[asyncio.Task[None]] = set()
        self._backup_task: asyncio.Task[None] | None = None
        # Holes between what this device had and a "limited" sync (more new messages than one
        # sync carries, after Pli was closed or offline): filled from the server in the
        # background, so no message is silently missing between the cache and the new ones.
        self._gaps: dict[str, list[_Gap]] = {}
        self._gap_task: asyncio.Task[None] | None = None
        self._backup_at = -BACKUP_EVERY
        self._backup_timer: asyncio.TimerHandle | None = None
        # Room keys may have arrived (to-device) or been made (our sends) since the last
        # backup run: only then is the backup worth a look. True at start for a first check.
        self._backup_dirty = True

    # --- events ------------------------------------------------------------------------------

    def add_sink(self, sink: EventSink) -> None:
        self._sinks.append(sink)

    def _emit(self, event: SessionEvent) -> None:
        if isinstance(event, TrustChanged):
            self._judge_again(event.user_id)  # the rows first, so views see both in order
        for sink in list(self._sinks):
            try:
                sink(event)
            except Exception:  # a broken listener must not stop the sync loop
                log.exception("event sink failed on %s", type(event).__name__)

    def _set_state(self, state: ConnectionState, retry_in: float = 0.0) -> None:
        if state != self.state or retry_in:
            self.state = state
            self._emit(ConnectionChanged(state, retry_in))

    # --- identity ----------------------------------------------------------------------------

    @property
    def user_id(self) -> str:
        return self.record.user_id if self.record else ""

    @property
    def device_id(self) -> str:
        return self.record.device_id if self.record else ""

    @property
    def logged_in(self) -> bool:
        return self.client is not None

    def _require_client(self) -> nio.AsyncClient:
        if self.client is None:
            raise NotLoggedIn("no client")
        return self.client

    # --- login / restore / logout ------------------------------------------------------------

    async def login(self, user: str, password: str, server: str = "") -> None:
        """Password login with server discovery. Nothing is written until the server says yes;
        the keyring is checked first so a broken keyring never leaves an orphaned device."""
        # The address the sign-in dialog showed, when it showed one for these inputs.
        shown = self._resolved.pop((user, server), None)
        homeserver, login_user = shown or await self.resolve_server(user, server)
        await load_engine_modules()
        self_test(
            self.secret_store
        )  # locked/missing keyring: fail before the server makes a device
        self.profile.prepare()

        # A store-less client only for the /login call: the device id, hence the keyring entry
        # and the pickle key, is only known after it.
        bare = nio_adapter.make_client(homeserver, login_user, None, "", None, self.proxy)
        try:
            response = await self._network("login", bare.login(password, self.device_name))
        finally:
            await bare.close()
        if not isinstance(response, nio.LoginResponse):
            error = from_error_response(response, "login")
            if getattr(response, "status_code", "") == "M_FORBIDDEN":
                raise WrongPassword(error.detail)
            raise error

        try:
            self._check_allowed(response.user_id)
        except HomeserverNotAllowed:
            await self._logout_token(homeserver, response.access_token)
            raise
        record = AccountRecord(response.user_id, response.device_id, homeserver)
        secrets = AccountSecrets(self.secret_store, record.user_id, record.device_id)
        try:
            store_key = secrets.create_store_key()
            secrets.save_access_token(response.access_token)
            self.profile.write_account(record)
            self._open_client(record, store_key, response.access_token)
        except Exception as error:
            # Leave nothing half-made: no live device on the server, no orphaned secrets.
            log.warning("login could not be completed locally: %r", error)
            await self._logout_token(homeserver, response.access_token)
            try:
                secrets.wipe()
            except PliError:
                log.warning("could not remove the keyring entries of the failed login")
            self.profile.wipe()
            if isinstance(error, PliError):
                raise
            raise ProfileDamaged(repr(error)) from error

    async def resolve_server(self, user: str, server: str = "") -> tuple[str, str]:
        """The homeserver's base URL and the user for /login, as the sign-in dialog shows them
        before any password is sent. With `allowed_homeservers` set, the address is pinned
        (a server's *name* proves nothing: any server can call itself interieur.gouv.fr):
        one of `allowed_server_urls`, or — when those are not set — what discovery over
        HTTPS finds from an allowed name, never an address typed by the user."""
        self._check_allowed(user)
        await load_engine_modules()
        user_typed = user
        urls = self._pinned_urls()
        names = self._allowed_names()
        if urls:
            chosen = normalise_url(server) if server else (urls[0] if len(urls) == 1 else "")
            if chosen and chosen not in urls:
                raise HomeserverNotPinned(
                    f"{chosen} not in {urls}", server=chosen, allowed=", ".join(urls)
                )
            homeserver, login_user = await discover(user, chosen, proxy=self.proxy)
        elif names:
            if server:
                raise HomeserverNotPinned(
                    f"typed {server} with allowed names {names}",
                    server=server,
                    allowed=", ".join(names),
                )
            if not user.startswith("@") and len(names) == 1:
                user = f"@{user}:{names[0]}"
            homeserver, login_user = await discover(user, proxy=self.proxy)
        else:
            homeserver, login_user = await discover(user, server, proxy=self.proxy)
        self._check_pinned(homeserver)
        self._resolved[(user_typed, server)] = (homeserver, login_user)
        return homeserver, login_user

    def _allowed_names(self) -> list[str]:
        return [str(name).lower() for name in self.policy.get("allowed_homeservers") or []]

    def _pinned_urls(self) -> list[str]:
        urls = []
        for url in self.policy.get("allowed_server_urls") or []:
            with contextlib.suppress(PliError):
                urls.append(normalise_url(str(url)))
        return urls

    def _check_pinned(self, homeserver: str) -> None:
        """Sign-in and every restore: the saved address must still be a pinned one."""
        urls = self._pinned_urls()
        if urls and normalise_url(homeserver) not in urls:
            raise HomeserverNotPinned(
                f"{homeserver} not in {urls}", server=homeserver, allowed=", ".join(urls)
            )

    @property
    def proxy(self) -> str:
        return str(self.policy.get("proxy") or "")

    def _check_allowed(self, user: str) -> None:
        """The admin policy's allowed homeservers: a full user id (@name:server) on another
        server is refused before any network call; a bare name is checked again once the
        server has said who we are."""
        allowed = self._allowed_names()
        if not allowed or not user.startswith("@") or ":" not in user:
            return
        server = user.split(":", 1)[1].lower()
        if server not in allowed:
            raise HomeserverNotAllowed(
                f"{server} not in {allowed}", server=server, allowed=", ".join(allowed)
            )

    async def restore(self) -> bool:
        """Open the saved account without a password. False when there is none.
        Both halves at once; the app shows its window between them."""
        if not self.open_cached():
            return False
        await self.load_engine()
        return True

    def open_cached(self) -> bool:
        """The first half of restore(), with neither the network nor the Matrix engine: the
        saved account, its keys from the keyring and the encrypted cache — all the window
        needs to show the rooms and their last messages (issue 5: within 1 s). The outbox
        opens in load_engine(), once nio's store has proven the key. False when there is no
        saved account."""
        record = self.profile.read_account()
        if record is None:
            return False
        self._check_allowed(record.user_id)  # the policy may have changed since
        self._check_pinned(record.homeserver)
        secrets = AccountSecrets(self.secret_store, record.user_id, record.device_id)
        store_key = secrets.store_key()
        token = secrets.access_token()
        if store_key is None or token is None:
            # The keyring lost our entries (another machine, a reset keyring): the encrypted
            # store cannot be opened; the account must sign in again.
            log.warning(
                "keyring entries missing for %s; profile cannot be restored", secrets.account
            )
            raise ProfileDamaged("keyring entries missing")
        self.profile.prepare()
        attachments.sweep_opened(self.profile.opened_dir)  # what a crash or a viewer left
        self.record = record
        self._store_key = store_key
        self._restored_token = token
        # Not moved aside if it does not open: the key is only proven right once nio's store
        # opens with it (load_engine); the outbox waits for that too.
        self._open_cache(store_key, move_unreadable=False)
        self._load_cache()
        return True

    async def load_engine(self) -> None:
        """The second half of restore(): import nio and aiohttp on a worker thread (most of
        a second; the window drawn from the cache stays responsive meanwhile), then open
        nio's encrypted store and the trust engine. start() may follow."""
        record, store_key, token = self.record, self._store_key, self._restored_token
        if record is None or store_key is None or not token:
            raise NotLoggedIn("open_cached() first")
        await load_engine_modules()
        self._open_client(record, store_key, token)
        self._restored_token = ""

    def _open_client(self, record: AccountRecord, store_key: bytes, token: str) -> None:
        self.profile.prepare()
        client = nio_adapter.make_client(
            record.homeserver,
            record.user_id,
            record.device_id,
            str(self.profile.store_dir),
            pickle_key_from_store_key(store_key),
            self.proxy,
        )
        try:
            client.restore_login(record.user_id, record.device_id, token)
        except Exception as error:
            log.exception("cannot open the crypto store")
            if nio_adapter.is_unpickling_error(error):
                raise ProfileDamaged(str(error)) from error
            # Busy or unreadable database (another Pli, disk trouble): nothing is deleted.
            raise ProfileUnavailable(repr(error)) from error
        harden(self.profile.root)
        if not nio_adapter.encryption_loaded(client):
            raise ProfileDamaged("encryption store did not load")
        nio_adapter.disable_nio_verification(client)
        self._install_key_sharing_policy(client)
        self.client = client
        self.record = record
        self._store_key = store_key
        # The cache first (a restore opened it already): the outbox's echoes create their
        # rooms' timelines, which read their cached rows as they are created.
        if self.cache is None:
            self._open_cache(store_key)
            self._load_cache()
        self._open_outbox(store_key)
        self._open_trust(record)
        self._engine_ready.set()

    def _open_trust(self, record: AccountRecord) -> None:
        client = self._require_client()
        assert self._store_key is not None
        # One owner of the token for both HTTP stacks (session/credentials.py).
        self.keys_api = KeysApi(record.homeserver, client.credentials, record.user_id, self.proxy)
        self.directory = KeyDirectory(self.keys_api)
        self.recipients = RecipientGuard(
            self.directory, lambda user, device: self._emit(DeviceKeysConflict(user, device))
        )
        recipients = self.recipients
        store = TrustStore(self.profile.root / "trust.json", self._store_key)
        self.trust = TrustEngine(record.user_id, record.device_id, self.directory, store)
        self.verification = VerificationManager(
            user_id=record.user_id,
            device_id=record.device_id,
            device_key=nio_adapter.device_ed25519(client),
            directory=self.directory,
            trust=self.trust,
            transport=self,
            api=self.keys_api,
            seeds=self.cross_signing_seeds,
            on_view=lambda view: self._emit(VerificationChanged(view)),
            on_trust=lambda user: self._emit(TrustChanged(user)),
            on_verified=self._after_verification,
            is_member=lambda room_id, user: nio_adapter.is_joined_member(client, room_id, user),
        )
        self.backup = SecureBackup(
            api=self.keys_api,
            user_id=record.user_id,
            device_id=record.device_id,
            secrets=AccountSecrets(self.secret_store, record.user_id, record.device_id),
            directory=self.directory,
            trust=self.trust,
            export_keys=lambda known: nio_adapter.export_room_keys(client, known),
            import_keys=lambda sessions: nio_adapter.import_room_keys(client, sessions),
            on_imported=self._keys_arrived,
            progress_file=self.profile.root / "backup-progress.json",
        )
        backup = self.backup

        async def took_backup_key(value: str) -> None:
            await backup.take_shared_backup_key(value)

        self.sharing = SecretSharing(
            user_id=record.user_id,
            device_id=record.device_id,
            directory=self.directory,
            trust=self.trust,
            secrets=AccountSecrets(self.secret_store, record.user_id, record.device_id),
            send_plain=self.send_to_device,
            send_encrypted=lambda user, device, kind, content: nio_adapter.send_olm_encrypted(
                client, user, device, kind, content, recipients.allows
            ),
            on_cross_signing=backup.adopt_cross_signing,
            on_backup_key=took_backup_key,
        )
        nio_adapter.capture_olm_payloads(
            client, frozenset({SECRET_SEND}), self.sharing.on_secret_send
        )
        self._open_authenticity(record)

    def _open_authenticity(self, record: AccountRecord) -> None:
        client = self._require_client()
        assert self.directory is not None and self.trust is not None
        authenticated: dict[tuple[str, str], str] = {}
        if self.cache is not None:
            try:
                authenticated = self.cache.authenticated_sessions()
            except CACHE_ERRORS as error:  # fail closed: every key then counts as unconfirmed
                log.error("authenticated sessions not read: %r", error)
        self.authenticity = MessageAuthenticity(
            record.user_id,
            AuthenticityJudge(self.directory, self.trust, self._learn_keys),
            lambda room, key, session: nio_adapter.megolm_signing_key(client, room, key, session),
            lambda room: nio_adapter.room_is_encrypted(client, room),
            authenticated,
        )
        nio_adapter.track_authenticated_sessions(client, self._session_authenticated)
        self.directory.listeners.append(self._keys_read)
        self._judge_again(None)  # rows drawn from the cache before the engine was there

    def _learn_keys(self, user_id: str) -> None:
        manager, authenticity = self.verification, self.authenticity

        async def learn() -> None:
            try:
                if manager is not None:
                    await asyncio.wait_for(manager.learn([user_id]), timeout=60)
            except TimeoutError:
                log.info("keys of %s not read in time", user_id)
            finally:
                if authenticity is not None and self.authenticity is authenticity:
                    authenticity.judge.tried(user_id)
                    self._judge_again(user_id)

        try:
            task = asyncio.get_running_loop().create_task(learn(), name="pli-learn-keys")
        except RuntimeError:  # no loop (a unit test drawing rows): judged as not found
            if authenticity is not None:
                authenticity.judge.tried(user_id)
            return
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)

    def _keys_read(self, user_ids: list[str]) -> None:
        for user_id in user_ids:
            self._judge_again(user_id)

    def _judge_again(self, user_id: str | None) -> None:
        """Trust or keys of this user (None: anyone) changed: their rows, judged again."""
        if self.authenticity is None:
            return
        self.authenticity.judge.forget(user_id)
        for timeline in list(self._timelines.values()):
            self._emit_all(timeline.reassess(user_id))

    def _session_authenticated(
        self, room_id: str, session_id: str, sender_key: str, ed25519: str
    ) -> None:
        if self.authenticity is None:
            return
        self._cache_batch.authenticated.append((session_id, sender_key, ed25519))
        if self.authenticity.session_authenticated(session_id, sender_key, ed25519):
            timeline = self._timelines.get(room_id)
            if timeline is not None:
                self._emit_all(timeline.reassess())

    def _judge_row(self, room_id: str, sender: str, stamp: object, encrypted: bool) -> Authenticity:
        if self.authenticity is None:
            # The window drawn from the cache before the engine loads: judged when it has.
            return Authenticity.TRUSTED
        return self.authenticity.judge_row(room_id, sender, stamp, encrypted)

    def _after_verification(self, outcome: TrustOutcome) -> None:
        """This device was just verified with another of mine: ask it for the cross-signing
        keys and the backup key (spec "Sharing"), so it can read the history by itself."""
        sharing = self.sharing
        if sharing is None or outcome.user_id != self.user_id:
            return

        async def ask() -> None:
            try:
                count = await sharing.request_missing()
                log.info("asked my other devices for %d secrets", count)
            except PliError as error:
                log.info("could not ask for secrets: %r", error)

        task = asyncio.get_running_loop().create_task(ask(), name="pli-secret-request")
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)

    def _keys_arrived(self) -> None:
        """Room keys came from elsewhere (backup, key file, another device): retry at once
        every message waiting for its key."""
        self._retry_undecrypted()

    def _schedule_backup(self) -> None:
        """After a sync, upload new room keys in the background (at most one run at a time,
        and not more often than BACKUP_EVERY seconds)."""
        backup = self.backup
        if backup is None or not self._backup_dirty or backup.backup_key() is None:
            return
        now = time.monotonic()
        running = self._backup_task is not None and not self._backup_task.done()
        if running or now - self._backup_at < BACKUP_EVERY:
            # Too soon: come back when it is time, so keys from this sync do not wait for the
            # next one (which may be a 30 s long poll away).
            if self._backup_timer is None:
                delay = max(0.1, BACKUP_EVERY - (now - self._backup_at))
                self._backup_timer = asyncio.get_running_loop().call_later(
                    delay, self._backup_timer_fired
                )
            return
        self._backup_at = now
        self._backup_dirty = False  # set again if keys arrive during the run

        async def run() -> None:
            try:
                count = await backup.back_up_new_keys()
                if count:
                    log.info("backed up %d room keys", count)
            except PliError as error:
                log.info("key backup paused: %r", error)

        self._backup_task = asyncio.get_running_loop().create_task(run(), name="pli-backup")

    def _backup_timer_fired(self) -> None:
        self._backup_timer = None
        if self.client is not None:
            self._schedule_backup()

    async def _logout_token(self, homeserver: str, token: str) -> None:
        await load_engine_modules()
        client = nio_adapter.make_client(homeserver, "", None, "", None, self.proxy)
        client.access_token = token
        try:
            await client.logout()
        except network_errors():
            log.warning("could not sign out the half-made device")
        finally:
            await client.close()

    async def logout(self, force: bool = False) -> None:
        """Sign this device out on the server, then wipe the store, profile and keyring entries.

        If the server cannot be reached, raise ConnectionLost unless `force`: then the device
        stays listed on the server but everything local is still wiped.
        """
        client = self._require_client()
        await self.stop()
        try:
            response = await self._network("logout", client.logout())
            if isinstance(response, nio.ErrorResponse) and response.status_code not in (
                "M_UNKNOWN_TOKEN",
            ):
                raise from_error_response(response, "logout")
        except PliError:
            if not force:
                self.start()  # nothing changed: keep going
                raise
            log.warning("signing out locally only; the device stays on the server")
        await self.wipe_local()
        self._emit(LoggedOut("user"))

    async def discard_unreadable_profile(self) -> None:
        """The store cannot be decrypted (keyring entry lost or changed): its keys are
        unusable. Sign that device out if we still can, then delete what is left."""
        await self.close()  # what open_cached() opened (the cache)
        record = self.profile.read_account()
        if record is not None:
            secrets = AccountSecrets(self.secret_store, record.user_id, record.device_id)
            try:
                token = secrets.access_token()
                if token:
                    await self._logout_token(record.homeserver, token)
                secrets.wipe()
            except PliError:
                log.warning("could not clean the keyring entries of the unreadable profile")
        self.profile.wipe()

    async def wipe_local(self) -> None:
        """Close, then delete this account's keyring entries and profile folder. Each step is
        tried even if another fails; the first failure is raised at the end."""
        errors: list[Exception] = []
        try:
            await self.close()
        except Exception as error:
            errors.append(error)
        if self.record is not None:
            try:
                AccountSecrets(self.secret_store, self.record.user_id, self.record.device_id).wipe()
            except Exception as error:
                errors.append(error)
        try:
            self.profile.wipe()
        except OSError as error:
            errors.append(error)
        self.record = None
        if errors:
            log.warning("local wipe incomplete: %r", errors)
            first = errors[0]
            raise first if isinstance(first, PliError) else ProfileUnavailable(repr(first))

    async def relogin(self, password: str) -> None:
        """After a soft logout: sign in again *on the same device*, keeping its keys."""
        record = self.record
        client = self.client
        if record is None or client is None:
            raise NotLoggedIn("no device to sign back in")
        bare = nio_adapter.make_client(
            record.homeserver, record.user_id, record.device_id, "", None, self.proxy
        )
        try:
            response = await self._network("relogin", bare.login(password, self.device_name))
        finally:
            await bare.close()
        if not isinstance(response, nio.LoginResponse):
            if getattr(response, "status_code", "") == "M_FORBIDDEN":
                raise WrongPassword("relogin")
            raise from_error_response(response, "relogin")
        if response.device_id != record.device_id:
            raise ServerRefused("server gave another device", reason=response.device_id)
        AccountSecrets(self.secret_store, record.user_id, record.device_id).save_access_token(
            response.access_token
        )
        client.access_token = response.access_token
        self.start()

    async def close(self) -> None:
        """Stop syncing and release the network session and the database."""
        await self.stop()
        if self.verification is not None:
            await self.verification.stop()
        if self._backup_timer is not None:
            self._backup_timer.cancel()
            self._backup_timer = None
        for name in ("_backup_task", "_gap_task", "_read_task"):
            task = getattr(self, name)
            setattr(self, name, None)
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        senders, self._outbox_senders = list(self._outbox_senders.values()), {}
        for sender in senders:
            sender.cancel()
        for sender in senders:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sender
        for txn_id in list(self._waiters):
            self._settle(txn_id, error=NotLoggedIn("closed before the server answered"))
        if self.outbox is not None:
            self.outbox.close()
            self.outbox = None
        self._flush_cache()
        if self.cache is not None:
            self.cache.close()
            self.cache = None
        if self.record is not None:
            attachments.sweep_opened(self.profile.opened_dir)
        client, self.client = self.client, None
        if client is None:
            return
        await client.close()
        store = getattr(client, "store", None)
        database = getattr(store, "database", None)
        if database is not None:
            try:
                database.close()
            except Exception:  # noqa: S110 - closing a closed db is fine
                pass

    # --- network helper ----------------------------------------------------------------------

    async def _network(self, action: str, call: Awaitable[_T]) -> _T:
        try:
            return await call
        except network_errors() as error:
            log.info("%s: network error %r", action, error)
            raise ConnectionLost(f"{action}: {error!r}") from error

    # --- sync loop ---------------------------------------------------------------------------

    def start(self) -> None:
        self._require_client()
        if self.verification is not None:
            self.verification.start()
        if self._sync_task is None or self._sync_task.done():
            self._sync_task = asyncio.get_running_loop().create_task(
                self._sync_loop(), name="pli-sync"
            )

    async def stop(self) -> None:
        task, self._sync_task = self._sync_task, None
        if task is None:
            return
        # Python 3.11's wait_for can swallow a cancellation that lands as its inner request
        # completes, and the loop would go on; so cancel again until the task is done (the
        # loop also checks _sync_task on each turn).
        while not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=1.0)
        if not task.cancelled() and task.exception() is not None:
            log.info("sync task ended with %r", task.exception())

    def reconnect_now(self) -> None:
        """Skip the backoff wait, or drop a request that hangs (the user pressed "Reconnect
        now")."""
        self._wake.set()
        if self._inflight is not None and self.state is not ConnectionState.ONLINE:
            self._inflight.cancel()

    async def wait_synced(self, timeout: float = 30.0) -> None:
        await asyncio.wait_for(self._synced.wait(), timeout)

    async def _sync_once(
        self, client: nio.AsyncClient, first: bool, quick: bool
    ) -> nio.SyncResponse:
        """One /sync with a deadline of our own: nio gives a 0-timeout sync no deadline at
        all, so a half-open connection would freeze the loop for good."""
        if first:
            call = client.sync(
                timeout=0, full_state=True, sync_filter=nio_adapter.FIRST_SYNC_FILTER
            )
            deadline = FIRST_SYNC_DEADLINE
        else:
            # After a failure, a sync that returns at once tells us we are back (a long poll
            # would keep "reconnecting" on screen for 30 s).
            call = client.sync(timeout=0 if quick else LONG_POLL_MS)
            deadline = QUICK_SYNC_DEADLINE if quick else LONG_POLL_MS / 1000 + 15
        self._inflight = asyncio.ensure_future(call)
        try:
            response = await asyncio.wait_for(self._inflight, deadline)
        finally:
            self._inflight = None
        if isinstance(response, nio.ErrorResponse):
            if response.status_code in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"):
                raise SessionExpired(
                    response.message or "token revoked",
                    soft=bool(getattr(response, "soft_logout", False)),
                )
            refused = ServerRefused(str(response), reason=response.message)
            refused.retry_after = retry.retry_after(response)  # a 429: not sooner than asked
            raise refused
        assert isinstance(response, nio.SyncResponse)
        return response

    async def _sync_loop(self) -> None:
        client = self._require_client()
        first = True
        failures = 0
        self._set_state(ConnectionState.CONNECTING)
        while self._sync_task is asyncio.current_task():
            token_before = client.next_batch
            try:
                if not client.access_token:
                    # nio clears the token on a soft logout; its next call would only say
                    # "Not logged in".
                    raise SessionExpired("no access token", soft=True)
                response = await self._sync_once(client, first, quick=failures > 0)
            except asyncio.CancelledError:
                if self._sync_task is not None and not self._sync_task.cancelling():
                    # "Reconnect now" dropped a hanging request: count it and try again now.
                    failures += 1
                    self._set_state(ConnectionState.RECONNECTING)
                    continue
                raise
            except SessionExpired as expired:
                log.warning("the server signed this device out (soft=%s)", expired.soft)
                self._set_state(ConnectionState.OFFLINE)
                self._emit(LoggedOut("soft" if expired.soft else "server"))
                return
            except network_errors(ServerRefused, nio.LocalProtocolError) as error:
                failures += 1
                await self._backoff_wait(failures, error)
                continue
            except Exception as error:
                # Anything else (a bug, or input nio could not digest) must not end syncing
                # for good: log it, go back to the last good token, and try again later.
                log.exception("sync failed unexpectedly")
                client.next_batch = token_before
                failures += 1
                await self._backoff_wait(failures, error)
                continue
            try:
                self._process_sync(response)
                self._schedule_backup()
            except Exception:
                # nio already moved its token past this batch: go back, so the next sync
                # delivers it again (items are deduplicated by event id).
                log.exception("could not process a sync response")
                client.next_batch = token_before
                failures += 1
                await self._backoff_wait(failures, None)
                continue
            failures = 0
            first = False
            self._set_state(ConnectionState.ONLINE)
            self._synced.set()
            self._kick_all_outboxes()  # what waited for the connection, or for a restart
            try:
                await self._maintain_keys(client)
            except asyncio.CancelledError:
                raise
            except Exception as error:  # retried after the next sync
                log.info("key maintenance failed: %r", error)

    async def _backoff_wait(self, failures: int, error: BaseException | None) -> None:
        delay = retry.backoff(failures, error.retry_after if isinstance(error, PliError) else 0)
        log.info("sync failed (%d): %r; retrying in %.1f s", failures, error, delay)
        state = (
            ConnectionState.OFFLINE
            if failures >= OFFLINE_AFTER_FAILURES
            else ConnectionState.RECONNECTING
        )
        self._set_state(state, delay)
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), delay)
        except TimeoutError:
            pass

    async def _maintain_keys(self, client: nio.AsyncClient) -> None:
        """What nio's sync_forever does after each sync: upload/query/claim keys, flush
        to-device messages (room keys to share, key requests)."""
        if client.should_upload_keys:
            await client.keys_upload()
        if client.should_query_keys:
            await client.keys_query()
        if client.should_claim_keys:
            await client.keys_claim(client.get_users_for_key_claiming())
        await client.send_to_device_messages()

    # --- turning sync responses into our events ---------------------------------------------

    def _process_sync(self, response: nio.SyncResponse) -> None:
        client = self._require_client()
        if self.verification is not None:
            if response.to_device_events:
                self._backup_dirty = True
            changed = list(getattr(response.device_list, "changed", []) or [])
            if changed:
                self.verification.keys_changed(changed)
            for to_device in response.to_device_events:
                source = getattr(to_device, "source", None)
                if isinstance(source, dict):
                    self.verification.feed_to_device(source)
                    if self.sharing is not None and source.get("type") == SECRET_REQUEST:
                        self.sharing.on_request(source)
        for room_id, info in response.rooms.join.items():
            for event in list(info.state) + list(info.timeline.events):
                if isinstance(event, nio.RoomCreateEvent):
                    self._creators[room_id] = power.RoomCreators.from_create_event(event.source)
            if room_id in self._expect_encrypted:
                nio_adapter.mark_encrypted(client, room_id)
            if not self._synced.is_set() or any(
                _event_type(event) in MEMBER_STATE
                for event in list(info.state) + list(info.timeline.events)
            ):
                self._cache_members(room_id)
            if getattr(info.timeline, "limited", False):
                self._note_gap(room_id, info.timeline.events, str(info.timeline.prev_batch or ""))
            for event in info.timeline.events:
                self._add_event(room_id, event)
            self._publish_activity(room_id)
            if room_id not in self._back_tokens:
                # Where history before what we have starts (a gap left by a "limited" sync
                # is filled by _fill_gaps).
                self._back_tokens[room_id] = str(info.timeline.prev_batch or "")
            self._publish_room(room_id)
        for room_id in response.rooms.invite:
            self._publish_room(room_id)
        for room_id in response.rooms.leave:
            self._gaps.pop(room_id, None)
            self._cache_batch.drop_rooms.append(room_id)  # its history leaves this device
            if room_id in self._summaries:
                del self._summaries[room_id]
                self._emit(RoomRemoved(room_id))
        if not self._synced.is_set():
            self._after_first_sync(client)
        self._retry_undecrypted()
        self._flush_cache()
        if self._gaps and (self._gap_task is None or self._gap_task.done()):
            self._gap_task = asyncio.get_running_loop().create_task(
                self._fill_gaps(), name="pli-gaps"
            )

    # --- holes between the cache and a limited sync ----------------------------------------

    def _known_top(self, room_id: str) -> int | None:
        """When the newest message this device already had in the room was sent."""
        timeline = self._timelines.get(room_id)
        last = timeline.last() if timeline is not None else None
        newest = last.timestamp if last is not None and last.state is ItemState.SENT else None
        if self.cache is not None:
            try:
                cached = self.cache.latest_timestamp(room_id)
            except CACHE_ERRORS:
                cached = None
            if cached is not None and (newest is None or cached > newest):
                newest = cached
        return newest

    def _note_gap(self, room_id: str, events: list[Any], token: str) -> None:
        """A limited sync: if what it carries starts after the newest message we had, the
        messages in between are on the server only (until _fill_gaps fetches them)."""
        if not token or not events:
            return
        known = self._known_top(room_id)
        stamps = [getattr(e, "server_timestamp", None) for e in events]
        oldest = min((t for t in stamps if isinstance(t, int)), default=None)
        if known is None or oldest is None or oldest <= known:
            return  # nothing here before (a new room), or the chunk reaches what we had
        self._gaps.setdefault(room_id, []).append(_Gap(token, known))
        log.info("a gap in %s before %d: filling it from the server", room_id, oldest)

    async def _fill_gaps(self) -> None:
        """Page back from each gap's token until the pages reach what we had (or the start
        of the room); at most GAP_PAGES pages per gap and run, the rest at the next sync. A
        refusal drops that gap (the server will not give those pages); no connection ends
        the run (tried again after the next sync). Rooms left meanwhile are skipped."""
        client = self._require_client()
        for room_id in list(self._gaps):
            while self._gaps.get(room_id):
                if room_id not in self._summaries:  # left, or gone, while we waited
                    self._gaps.pop(room_id, None)
                    break
                gap = self._gaps[room_id][0]
                try:
                    closed = await self._fill_gap(client, room_id, gap)
                except ConnectionLost as error:
                    log.info("gap in %s not filled yet: %s", room_id, error)
                    return
                except PliError as error:
                    log.warning("gap in %s left open, the server refused: %s", room_id, error)
                    closed = True
                if room_id in self._summaries:
                    self._publish_room(room_id)
                    self._publish_activity(room_id)
                if not closed:
                    break  # long: the rest at the next sync; other rooms first
                gaps = self._gaps.get(room_id, [])
                if gap in gaps:
                    gaps.remove(gap)
                if not gaps:
                    self._gaps.pop(room_id, None)

    async def _fill_gap(self, client: nio.AsyncClient, room_id: str, gap: _Gap) -> bool:
        """Up to GAP_PAGES pages of this gap; True once it is closed."""
        for _ in range(GAP_PAGES):
            response = await self._network(
                "older messages",
                client.room_messages(
                    room_id, start=gap.token, limit=100, direction=nio.MessageDirection.back
                ),
            )
            if room_id not in self._summaries:
                return True  # left while the page came: nothing of it is kept
            if not isinstance(response, nio.RoomMessagesResponse):
                if retry.transient(response):
                    raise ConnectionLost(f"older messages: {response}")  # later, not never
                raise from_error_response(response, "older messages")
            for event in response.chunk:
                self._add_event(room_id, event)
            self._retry_undecrypted()
            self._flush_cache()
            stamps = [getattr(e, "server_timestamp", None) for e in response.chunk]
            end = str(response.end or "")
            if (
                any(isinstance(t, int) and t <= gap.known_top for t in stamps)
                or not response.chunk
                or not end
                or end == gap.token
            ):
                return True
            gap.token = end
        return False

    def _after_first_sync(self, client: nio.AsyncClient) -> None:
        """The first sync says which rooms we are in: cached rooms it does not list (left
        while Pli was closed) go; rows drawn from the cache get their members' names."""
        current = set(client.rooms) | set(client.invited_rooms)
        for room_id in [r for r in self._summaries if r not in current]:
            del self._summaries[room_id]
            self._gaps.pop(room_id, None)
            self._cache_batch.drop_rooms.append(room_id)
            self._emit(RoomRemoved(room_id))
        for timeline in list(self._timelines.values()):  # those drawn already (others later)
            self._emit_all(timeline.refresh_names())
        read, self._read_later = self._read_later & current, set()
        if read:  # rooms opened before the engine had loaded
            self._read_task = asyncio.get_running_loop().create_task(
                self._mark_all_read(read), name="pli-read-later"
            )

    def _timeline(self, room_id: str) -> RoomTimeline:
        timeline = self._timelines.get(room_id)
        if timeline is None:
            timeline = RoomTimeline(
                room_id,
                self.user_id,
                names=lambda user: self._display_name(room_id, user),
                may_redact=lambda user: self._may_redact(room_id, user),
                own_name=lambda: self._display_name(room_id, self.user_id),
                judge=lambda sender, stamp, encrypted: self._judge_row(
                    room_id, sender, stamp, encrypted
                ),
            )
            self._timelines[room_id] = timeline
            if room_id in self._cached_rooms:
                # Lazily, the first time the room is needed: its last messages from the cache
                # (loading 1,000 rooms' at start took seconds).
                self._cached_rooms.discard(room_id)
                try:
                    for source, encrypted in self.cache.recent(room_id) if self.cache else []:
                        timeline.add_event(source, encrypted)
                except CACHE_ERRORS as error:
                    log.error("message cache not read: %r", error)
        return timeline

    def _display_name(self, room_id: str, user_id: str) -> str:
        client = self.client
        room = client.rooms.get(room_id) if client is not None else None
        if room is None:  # before the first sync, or offline: the names the cache kept
            member = self.cached_members(room_id).get(user_id)
            return member.display_name if member is not None else user_id
        name = room.user_name(user_id)
        return str(name or user_id)

    def cached_members(self, room_id: str) -> dict[str, CachedMember]:
        """The room's members as the cache kept them (read once per room, when first needed)."""
        members = self._cached_members.get(room_id)
        if members is None:
            members = {}
            if self.cache is not None:
                try:
                    members = {m.user_id: m for m in self.cache.members(room_id)}
                except CACHE_ERRORS as error:
                    log.error("message cache not read: %r", error)
            self._cached_members[room_id] = members
        return members

    def _cache_members(self, room_id: str) -> None:
        """The room's member list into the cache, only when it differs from what is there
        (a first sync lists every room: rewriting each list at every start was wasted)."""
        rows = frozenset(self.member_rows(room_id))
        known = self._member_lists.get(room_id)
        if known is None:
            known = frozenset(self.cached_members(room_id).values())
        self._cached_members.pop(room_id, None)
        self._member_lists[room_id] = rows
        if rows != known:
            self._cache_batch.members[room_id] = list(rows)

    def display_name(self, room_id: str, user_id: str) -> str:
        return self._display_name(room_id, user_id)

    def _may_redact(self, room_id: str, user_id: str) -> bool:
        """May this user redact others' events here (power levels, privileged creators)?"""
        client = self.client
        room = client.rooms.get(room_id) if client is not None else None
        if room is None:
            return False
        creators = self._creators.get(room_id, power.RoomCreators(room.room_version))
        return power.can_redact_others(room.power_levels, creators, user_id)

    def _emit_all(self, diffs: list[SessionEvent]) -> None:
        for diff in diffs:
            if self.cache is not None and isinstance(diff, TimelineItemAdded | TimelineItemChanged):
                # What the timeline accepted (edits from their sender, redactions with the
                # power) is what the cache re-indexes or forgets: never its own guess.
                item = diff.item
                if item.state is ItemState.REDACTED:
                    self._cache_batch.forget.append((item.room_id, item.event_id))
                elif item.edited and item.state is ItemState.SENT:
                    text = shown_text(item.body, item.html)
                    self._cache_batch.reindex.append((item.room_id, item.event_id, text))
            self._emit(diff)

    def _add_event(self, room_id: str, event: Any) -> None:
        event_id = getattr(event, "event_id", None)
        if not isinstance(event_id, str) or not event_id:
            return
        source = getattr(event, "source", None)
        if self.verification is not None and isinstance(source, dict):
            if self.verification.feed_room_event(room_id, source):
                return  # verification messages drive the verification dialog, not the timeline
        timeline = self._timeline(room_id)
        try:
            if isinstance(event, nio.MegolmEvent):
                diffs = timeline.add_undecryptable(
                    event_id, str(getattr(event, "sender", "") or ""), event.server_timestamp
                )
                if timeline.get(event_id) is not None:
                    self._undecrypted[event_id] = (room_id, event)
            else:
                encrypted = bool(getattr(event, "decrypted", False))
                _stamp_origin(source, event, encrypted)
                diffs = timeline.add_event(source, encrypted)
                self._remember(room_id, source, encrypted)
        except Exception:  # a malformed event is skipped, never fatal
            log.exception("skipping a malformed event in %s", room_id)
            return
        self._emit_all(diffs)

    def _put(self, item: TimelineItem) -> None:
        """An outbox echo (pending, failed) in its room's timeline."""
        self._emit_all(self._timeline(item.room_id).put(item))

    def _remove_item(self, room_id: str, event_id: str) -> None:
        self._emit_all(self._timeline(room_id).remove(event_id))

    def _retry_undecrypted(self) -> None:
        """The UTD retry queue: keys often arrive after the message (Synapse hands out 100
        to-device messages per sync), and nio never retries by itself."""
        client = self.client
        if client is None or client.olm is None or not self._undecrypted:
            return
        changed_rooms: set[str] = set()
        for event_id, (room_id, event) in list(self._undecrypted.items()):
            try:
                decrypted = client.olm.decrypt_megolm_event(event, room_id)
            except nio.EncryptionError:
                continue
            except Exception:
                log.exception("undecryptable event %s dropped from the retry queue", event_id)
                del self._undecrypted[event_id]
                continue
            del self._undecrypted[event_id]
            source = getattr(decrypted, "source", None)
            if self.verification is not None and isinstance(source, dict):
                if self.verification.feed_room_event(room_id, source):
                    # A verification message whose key came late: to the manager, and out of
                    # the timeline (its "waiting for the key" row goes).
                    self._remove_item(room_id, event_id)
                    changed_rooms.add(room_id)
                    continue
            timeline = self._timeline(room_id)
            if isinstance(source, dict):
                _stamp_origin(source, decrypted, True)
                diffs = timeline.add_event(source, encrypted=True)
                self._remember(room_id, source, True)
            else:
                diffs = timeline.mark_unsupported(event_id)
            self._emit_all(diffs)
            changed_rooms.add(room_id)
        for room_id in changed_rooms:
            self._publish_room(room_id)

    @property
    def waiting_for_keys(self) -> int:
        return len(self._undecrypted)

    def _publish_room(self, room_id: str) -> None:
        summary = self._summary(room_id)
        if summary is not None and self._summaries.get(room_id) != summary:
            self._summaries[room_id] = summary
            self._emit(RoomUpdated(summary))
            if self.cache is not None and not summary.is_invite:
                self._cache_batch.summaries.append(summary)

    # --- the encrypted local cache (storage/cache.py) ---------------------------------------

    def _remember(self, room_id: str, source: object, encrypted: bool) -> None:
        """Keep what the timeline is built from: messages, reactions, redactions (state
        events come with every sync anyway)."""
        if (
            self.cache is not None
            and isinstance(source, dict)
            and source.get("type") in (MESSAGE, REACTION, REDACTION)
            and "state_key" not in source
        ):
            self._cache_batch.events.append((room_id, source, encrypted))

    def _flush_cache(self) -> None:
        """One transaction per sync (or page): a cache that cannot be written is only a
        slower start next time, never an error for the user."""
        batch, self._cache_batch = self._cache_batch, CacheWrite()
        if self.cache is None or not batch:
            return
        try:
            self.cache.write(batch)
        except CACHE_ERRORS as error:
            log.error("message cache not written: %r", error)

    def _open_cache(self, store_key: bytes, move_unreadable: bool = True) -> None:
        try:
            self.cache = MessageCache(
                self.profile.store_dir / "cache.db", store_key, move_unreadable
            )
        except CACHE_ERRORS as error:
            log.error("message cache unavailable: %r", error)
            self.cache = None

    def _load_cache(self) -> None:
        """At start, before the network answers: the rooms and their last messages as they
        were, so the window is usable at once (and offline)."""
        if self.cache is None:
            return
        try:
            for summary in self.cache.summaries():
                self._summaries.setdefault(summary.room_id, summary)
                self._cached_rooms.add(summary.room_id)  # its rows: when first needed
        except CACHE_ERRORS as error:
            log.error("message cache not read: %r", error)

    def search(self, text: str, room_id: str | None = None) -> list[SearchHit]:
        """Full-text search of the messages on this device (newest first)."""
        if self.cache is None:
            return []
        self._flush_cache()
        try:
            return self.cache.search(text, room_id)
        except CACHE_ERRORS as error:
            log.error("search failed: %r", error)
            return []

    def _summary(self, room_id: str) -> RoomSummary | None:
        client = self.client
        if client is None:  # the engine is still loading: as the cache has it
            return self._summaries.get(room_id)
        room = client.rooms.get(room_id)
        if room is not None:
            timeline = self._timelines.get(room_id)
            last = timeline.last() if timeline is not None else None
            cached = self._summaries.get(room_id)
            if timeline is None and cached is not None:  # not loaded yet: what the cache said
                last_message, last_timestamp = cached.last_message, cached.last_timestamp
            else:
                last_message = shown_text(last.body, last.html) if last else ""
                last_timestamp = last.timestamp if last else 0
            creators = self._creators.get(room_id, power.RoomCreators(room.room_version))
            return RoomSummary(
                room_id=room_id,
                name=room.display_name,
                last_message=last_message,
                last_timestamp=last_timestamp,
                unread=int(room.unread_notifications or 0),
                is_invite=False,
                encrypted=nio_adapter.room_is_encrypted(client, room_id),
                is_direct=room.member_count <= 2 and not room.name,
                can_send=power.can_send_message(room.power_levels, creators, client.user_id),
                topic=str(room.topic or ""),
                external=self.room_external_servers(room_id),
                can_invite=power.can_invite(room.power_levels, creators, client.user_id),
            )
        invited = client.invited_rooms.get(room_id)
        if invited is not None:
            inviter = str(getattr(invited, "inviter", "") or "")
            return RoomSummary(
                room_id=room_id,
                name=invited.display_name,
                last_message="",
                last_timestamp=int(time.time() * 1000),
                unread=0,
                is_invite=True,
                encrypted=bool(invited.encrypted),
                is_direct=bool(getattr(invited, "is_direct", False)),
                inviter=inviter,
                can_send=False,
            )
        return None

    # --- what the UI reads -------------------------------------------------------------------

    def rooms(self) -> list[RoomSummary]:
        return list(self._summaries.values())

    def timeline(self, room_id: str) -> list[TimelineItem]:
        return self._timeline(room_id).items()

    def _publish_activity(self, room_id: str) -> None:
        """Typing and read receipts, from the sync's ephemeral events (nio keeps them on the
        room): emitted when they change."""
        client = self._require_client()
        room = client.rooms.get(room_id)
        if room is None:
            return
        me = self.user_id
        typing = tuple(
            sorted(self._display_name(room_id, user) for user in room.typing_users if user != me)
        )
        timeline = self._timeline(room_id)
        readers: dict[str, list[str]] = {}
        for user, receipt in room.read_receipts.items():
            event_id = getattr(receipt, "event_id", "")
            if user != me and isinstance(event_id, str) and timeline.get(event_id) is not None:
                readers.setdefault(event_id, []).append(self._display_name(room_id, user))
        seen = tuple(sorted((event, tuple(sorted(names))) for event, names in readers.items()))
        activity = RoomActivity(room_id, typing, seen)
        if self._activity.get(room_id) != activity:
            self._activity[room_id] = activity
            self._emit(activity)

    def activity(self, room_id: str) -> RoomActivity:
        return self._activity.get(room_id) or RoomActivity(room_id)

    async def set_typing(self, room_id: str, typing: bool) -> None:
        """Tell the room I am typing (for 30 s at most) or stopped. Best effort: a typing
        notice that does not get through is not worth an error."""
        client = self.client
        if client is None:  # the engine is still loading
            return
        try:
            await client.room_typing(room_id, typing_state=typing, timeout=TYPING_TIMEOUT_MS)
        except network_errors() as error:
            log.info("typing notice not sent: %r", error)

    def has_older(self, room_id: str) -> bool:
        """Is there history before the oldest message we have (as far as we know)?"""
        if self._back_tokens.get(room_id):
            return True
        timeline = self._timeline(room_id)
        if self.cache is None or not len(timeline):
            return False
        try:
            first = timeline.first()
            return first is not None and bool(self.cache.before(room_id, first.timestamp, 1))
        except CACHE_ERRORS:
            return False

    async def load_older(self, room_id: str, limit: int = 50) -> int:
        """Back-pagination: fetch up to `limit` older events of a room (decrypted like the
        sync's, undecryptable ones into the retry queue). Returns how many rows appeared;
        has_older() turns False at the start of the room."""
        timeline = self._timeline(room_id)
        before = len(timeline)
        first = timeline.first()
        oldest = first.timestamp if first is not None else 2**62  # no copy of every row
        if self.cache is not None:  # this device's own copy first: instant, and offline too
            try:
                for source, encrypted in self.cache.before(room_id, oldest, limit):
                    self._emit_all(timeline.add_event(source, encrypted))
            except CACHE_ERRORS as error:
                log.error("message cache not read: %r", error)
            if len(timeline) > before:
                return len(timeline) - before
        client = self.client
        if client is None:  # the engine is still loading: the cache was all there is yet
            return 0
        # From the server; pages the cache already had add nothing: go on a few more.
        for _ in range(5):
            token = self._back_tokens.get(room_id)
            if not token:
                break
            response = await self._network(
                "older messages",
                client.room_messages(
                    room_id, start=token, limit=limit, direction=nio.MessageDirection.back
                ),
            )
            if not isinstance(response, nio.RoomMessagesResponse):
                raise from_error_response(response, "older messages")
            for event in response.chunk:
                self._add_event(room_id, event)
            end = str(response.end or "")
            self._back_tokens[room_id] = "" if not response.chunk or end == token else end
            if len(timeline) > before:
                break
        self._retry_undecrypted()
        self._flush_cache()
        self._publish_room(room_id)
        self._publish_activity(room_id)  # receipts may point into what just came
        return len(timeline) - before

    async def load_until(self, room_id: str, event_id: str, pages: int = 40) -> bool:
        """Older pages until this event is a row (a search result far back). True if found."""
        timeline = self._timeline(room_id)
        for _ in range(pages):
            if timeline.get(event_id) is not None:
                return True
            if not self.has_older(room_id) or not await self.load_older(room_id):
                break
        return timeline.get(event_id) is not None

    def creators(self, room_id: str) -> power.RoomCreators | None:
        return self._creators.get(room_id)

    def _creators_of(self, room_id: str) -> power.RoomCreators | None:
        return self._creators.get(room_id)

    def can_redact_others(self, room_id: str) -> bool:
        return self._may_redact(room_id, self.user_id)

    # --- actions -----------------------------------------------------------------------------

    async def send_text(self, room_id: str, body: str) -> TimelineItem:
        """Send a text message and wait until the server has it: the item with its event id.
        It goes through the outbox like every message (`queue_text`); a failure raises
        SendFailed / SendFailedOffline — and the message stays in the outbox, sent again
        by itself when the connection is back, or shown failed for the user to decide."""
        echo = self.queue_text(room_id, body)
        txn_id = echo.event_id[1:]
        waiter = asyncio.get_running_loop().create_future()
        self._waiters[txn_id] = waiter
        try:
            return await waiter  # type: ignore[no-any-return]
        finally:
            self._waiters.pop(txn_id, None)

    def queue_text(self, room_id: str, body: str, reply_to: str = "") -> TimelineItem:
        """Write a text message to the outbox (durable, encrypted) and return its timeline row,
        pending until the server has it. Refuses (RoomNotReady) a room we are not in.
        `reply_to`: the event answered (a rich reply, no fallback: spec v1.13 dropped it);
        its sender is mentioned, as the spec asks."""
        content: dict[str, Any] = dict(message_content(body))
        mentions: list[str] = []
        if reply_to:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
            parent = self._timeline(room_id).get(reply_to)
            if parent is not None and parent.sender and not parent.own:
                mentions.append(parent.sender)
        content["m.mentions"] = {"user_ids": mentions} if mentions else {}
        entry = self._queue(room_id, MESSAGE, content)
        echo = self._echo(entry, ItemState.PENDING)
        self._put(echo)
        self._publish_room(room_id)
        self._kick_outbox(room_id)
        return echo

    def queue_edit(self, room_id: str, event_id: str, body: str) -> None:
        """Replace the text of one of my sent messages (m.replace, through the outbox). The
        row changes once the server has the edit."""
        item = self._timeline(room_id).get(event_id)
        if item is None or not item.own or item.state is not ItemState.SENT:
            raise CannotChangeMessage(event_id, reason="not one of your sent messages")
        new_content: dict[str, Any] = dict(message_content(body))
        content: dict[str, Any] = {
            "msgtype": new_content["msgtype"],
            "body": f"* {body}",
            "m.new_content": new_content,
            "m.relates_to": {"rel_type": "m.replace", "event_id": event_id},
        }
        if "formatted_body" in new_content:
            content["format"] = new_content["format"]
            content["formatted_body"] = f"* {new_content['formatted_body']}"
        self._queue(room_id, MESSAGE, content)
        self._kick_outbox(room_id)

    def queue_reaction(self, room_id: str, event_id: str, key: str) -> None:
        """React to a message (m.annotation), encrypted in an encrypted room; nothing if I
        already reacted with this key."""
        item = self._timeline(room_id).get(event_id)
        if item is None or item.state is not ItemState.SENT:
            raise CannotChangeMessage(event_id, reason="not a message on the server")
        if not key.strip() or len(key) > MAX_REACTION_KEY:
            raise CannotChangeMessage(event_id, reason="not a reaction")
        if any(r.key == key and r.own_event_id for r in item.reactions):
            return
        relation = {"rel_type": "m.annotation", "event_id": event_id, "key": key}
        self._queue(room_id, REACTION, {"m.relates_to": relation})
        self._kick_outbox(room_id)

    async def redact(self, room_id: str, event_id: str, reason: str = "") -> None:
        """Delete one of my messages (or, with the power, someone's), or take back one of my
        reactions. Redactions go in clear, as the spec has them: they carry no content."""
        client = self._require_client()
        response = await self._network(
            "redact", client.room_redact(room_id, event_id, reason or None)
        )
        if not isinstance(response, nio.RoomRedactResponse):
            raise from_error_response(response, "redact")
        source = {
            "type": REDACTION,
            "event_id": str(response.event_id),
            "sender": self.user_id,
            "origin_server_ts": int(time.time() * 1000),
            "redacts": event_id,
            "content": {"redacts": event_id, **({"reason": reason} if reason else {})},
        }
        self._emit_all(self._timeline(room_id).add_event(source))
        self._remember(room_id, source, False)
        self._flush_cache()
        self._publish_room(room_id)

    def _queue(self, room_id: str, event_type: str, content: dict[str, Any]) -> OutboxEntry:
        client = self.client
        if client is None or room_id not in client.rooms:  # before the first sync, too
            raise RoomNotReady(f"unknown room {room_id}")
        outbox = self._require_outbox()
        try:
            return outbox.add(room_id, event_type, content)
        except sqlite3.Error as error:  # disk full, read-only, I/O: the text stays with the UI
            raise ProfileUnavailable(f"outbox: {error!r}") from error

    def outbox_entries(
        self, room_id: str | None = None, failed_only: bool = False
    ) -> list[OutboxEntry]:
        return self._require_outbox().entries(room_id, failed_only)

    def retry_message(self, txn_id: str) -> None:
        """A failed message: try it again (same transaction id)."""
        outbox = self._require_outbox()
        outbox.retry(txn_id)
        self._attempts.pop(txn_id, None)
        for entry in outbox.entries():
            if entry.txn_id == txn_id and not entry.failed:  # an unreadable one stays failed
                self._replace_echo(entry, ItemState.PENDING)
                self._kick_outbox(entry.room_id)

    def discard_message(self, txn_id: str) -> None:
        """A message the user gives up — failed, or still being sent (a file uploading is
        stopped): out of the outbox and of the timeline, its staged file deleted."""
        outbox = self._require_outbox()
        for entry in outbox.entries():
            if entry.txn_id == txn_id:
                if self._sending.get(entry.room_id) == txn_id:
                    sender = self._outbox_senders.pop(entry.room_id, None)
                    if sender is not None:
                        sender.cancel()  # the upload or send in flight stops
                outbox.remove(txn_id)
                note = entry.content.get(attachments.STAGED)
                if isinstance(note, dict):
                    attachments.unstage(self._files_dir, note)
                self._remove_item(entry.room_id, entry.local_id)
                self._publish_room(entry.room_id)
                asyncio.get_running_loop().call_soon(self._kick_outbox, entry.room_id)

    # --- files ---------------------------------------------------------------------------------

    @property
    def _files_dir(self) -> Path:
        return self.profile.store_dir / "outbox-files"

    async def upload_limit(self) -> int:
        """The largest file we may send, in bytes (0: no known limit): the admin policy's
        `max_upload_size_mb` and the server's own limit, whichever is smaller."""
        limits = []
        policy_mb = int(self.policy.get("max_upload_size_mb") or 0)
        if policy_mb > 0:
            limits.append(policy_mb * 1024 * 1024)
        if self._server_upload_limit is None and self.client is not None:
            try:
                response = await self._network(
                    "media config", self.client.content_repository_config()
                )
                size = getattr(response, "upload_size", None)
                self._server_upload_limit = size if isinstance(size, int) and size > 0 else 0
            except ConnectionLost:
                pass  # offline: the policy's limit only, the server refuses at upload if need be
        if self._server_upload_limit:
            limits.append(self._server_upload_limit)
        return min(limits) if limits else 0

    async def queue_file(
        self,
        room_id: str,
        name: str,
        data: bytes,
        mimetype: str,
        width: int = 0,
        height: int = 0,
    ) -> TimelineItem:
        """Send a file: size checked against the limit first (FileTooLarge, a sentence with
        both sizes), then encrypted and staged, then in the outbox like any message."""
        limit = await self.upload_limit()
        if limit and len(data) > limit:
            raise file_too_large(name, len(data), limit)
        self._require_client()
        note = await asyncio.to_thread(attachments.stage, self._files_dir, data)
        image = mimetype.startswith("image/") and mimetype != "image/svg+xml"
        info: dict[str, Any] = {"mimetype": mimetype, "size": len(data)}
        if image and width and height:
            info.update(w=width, h=height)
        content = {
            "msgtype": "m.image" if image else "m.file",
            "body": name,
            "filename": name,
            "info": info,
            attachments.STAGED: note,
        }
        try:
            entry = self._queue(room_id, MESSAGE, content)
        except BaseException:
            attachments.unstage(self._files_dir, note)
            raise
        echo = self._echo(entry, ItemState.PENDING)
        self._put(echo)
        self._publish_room(room_id)
        self._kick_outbox(room_id)
        return echo

    async def _upload_staged(self, room_id: str, entry: OutboxEntry) -> dict[str, Any]:
        """Upload a staged file (progress as TransferProgress events); the entry then holds
        the mxc:// URL instead, durably, and the staged copy goes."""
        client = self._require_client()
        note = entry.content[attachments.STAGED]
        ciphertext, encrypted_file = attachments.read_staged(self._files_dir, note)
        encrypted = nio_adapter.room_is_encrypted(client, room_id) or (
            room_id in self._expect_encrypted
        )
        info = entry.content.get("info")
        info = info if isinstance(info, dict) else {}
        if encrypted:
            data, content_type = ciphertext, "application/octet-stream"
        else:
            data = attachments.plaintext_of_staged(ciphertext, note)
            content_type = str(info.get("mimetype") or "application/octet-stream")
        total = len(data)
        monitor = nio.TransferMonitor(total_size=total)
        loop = asyncio.get_running_loop()
        # nio updates the monitor from the thread aiohttp reads the file in: hop back to the
        # loop's thread before anything (the UI) sees it.
        monitor.on_transferred = lambda done: loop.call_soon_threadsafe(
            self._emit, TransferProgress(room_id, entry.local_id, int(done), total)
        )
        self._emit(TransferProgress(room_id, entry.local_id, 0, total))
        try:
            response, _keys = await asyncio.wait_for(
                client.upload(
                    io.BytesIO(data),
                    content_type=content_type,
                    # The name is in the (encrypted) event; the server only sees it in clear
                    # for a plain room.
                    filename=None if encrypted else str(entry.content.get("filename", "")),
                    filesize=total,
                    monitor=monitor,
                ),
                UPLOAD_DEADLINE + total / UPLOAD_MIN_SPEED,
            )
        except network_errors() as error:
            raise SendFailedOffline(repr(error)) from error
        finally:
            monitor.cancel = True  # ends nio's speed-measuring thread, even after a failure
        if not isinstance(response, nio.UploadResponse):
            # A 5xx or a 429 waits and goes again; any other refusal marks the file "Not sent".
            raise retry.send_failure(response, "upload")
        content = {k: v for k, v in entry.content.items() if k != attachments.STAGED}
        if encrypted:
            content["file"] = {**encrypted_file, "url": response.content_uri}
        else:
            content["url"] = response.content_uri
        outbox = self._require_outbox()
        outbox.update_content(entry, content)
        attachments.unstage(self._files_dir, note)
        self._emit(TransferProgress(room_id, entry.local_id, total, total))
        return content

    async def open_copy(self, attachment: Attachment) -> Path:
        """A decrypted copy of a received file for the system's viewer (attachments.py says
        where and for how long). Only viewable types (attachments.may_open); anything else is
        refused (WillNotOpenProgram: "Save as…" only)."""
        if not attachments.may_open(attachment.name, attachment.mimetype):
            raise WillNotOpenProgram(attachment.name, name=attachments.opened_name(attachment.name))
        data = await self.download_attachment(attachment)
        return await asyncio.to_thread(
            attachments.write_opened_copy, self.profile.opened_dir, attachment.name, data
        )

    async def _ready_client(self) -> nio.AsyncClient:
        """The client; if the window came up before the engine (open_cached), after it loads."""
        if self.client is None and self._restored_token:
            await asyncio.wait_for(self._engine_ready.wait(), ENGINE_WAIT)
        return self._require_client()

    async def download_attachment(
        self, attachment: Attachment, limit: int = 0, deadline: float = 0.0
    ) -> bytes:
        """A received file's bytes, decrypted and checked (AttachmentDamaged otherwise).

        Streamed from our homeserver with a cap (`limit`, else MAX_DOWNLOAD) and a deadline
        (`deadline`, else one that allows 50 KB/s), session/media.py."""
        client = await self._ready_client()
        limit = min(limit or attachments.MAX_DOWNLOAD, attachments.MAX_DOWNLOAD)
        if attachment.size > limit:
            raise file_too_large(attachment.name, attachment.size, limit)
        fetcher = MediaFetcher(client.homeserver, client.credentials, self.proxy)
        deadline = deadline or 120.0 + (attachment.size or limit) / 50_000
        body = await fetcher.fetch(attachment.url, limit, deadline, name=attachment.name)
        return await asyncio.to_thread(attachments.decrypt, attachment, body)

    # --- the outbox ----------------------------------------------------------------------------

    def _open_outbox(self, store_key: bytes) -> None:
        try:
            self.outbox = Outbox(self.profile.store_dir / "outbox.db", store_key)
        except (sqlite3.Error, OSError) as error:  # busy or unreadable: nothing is deleted
            raise ProfileUnavailable(f"outbox: {error!r}") from error
        if self.outbox.moved_aside is not None:
            log.error("outbox database damaged, moved to %s", self.outbox.moved_aside)
        for entry in self.outbox.entries():  # what a crash or an outage left: shown at once
            if _is_row(entry):
                state = ItemState.FAILED if entry.failed else ItemState.PENDING
                self._put(self._echo(entry, state))

    def _require_outbox(self) -> Outbox:
        if self.outbox is None:
            raise NotLoggedIn("no outbox")
        return self.outbox

    def _echo(self, entry: OutboxEntry, state: ItemState) -> TimelineItem:
        client = self.client
        user_id = self.record.user_id if self.record else ""
        room = client.rooms.get(entry.room_id) if client is not None else None
        return TimelineItem(
            room_id=entry.room_id,
            event_id=entry.local_id,
            sender=user_id,
            sender_name=(room.user_name(user_id) if room is not None else None) or user_id,
            timestamp=entry.created,
            body=str(entry.content.get("body", "")),
            state=state,
            encrypted=self._room_encrypted(entry.room_id),
            own=True,
            html=sanitise(str(entry.content.get("formatted_body", "") or "")),
            reply_to=reply_parent(entry.content),
            msgtype=str(entry.content.get("msgtype", "m.text")),
            attachment=_echo_attachment(entry.content),
        )

    def _room_encrypted(self, room_id: str) -> bool:
        """nio's word once it is loaded; before (the window drawn from the cache), the cache's."""
        if self.client is not None:
            return nio_adapter.room_is_encrypted(self.client, room_id)
        cached = self._summaries.get(room_id)
        return cached is not None and cached.encrypted

    def _replace_echo(self, entry: OutboxEntry, state: ItemState) -> None:
        self._emit_all(self._timeline(entry.room_id).replace_fields(entry.local_id, state=state))

    def _kick_outbox(self, room_id: str) -> None:
        """Start sending a room's outbox unless it is being sent: one sender per room keeps
        the order."""
        task = self._outbox_senders.get(room_id)
        if task is None or task.done():
            self._outbox_senders[room_id] = asyncio.get_running_loop().create_task(
                self._drain_outbox(room_id), name=f"pli-outbox-{room_id}"
            )

    def _kick_all_outboxes(self) -> None:
        """After each sync: send what waits. Only room ids are read here (the sync loop's hot
        path); entries are decrypted only for a room we are no longer in."""
        if self.outbox is None or self.client is None:
            return
        for room_id in self.outbox.waiting_rooms():
            if room_id in self.client.rooms:
                self._kick_outbox(room_id)
            elif self._synced.is_set():
                # Synced, and the room is not ours any more (left, kicked): say so, keep it.
                for entry in self.outbox.entries(room_id):
                    if not entry.failed:
                        self.outbox.mark_failed(entry.txn_id, "not in this conversation any more")
                        self._replace_echo(entry, ItemState.FAILED)

    async def _drain_outbox(self, room_id: str) -> None:
        """Send a room's waiting messages in order. A network failure or a failing server
        (5xx) stops here; the next successful sync, or the message's own backoff, starts again
        (same transaction ids, so nothing goes twice). A 429 waits here, at least as long as
        the server asked. A refusal marks the message failed and goes on with the next one.
        Ends too once close() has dropped it from the senders (a cancel can be swallowed)."""
        while (
            self.outbox is not None and self._outbox_senders.get(room_id) is asyncio.current_task()
        ):
            waiting = [e for e in self.outbox.entries(room_id) if not e.failed]
            if not waiting:
                return
            entry = waiting[0]
            self._sending[room_id] = entry.txn_id
            try:
                content = entry.content
                if attachments.STAGED in content:
                    content = await self._upload_staged(room_id, entry)
                    if self._outbox_senders.get(room_id) is not asyncio.current_task() or (
                        self.outbox is None or not self.outbox.contains(entry.txn_id)
                    ):
                        return  # stopped (Stop sending, or closing) while it uploaded
                event_id, encrypted = await self._room_send(
                    room_id, entry.event_type, content, txn_id=entry.txn_id
                )
            except SendFailedOffline as error:
                self._settle(entry.txn_id, error=error)
                if error.rate_limited:
                    # "Too many requests": the server says when. Not the message's fault, so
                    # it stays "Sending…" however often it happens, and this room sends
                    # nothing before then — not even when a sync gets through first (which
                    # kicks the senders). nio does not retry these itself (nio_adapter).
                    # When the server gave no time, the backoff grows with each 429.
                    limits = self._rate_limits.get(entry.txn_id, 0) + 1
                    self._rate_limits[entry.txn_id] = limits
                    delay = retry.backoff(1 if error.retry_after else limits, error.retry_after)
                    log.info("message %s rate-limited: again in %.1f s", entry.txn_id, delay)
                    await asyncio.sleep(delay)
                    continue
                attempts = self._attempts.get(entry.txn_id, 0) + 1
                self._attempts[entry.txn_id] = attempts
                if attempts >= MAX_SEND_ATTEMPTS and self.state is ConnectionState.ONLINE:
                    # The server is reachable but keeps failing this one: show it, so that
                    # it does not hold the room's later messages back for ever.
                    self.outbox.mark_failed(entry.txn_id, str(error.args[0])[:200])
                    self._replace_echo(entry, ItemState.FAILED)
                    continue
                if self.state is ConnectionState.ONLINE:
                    # Syncs get through but this send did not (a stale connection after an
                    # outage, a busy server): try again soon rather than after the next
                    # long poll, backing off per message.
                    asyncio.get_running_loop().call_later(
                        retry.backoff(attempts), self._kick_outbox, room_id
                    )
                return
            except asyncio.CancelledError:
                self._settle(entry.txn_id, error=NotLoggedIn("closed while sending"))
                raise
            except (SendFailed, RoomNotReady, EncryptionNotEnabled, PliError) as error:
                if isinstance(error, VerifiedIdentityChanged):
                    for user_id in self.identity_changes(room_id) or [error.args_map["user"]]:
                        self._held_for_identity.setdefault(user_id, set()).add(entry.txn_id)
                reason = str(getattr(error, "args", [""])[0] or type(error).__name__)
                log.warning("message %s refused: %s", entry.txn_id, reason)
                self.outbox.mark_failed(entry.txn_id, reason[:200])
                self._replace_echo(entry, ItemState.FAILED)
                self._settle(entry.txn_id, error=error)
                continue
            # The server has it: out of the outbox, and its row takes its real event id.
            try:
                self.outbox.remove(entry.txn_id)
            except sqlite3.Error as error:
                # Left in the outbox, it is sent again with the same transaction id, which
                # the server deduplicates: no double message, at worst a late "Sending…".
                log.error("outbox: could not remove a sent message: %r", error)
                self._settle(entry.txn_id, error=ProfileUnavailable(repr(error)))
                return
            self._sending.pop(room_id, None)
            self._attempts.pop(entry.txn_id, None)
            self._rate_limits.pop(entry.txn_id, None)
            # The server has it: the row (or, for an edit or a reaction, the row it changes)
            # is now the event, as the sync will bring it — so later edits find it too.
            timeline = self._timeline(room_id)
            row = _is_row(entry)
            if row:
                self._remove_item(room_id, entry.local_id)
            sent = {
                "type": entry.event_type,
                "event_id": event_id,
                "sender": self.user_id,
                "origin_server_ts": entry.created if row else int(time.time() * 1000),
                "content": content,  # as sent (a file: with its mxc:// URL)
            }
            self._emit_all(timeline.add_event(sent, encrypted))
            self._remember(room_id, sent, encrypted)
            self._flush_cache()
            self._publish_room(room_id)
            item = timeline.get(event_id) or dataclasses.replace(
                self._echo(entry, ItemState.SENT), event_id=event_id, encrypted=encrypted
            )
            self._settle(entry.txn_id, item=item)

    def _settle(
        self, txn_id: str, item: TimelineItem | None = None, error: BaseException | None = None
    ) -> None:
        waiter = self._waiters.get(txn_id)
        if waiter is None or waiter.done():
            return
        if error is not None:
            waiter.set_exception(error)
        elif item is not None:
            waiter.set_result(item)

    def _install_key_sharing_policy(self, client: nio.AsyncClient) -> None:
        """Who gets a room key, decided when nio picks the recipients: nio asks
        `is_device_blacklisted` for every device, and for Pli the answer is `_may_share`,
        computed at share time (a send in another room never sees a looser state). Nothing is
        written to nio's store. (Earlier builds blacklisted in nio's store: undone here.)"""
        olm = client.olm
        if olm is None or getattr(olm, "_pli_policy", False):
            return
        stored = olm.is_device_blacklisted
        for device in list(olm.device_store):
            if stored(device):
                olm.unblacklist_device(device)  # only Pli ever blacklisted, for this policy

        def refused(device: Any) -> bool:
            return bool(stored(device)) or not self._may_share(device)

        olm.is_device_blacklisted = refused
        olm._pli_policy = True

    def _may_share(self, device: Any) -> bool:
        """A room key goes to a device only if the keys nio would encrypt it to are the
        checked ones of our key directory (crypto/recipients.py: fail closed, a conflict is
        reported), and, under the admin policy `verified_devices_only`, if our trust engine
        holds it verified (by us, or cross-signed by a master key we verified); under
        `exclude_insecure_devices` (the default, MSC4153), if its owner cross-signed it. Both
        except for the verification's own isolated session (_room_send_locked)."""
        recipients, trust = self.recipients, self.trust
        if recipients is None or trust is None:
            return False
        user_id, device_id = str(device.user_id), str(device.id)
        if not recipients.allows(user_id, device_id, str(device.curve25519), str(device.ed25519)):
            return False
        if _VERIFICATION_SEND.get():
            return True
        if self.policy.get("verified_devices_only"):
            return trust.device_verified(user_id, device_id)
        if self.policy.get("exclude_insecure_devices"):
            # MSC4153: only a device its owner cross-signed (whoever the owner is to us).
            refused = not trust.signed_by_owner(user_id, device_id)
            if refused:
                room_id = _SHARING_ROOM.get()
                if room_id:
                    self._withhold_from.setdefault(room_id, set()).add((user_id, device_id))
            return not refused
        return True

    async def _prepare_key_sharing(self, room_id: str, verification: bool = False) -> None:
        """Before an encrypted send: learn the checked keys of the room's devices our directory
        does not know yet (an unknown device gets no room key), and start a new Megolm
        session when the current one was given to a device that may no longer have it, or
        kept from one that now may."""
        client = self._require_client()
        olm = client.olm
        directory = self.directory
        if olm is None or directory is None or room_id not in client.rooms:
            return
        # What nio's room_send does first (members, then their keys), done here so that the
        # devices nio will share with are all in the directory before it asks _may_share; a
        # device nio learned after our refresh would be refused its key for this session.
        with contextlib.suppress(*network_errors(nio.LocalProtocolError)):
            if not client.rooms[room_id].members_synced:
                await client.joined_members(room_id)
            if client.should_query_keys:
                await client.keys_query()
        users = list(client.rooms[room_id].users)
        own = (client.user_id, client.device_id)
        devices = [
            d
            for u in users
            for d in olm.device_store.active_user_devices(u)
            if (d.user_id, d.id) != own
        ]
        unknown = sorted({d.user_id for d in devices if directory.device(d.user_id, d.id) is None})
        if unknown:
            with contextlib.suppress(PliError):
                await directory.refresh(unknown)
        changed = self.identity_changes(room_id)
        if changed and not verification:  # "Verify again" must get through
            # MSC4153: someone we verified has a new identity; nothing goes to this room
            # until the user says "I understand" or verifies them again.
            raise VerifiedIdentityChanged(f"identity changed: {changed}", user=changed[0])
        session = olm.outbound_group_sessions.get(room_id)
        if session is None:
            return

        def may_have(user_id: str, device_id: str) -> bool:
            if user_id not in olm.device_store.users:
                return False
            device = olm.device_store[user_id].get(device_id)
            return device is not None and self._may_share(device)

        lost = any(key != own and not may_have(*key) for key in session.users_shared_with)
        gained = any(key != own and may_have(*key) for key in session.users_ignored)
        if lost or gained:
            log.info("new room session for %s (who may read it changed)", room_id)
            nio_adapter.reset_key_sharing(client, room_id)

    async def _room_send(
        self,
        room_id: str,
        event_type: str,
        content: dict[str, Any],
        verification: bool = False,
        txn_id: str | None = None,
    ) -> tuple[str, bool]:
        """Send one event, encrypted whenever the room is (never plaintext into an encrypted
        room). Returns (event id, encrypted). Sends to one room are serialised, so that the
        key-sharing policy applied before a send is the one the send uses."""
        lock = self._send_locks.setdefault(room_id, asyncio.Lock())
        async with lock:
            return await self._room_send_locked(room_id, event_type, content, verification, txn_id)

    async def _room_send_locked(
        self,
        room_id: str,
        event_type: str,
        content: dict[str, Any],
        verification: bool,
        txn_id: str | None,
    ) -> tuple[str, bool]:
        client = self.client
        if client is None or room_id not in client.rooms:  # before the first sync, too
            raise RoomNotReady(f"unknown room {room_id}")
        encrypted = nio_adapter.room_is_encrypted(client, room_id) or (
            room_id in self._expect_encrypted
        )
        if encrypted:
            nio_adapter.require_encryption(client, room_id)
            nio_adapter.mark_encrypted(client, room_id)
            isolate = verification and bool(
                self.policy.get("verified_devices_only")
                or self.policy.get("exclude_insecure_devices")
            )
            if isolate:
                # Verifying someone means they cannot be verified yet: under "verified devices
                # only" their devices get no room key, so they could not read the request.
                # Verification events (public keys, commitments, MACs) go in a Megolm session
                # of their own, shared with every device of the room and dropped right after;
                # messages never use it.
                # The exemption is a context variable: it holds in this task only, never for a
                # send running at the same time in another room.
                nio_adapter.reset_key_sharing(client, room_id)
            await self._prepare_key_sharing(room_id, verification)
        else:
            isolate = False
        token = _VERIFICATION_SEND.set(isolate)
        room_token = _SHARING_ROOM.set(room_id)
        try:
            result = await self._send_event(client, room_id, event_type, content, encrypted, txn_id)
        finally:
            _SHARING_ROOM.reset(room_token)
            _VERIFICATION_SEND.reset(token)
            if isolate:
                nio_adapter.reset_key_sharing(client, room_id)
        if encrypted:
            await self._send_withheld(room_id)
        return result

    async def _send_withheld(self, room_id: str) -> None:
        """Tell each device refused this room's key why (m.room_key.withheld, "m.unverified"),
        once per session, so that its client says "the sender does not trust this device"
        instead of "waiting for the key" for ever."""
        refused = self._withhold_from.pop(room_id, set())
        client = self.client
        olm = client.olm if client is not None else None
        session = olm.outbound_group_sessions.get(room_id) if olm is not None else None
        if not refused or session is None or client is None:
            return
        content = {
            "algorithm": "m.megolm.v1.aes-sha2",
            "room_id": room_id,
            "session_id": session.id,
            "sender_key": nio_adapter.device_curve25519(client),
            "from_device": client.device_id,
            "code": "m.unverified",
            "reason": "The sender does not share keys with devices their owner has not verified.",
        }
        for user_id, device_id in sorted(refused):
            if (session.id, user_id, device_id) in self._withheld_sent:
                continue
            self._withheld_sent.add((session.id, user_id, device_id))
            try:
                await self.send_to_device(WITHHELD, user_id, {device_id: content})
            except PliError as error:
                log.info("m.room_key.withheld to %s %s not sent: %r", user_id, device_id, error)

    def identity_changes(self, room_id: str) -> list[str]:
        """Members of this room whose verified identity changed and who are not acknowledged
        yet (MSC4153: sending to them stops until the user decides)."""
        client, trust = self.client, self.trust
        if client is None or trust is None or room_id not in client.rooms:
            return []
        if not self.policy.get("exclude_insecure_devices"):
            return []
        return sorted(u for u in client.rooms[room_id].users if trust.verification_violated(u))

    def acknowledge_identity_change(self, user_id: str) -> None:
        """ "I understand": the new identity is accepted as it is (not verified), and the
        messages held for it go."""
        if self.trust is None:
            return
        self.trust.store.acknowledge_change(user_id)
        self._emit(TrustChanged(user_id))
        for txn_id in sorted(self._held_for_identity.pop(user_id, set())):
            with contextlib.suppress(PliError, KeyError, sqlite3.Error):
                self.retry_message(txn_id)

    async def _send_event(
        self,
        client: nio.AsyncClient,
        room_id: str,
        event_type: str,
        content: dict[str, Any],
        encrypted: bool,
        txn_id: str | None = None,
    ) -> tuple[str, bool]:
        if encrypted and event_type == REACTION:
            # nio would send a reaction in clear, even here.
            call = nio_adapter.room_send_encrypted(client, room_id, event_type, content, txn_id)
        else:
            call = client.room_send(
                room_id,
                event_type,
                content,
                # Like Element's default, unverified devices of room members get the room
                # key, unless the admin policy "verified devices only" refuses them at
                # share time (_install_key_sharing_policy).
                ignore_unverified_devices=True,
                tx_id=txn_id,  # the outbox's: a resend after a crash is deduplicated
            )
        try:
            response = await asyncio.wait_for(call, SEND_DEADLINE)
        except network_errors(asyncio.CancelledError) as error:
            nio_adapter.reset_key_sharing(client, room_id)
            if isinstance(error, asyncio.CancelledError):
                raise
            raise SendFailedOffline(repr(error)) from error
        except (
            nio.SendRetryError,
            nio.LocalProtocolError,
            nio.EncryptionError,
            nio.GroupEncryptionError,
        ) as error:
            nio_adapter.reset_key_sharing(client, room_id)
            if isinstance(error, nio.LocalProtocolError) and "logged in" in str(error).lower():
                # The session ended (soft logout): kept, sent again once signed back in.
                raise SendFailedOffline(repr(error)) from error
            raise SendFailed(repr(error), reason=str(error)) from error
        if not isinstance(response, nio.RoomSendResponse):
            nio_adapter.reset_key_sharing(client, room_id)
            # Busy, failing, rate-limited or signed out for now: kept and sent again later;
            # refused for good: "Not sent".
            raise retry.send_failure(response, "send")
        if encrypted:
            self._backup_dirty = True  # a new outbound session has an inbound twin to back up
        return str(response.event_id), encrypted

    # --- the verification transport (VerificationManager sends through these) ----------------

    async def send_in_room(self, room_id: str, event_type: str, content: dict[str, Any]) -> str:
        event_id, _encrypted = await self._room_send(
            room_id, event_type, content, verification=True
        )
        return event_id

    async def send_to_device(
        self, event_type: str, user_id: str, contents: dict[str, dict[str, Any]]
    ) -> None:
        """Verification messages go to-device in clear, as Element sends them: they carry
        public keys and MACs only (the spec allows it; the QR secret only proves a scan)."""
        client = self._require_client()
        for device_id, content in contents.items():
            message = nio.ToDeviceMessage(event_type, user_id, device_id, content)
            response = await self._network("to-device", client.to_device(message))
            if not isinstance(response, nio.ToDeviceResponse):
                raise from_error_response(response, "to-device")

    async def create_direct_chat(self, user_id: str, timeout: float = 30.0) -> str:
        return await self._create_room(invite=[user_id], name=None, direct=True, timeout=timeout)

    async def create_room(
        self,
        name: str,
        invite: list[str] | None = None,
        timeout: float = 30.0,
        topic: str = "",
    ) -> str:
        """A new room, always end-to-end encrypted (Pli offers no unencrypted rooms)."""
        for user in invite or []:
            if not valid_user_id(user):
                raise InvalidInvitee(user, user=user)
        return await self._create_room(
            invite=invite or [], name=name, direct=False, timeout=timeout, topic=topic
        )

    async def _create_room(
        self, invite: list[str], name: str | None, direct: bool, timeout: float, topic: str = ""
    ) -> str:
        """Create a room with encryption in its initial state, and check it really is
        encrypted once synced: never silently off."""
        client = self._require_client()
        response = await self._network(
            "create room",
            client.room_create(
                name=name,
                invite=invite,
                is_direct=direct,
                topic=topic.strip() or None,
                preset=nio.RoomPreset.trusted_private_chat
                if direct
                else nio.RoomPreset.private_chat,
                initial_state=[
                    {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": MEGOLM}}
                ],
            ),
        )
        if not isinstance(response, nio.RoomCreateResponse):
            raise from_error_response(response, "create room")
        room_id = str(response.room_id)
        self._expect_encrypted.add(room_id)
        await self._wait_for(lambda: room_id in self._summaries, timeout)

        # Wait until the invitations are in our view of the room too: a message sent before
        # that would be encrypted for us alone and stay unreadable for the invitees.
        def invitees_known() -> bool:
            room = client.rooms.get(room_id)
            return room is not None and all(user in room.users for user in invite)

        try:
            await self._wait_for(invitees_known, timeout)
        except RoomNotReady:
            log.warning("invitations to %s not seen yet; the room exists anyway", room_id)
        # A sync can return the new room before all of its initial state (Synapse wakes the
        # long poll at the first event): wait for the encryption event, then fail loudly.
        try:
            await self._wait_for(lambda: nio_adapter.room_is_encrypted(client, room_id), timeout)
        except RoomNotReady:
            raise EncryptionNotEnabled(f"room {room_id} has no m.room.encryption") from None
        return room_id

    async def _wait_for(self, condition: Callable[[], bool], timeout: float) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while not condition():
            if asyncio.get_running_loop().time() > deadline:
                raise RoomNotReady("timed out waiting for the room")
            await asyncio.sleep(0.05)

    async def wait_for_room(self, room_id: str, timeout: float = 30.0) -> None:
        """Wait until a room (joined or invited) shows up in a sync."""
        await self._wait_for(lambda: room_id in self._summaries, timeout)

    async def accept_invite(self, room_id: str, timeout: float = 30.0) -> None:
        client = self._require_client()
        response = await self._network("join", client.join(room_id))
        if isinstance(response, nio.JoinError):
            raise from_error_response(response, "join")
        await self._wait_for(
            lambda: room_id in self._summaries and not self._summaries[room_id].is_invite,
            timeout,
        )

    async def decline_invite(self, room_id: str) -> None:
        client = self._require_client()
        response = await self._network("leave", client.room_leave(room_id))
        if isinstance(response, nio.ErrorResponse):
            raise from_error_response(response, "leave")
        await self._network("forget", client.room_forget(room_id))
        if self._summaries.pop(room_id, None) is not None:
            self._emit(RoomRemoved(room_id))

    async def set_display_name(self, name: str) -> None:
        client = self._require_client()
        response = await self._network("display name", client.set_displayname(name))
        if isinstance(response, nio.ErrorResponse):
            raise from_error_response(response, "display name")

    async def _mark_all_read(self, rooms: set[str]) -> None:
        for room_id in rooms:
            await self.mark_read(room_id)

    async def mark_read(self, room_id: str) -> None:
        """Move our read marker and receipt to the last event, so the unread count clears."""
        client = self.client
        if client is None:  # the window drawn from the cache, the engine still loading
            self._read_later.add(room_id)
            return
        on_server = [
            item.event_id
            for item in self._timeline(room_id).items()
            if item.state not in (ItemState.PENDING, ItemState.FAILED)
        ]
        if not on_server:
            return
        event_id = on_server[-1]
        try:
            await client.room_read_markers(room_id, fully_read_event=event_id, read_event=event_id)
        except network_errors():
            log.info("read marker not sent (offline)")
