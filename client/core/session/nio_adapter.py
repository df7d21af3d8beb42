"""The one place that builds and corrects nio's AsyncClient.

Traps closed here (FACTS.md, each pinned by tests/unit/core/session/test_nio_adapter.py):
- nio sends *plaintext* into an encrypted room when its store is not loaded (`client.olm` is
  None): `require_encryption()` refuses, and `mark_encrypted()` makes sure nio's room flag
  agrees with what we know before every send.
- nio retries connection errors forever inside each request (`max_timeouts=None`): we set 0 so
  the error reaches our sync loop, which owns the backoff and the visible connection state.
- nio answers a 429 by sleeping inside the request (`retry_after_ms` from the body, else 5 s:
  it never reads the Retry-After header) and trying again, `max_limit_exceeded` times (3 here),
  before the 4th 429 comes back to the caller. For /sync, room sends and media uploads our own
  loops retry (session.py, retry.py): there nio's sleep would hide the wait (the status bar
  says "online"), eat the deadline we give the request, and go sooner than a Retry-After
  header asks; so on those paths the first 429 comes straight back (`PliAsyncClient`). Every
  other call keeps nio's retries, so that an interactive one (create a room, invite) waits
  out a short rate limit instead of failing.
- nio's default pickle key is the constant "DEFAULT_KEY": we always pass one derived from the
  keyring's store key.
- nio's room_send sends `m.reaction` in clear even in an encrypted room ("Reactions as of yet
  don't support encryption"): `room_send_encrypted()` encrypts it like any other event.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any
from uuid import uuid4

from nio import (
    AsyncClient,
    AsyncClientConfig,
    RoomSendResponse,
    ToDeviceMessage,
    ToDeviceResponse,
)
from nio.api import Api
from nio.exceptions import LocalProtocolError

from client.core.errors import EncryptionNotLoaded
from client.core.session.credentials import Credentials

# nio logs the failing JSON of events it cannot validate: after decryption that is message text
# or a Megolm session key (events/misc.py, responses.py, olm_machine.py). Keep the fact, drop
# the content, at every level.
_CONTENT_BEARING = ("Error validating", "Failed to parse Olm message payload")


class RedactNioContent(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        for prefix in _CONTENT_BEARING:
            if message.startswith(prefix):
                record.msg = f"{prefix} (content withheld by Pli)"
                record.args = ()
        return True


_REDACTOR = RedactNioContent()


def redact_nio_logs() -> None:
    """Attach the filter to every nio logger (filters do not inherit down the hierarchy)."""
    manager = logging.getLogger().manager
    names = [n for n in list(manager.loggerDict) if n == "nio" or n.startswith("nio.")]
    for name in names:
        logger = logging.getLogger(name)
        if _REDACTOR not in logger.filters:
            logger.addFilter(_REDACTOR)


redact_nio_logs()

# The first sync asks the server for this many timeline events per room, so history shows at
# start without a local cache (issue 5 brings the encrypted cache and back-pagination).
INITIAL_TIMELINE_LIMIT = 50
FIRST_SYNC_FILTER: dict[str, Any] = {
    "room": {"timeline": {"limit": INITIAL_TIMELINE_LIMIT}, "state": {"lazy_load_members": False}}
}


# Requests whose 429s our own loops retry (see the module's docstring).
_OWN_429_RETRIES = re.compile(
    r"^/_matrix/(client/v3/sync\b|client/v3/rooms/[^/]+/send/|media/v3/upload\b)"
)
_WE_RETRY_429: ContextVar[bool] = ContextVar("pli_we_retry_429", default=False)


class PliAsyncClient(AsyncClient):  # type: ignore[misc]  # nio has no type information
    """nio's client, with its in-request 429 retries off for the paths we retry ourselves.
    nio reads `config.max_limit_exceeded` at the start of each request; the config seen is
    chosen per request through a context variable, so requests running at the same time in
    other tasks (room-key sharing beside a send) keep their own."""

    @property
    def credentials(self) -> Credentials:
        """The token's one owner, shared with the KeysApi (session/credentials.py)."""
        owner = self.__dict__.get("_pli_credentials")
        if owner is None:
            owner = self.__dict__["_pli_credentials"] = Credentials()
        return owner

    @property
    def access_token(self) -> str:
        return self.credentials.token

    @access_token.setter
    def access_token(self, value: str) -> None:  # nio's login, restore and soft logout
        self.credentials.token = value

    @property
    def config(self) -> Any:
        return self._pli_own_429_config if _WE_RETRY_429.get() else self._pli_config

    @config.setter
    def config(self, value: Any) -> None:  # nio's __init__ sets it (twice)
        self._pli_config = value
        self._pli_own_429_config = (
            dataclasses.replace(value, max_limit_exceeded=0)
            if isinstance(value, AsyncClientConfig)
            else value
        )

    async def _send(
        self, response_class: type, method: str, path: str, *args: Any, **kw: Any
    ) -> Any:
        token = _WE_RETRY_429.set(_OWN_429_RETRIES.match(path) is not None)
        try:
            return await super()._send(response_class, method, path, *args, **kw)
        finally:
            _WE_RETRY_429.reset(token)


def make_client(
    homeserver: str,
    user_id: str,
    device_id: str | None,
    store_path: str,
    pickle_key: str | None,
    proxy: str = "",
) -> AsyncClient:
    config = AsyncClientConfig(
        encryption_enabled=True,
        store_sync_tokens=False,  # each start is a full initial sync, see session.py
        pickle_key=pickle_key or "",
        max_timeouts=0,
        max_limit_exceeded=3,
        request_timeout=30,
    )
    return PliAsyncClient(
        homeserver,
        user=user_id,
        device_id=device_id,
        store_path=store_path,
        config=config,
        ssl=None,
        proxy=proxy or None,  # nio routes it through aiohttp_socks, as network.py does
    )


def is_unpickling_error(error: BaseException) -> bool:
    """True when nio's store could not be decrypted (wrong or lost pickle key), as opposed to a
    busy or unreadable database."""
    import vodozemac

    kinds = (vodozemac.PickleException, vodozemac.LibolmPickleException, vodozemac.DecodeException)
    return isinstance(error, kinds)


def encryption_loaded(client: AsyncClient) -> bool:
    return client.olm is not None and client.store is not None


def require_encryption(client: AsyncClient, room_id: str) -> None:
    if not encryption_loaded(client):
        raise EncryptionNotLoaded(f"refusing to send into encrypted room {room_id}: no olm")


def room_is_encrypted(client: AsyncClient, room_id: str) -> bool:
    room = client.rooms.get(room_id)
    return bool((room is not None and room.encrypted) or room_id in client.encrypted_rooms)


def reset_key_sharing(client: AsyncClient, room_id: str) -> None:
    """After a failed send, make the next one start clean.

    nio registers `sharing_session[room_id]` before claiming keys, outside its try/finally: one
    network error there leaves the entry behind and every later send to the room waits on it
    forever. And a share that half failed still marks the session shared, so some devices
    would never get its key. Dropping both makes the next send create and share a new session.
    """
    pending = client.sharing_session.pop(room_id, None)
    if pending is not None:
        pending.set()
    if client.olm is not None:
        client.olm.outbound_group_sessions.pop(room_id, None)


def is_joined_member(client: AsyncClient, room_id: str, user_id: str) -> bool:
    """Joined now (nio's `users` also lists invited people, who cannot have sent anything)."""
    room = client.rooms.get(room_id)
    if room is None:
        return False
    return user_id in room.users and user_id not in (room.invited_users or {})


def mark_encrypted(client: AsyncClient, room_id: str) -> None:
    """nio decides to encrypt from `room.encrypted` alone; make it agree with the store's list."""
    room = client.rooms.get(room_id)
    if room is not None:
        room.encrypted = True


def disable_nio_verification(client: AsyncClient) -> None:
    """nio answers verification messages itself with its own (broken, FACTS.md) SAS: it would
    queue cancels for flows it does not understand (QR, requests) that our sync loop sends.
    Our trust engine (client/core/verification) owns verification, so nio's handler is
    switched off on this client's Olm machine."""
    olm = client.olm
    if olm is None:
        return
    olm.handle_key_verification = lambda event: None


def track_authenticated_sessions(
    client: AsyncClient, record: Callable[[str, str, str, str], None]
) -> None:
    """Tell `record(room_id, session_id, sender_key, ed25519)` of every Megolm session that
    reached this device authenticated (issue 15.2). nio creates an inbound session in
    `create_group_session` for exactly two causes, both authenticated: an m.room_key that came
    over Olm (its sender key is the Olm session's, which Olm proves) and our own outbound
    session. Backups, key files and forwards go elsewhere (`import_group_session`,
    `_handle_forwarded_room_key_event`, `_add_to_memory` here), so they stay unauthenticated
    until the device's own key confirms them. The session key is checked here too: nio keeps
    an older copy of a session it already holds, so its success says nothing."""
    from nio.crypto import InboundGroupSession

    olm = client.olm
    if olm is None:
        return
    original = olm.create_group_session

    def create_group_session(
        sender_key: str, sender_fp_key: str, room_id: str, session_id: str, session_key: str
    ) -> None:
        original(sender_key, sender_fp_key, room_id, session_id, session_key)
        try:
            session = InboundGroupSession(session_key, sender_fp_key, sender_key, room_id)
        except Exception:  # a bad key proves nothing (nio logged it)
            return
        if session.id == session_id:
            record(room_id, session_id, sender_key, sender_fp_key)

    olm.create_group_session = create_group_session


def megolm_signing_key(client: AsyncClient, room_id: str, sender_key: str, session_id: str) -> str:
    """The Ed25519 key nio's stored copy of a session claims ("" when it holds none)."""
    olm = client.olm
    if olm is None:
        return ""
    session = olm.inbound_group_store.get(room_id, sender_key, session_id)
    key = getattr(session, "ed25519", "") if session is not None else ""
    return key if isinstance(key, str) else ""


def device_curve25519(client: AsyncClient) -> str:
    olm = client.olm
    if olm is None:
        raise EncryptionNotLoaded("no olm account")
    return str(olm.account.identity_keys["curve25519"])


def device_ed25519(client: AsyncClient) -> str:
    olm = client.olm
    if olm is None:
        raise EncryptionNotLoaded("no olm account")
    return str(olm.account.identity_keys["ed25519"])


# --- room keys in and out (key backup, key files) ---------------------------------------------

MEGOLM_ALGORITHM = "m.megolm.v1.aes-sha2"


def export_room_keys(client: AsyncClient, known: set[str] | None = None) -> list[dict[str, Any]]:
    """Every inbound Megolm session this device holds, in the spec's export format
    (sessions whose id is in `known` are skipped: already backed up)."""
    olm = client.olm
    if olm is None:
        raise EncryptionNotLoaded("no olm account")
    exported = []
    for session in _inbound_sessions(olm):
        if known is not None and session.id in known:
            continue
        exported.append(
            {
                "algorithm": MEGOLM_ALGORITHM,
                "sender_key": session.sender_key,
                "sender_claimed_keys": {"ed25519": session.ed25519},
                "forwarding_curve25519_key_chain": list(session.forwarding_chain),
                "room_id": session.room_id,
                "session_id": session.id,
                "session_key": session.export_session(session.first_known_index),
                "first_message_index": session.first_known_index,
            }
        )
    return exported


def _inbound_sessions(olm: Any) -> list[Any]:
    return list(olm.inbound_group_store)


def import_room_keys(client: AsyncClient, sessions: list[dict[str, Any]]) -> int:
    """Add exported/backed-up sessions to nio's store; returns how many were new or better. A
    session we already hold from the same or an earlier message index is kept (nio's own
    store would replace it with whatever comes last)."""
    olm = client.olm
    if olm is None:
        raise EncryptionNotLoaded("no olm account")
    new = _add_to_memory(olm, sessions)
    if new:
        _save_in_bulk(olm, new)
    return len(new)


def _add_to_memory(olm: Any, sessions: list[dict[str, Any]]) -> list[Any]:
    from nio.crypto import Olm

    new = []
    for data in sessions:
        if data.get("algorithm") != MEGOLM_ALGORITHM:
            continue
        claimed = data.get("sender_claimed_keys")
        ed25519 = claimed.get("ed25519") if isinstance(claimed, dict) else None
        chain = data.get("forwarding_curve25519_key_chain") or []
        fields = (data.get("session_key"), data.get("sender_key"), data.get("room_id"))
        if not isinstance(ed25519, str) or not isinstance(chain, list):
            continue
        if not all(isinstance(field, str) for field in fields):
            continue
        session = Olm._import_group_session(fields[0], ed25519, fields[1], fields[2], chain)
        if session is None:
            continue
        known = olm.inbound_group_store.get(session.room_id, session.sender_key, session.id)
        if known is not None and known.first_known_index <= session.first_known_index:
            continue  # what we hold decrypts at least as much: keep it
        olm.inbound_group_store.add(session)
        new.append(session)
    return new


def _save_in_bulk(olm: Any, sessions: list[Any]) -> None:
    """Write new inbound sessions in one transaction with multi-row inserts. nio saves one
    session per call, re-binding its peewee models each time: 270 keys/s (bench/key_backup.py).
    Falls back to nio's own save if its store is not the one we know (pinned by a test)."""
    store = getattr(olm, "store", None)
    try:
        from nio.store.models import MegolmInboundSessions

        database, models, pickle_key = store.database, store.models, store.pickle_key  # type: ignore[union-attr]
    except (AttributeError, ImportError):
        for session in sessions:
            olm.save_inbound_group_session(session)
        return
    with database.bind_ctx(models), database.atomic():
        account = store._get_account()  # type: ignore[union-attr]
        rows = [
            {
                "sender_key": session.sender_key,
                "account": account,
                "fp_key": session.ed25519,
                "room_id": session.room_id,
                "session": session.pickle(pickle_key),
                "session_id": session.id,
            }
            for session in sessions
        ]
        for start in range(0, len(rows), 200):  # SQLite's limit on bound variables
            MegolmInboundSessions.insert_many(
                rows[start : start + 200]
            ).on_conflict_ignore().execute()


def capture_olm_payloads(client: AsyncClient, types: frozenset[str], handler: Any) -> None:
    """nio drops Olm-decrypted to-device payloads other than room keys and dummies (FACTS.md:
    m.secret.send never arrives). Hand those of `types` to handler(sender, sender_key,
    payload) instead; everything else goes to nio as before."""
    olm = client.olm
    if olm is None:
        return
    original = olm._handle_olm_event

    def handle(sender: str, sender_key: str, payload: dict[Any, Any]) -> Any:
        if isinstance(payload, dict) and payload.get("type") in types:
            try:
                handler(sender, sender_key, payload)
            except Exception:  # a bad payload must not break nio's to-device handling
                logging.getLogger(__name__).exception("captured Olm payload handler failed")
            return None
        return original(sender, sender_key, payload)

    olm._handle_olm_event = handle


OlmRecipientCheck = Callable[[str, str, str, str], bool]  # (user, device, curve25519, ed25519)


async def send_olm_encrypted(
    client: AsyncClient,
    user_id: str,
    device_id: str,
    event_type: str,
    content: dict[str, Any],
    allowed: OlmRecipientCheck,
) -> bool:
    """Send one to-device event Olm-encrypted to one device (nio only does this for room keys):
    its device keys must be known; an Olm session is claimed if there is none. Only when
    `allowed` accepts the exact keys nio would encrypt to (crypto/recipients.py: nio's store
    keeps the first keys it saw for a device id, which may not be the ones verified). False
    when the device cannot, or may not, be reached that way."""
    from nio import KeysClaimResponse

    olm = client.olm
    if olm is None:
        raise EncryptionNotLoaded("no olm account")
    device = olm.device_store[user_id].get(device_id) if user_id in olm.device_store.users else None
    if device is None:
        await client.keys_query()
        device = (
            olm.device_store[user_id].get(device_id) if user_id in olm.device_store.users else None
        )
    if device is None:
        return False
    if not allowed(user_id, device_id, str(device.curve25519), str(device.ed25519)):
        return False
    session = olm.session_store.get(device.curve25519)
    if session is None:
        response = await client.keys_claim({user_id: [device_id]})
        if not isinstance(response, KeysClaimResponse):
            return False
        session = olm.session_store.get(device.curve25519)
    if session is None:
        return False
    payload = olm._olm_encrypt(session, device, event_type, content)
    response = await client.to_device(
        ToDeviceMessage("m.room.encrypted", user_id, device_id, payload)
    )
    return isinstance(response, ToDeviceResponse)


def harden_event_parsing() -> None:
    """nio parses each event of a sync with `<Kind>Event.parse_event`, and some malformed
    events make it raise (a string `origin_server_ts` breaks its BadEvent path with a
    TypeError; the fuzz tests found it). One such event would fail the whole sync, again on
    every retry: the account would stop syncing for good. Wrapped here, a parser that raises
    gives nio's own UnknownBadEvent for that event, and the rest of the sync goes on."""
    from nio.events import (
        AccountDataEvent,
        EphemeralEvent,
        Event,
        InviteEvent,
        ToDeviceEvent,
    )
    from nio.events.misc import UnknownBadEvent

    for kind in (Event, ToDeviceEvent, InviteEvent, EphemeralEvent, AccountDataEvent):
        current = kind.__dict__["parse_event"]
        if getattr(current, "__pli_safe__", False):
            continue
        original = current.__func__

        def safe(cls: Any, event_dict: Any, _original: Any = original) -> Any:
            try:
                return _original(cls, event_dict)
            except Exception as error:
                logging.getLogger(__name__).warning("unparseable event skipped: %r", error)
                return UnknownBadEvent(event_dict if isinstance(event_dict, dict) else {})

        wrapped = classmethod(safe)
        wrapped.__pli_safe__ = True  # type: ignore[attr-defined]
        setattr(kind, "parse_event", wrapped)  # noqa: B010

    # The same for decryption: nio validates the *decrypted* JSON (attacker-controlled) and its
    # BadEvent path can raise TypeError, which its no-error wrapper lets through (it catches
    # EncryptionError only). An event that cannot be decrypted safely stays undecrypted.
    from nio.crypto.olm_machine import Olm

    current = Olm.__dict__["_decrypt_megolm_no_error"]
    if not getattr(current, "__pli_safe__", False):

        def safe_decrypt(self: Any, event: Any, room_id: str | None = None) -> Any:
            try:
                return current(self, event, room_id)
            except Exception as error:
                logging.getLogger(__name__).warning("undecryptable event skipped: %r", error)
                return None

        safe_decrypt.__pli_safe__ = True  # type: ignore[attr-defined]
        Olm._decrypt_megolm_no_error = safe_decrypt


DRAFT4 = "http://json-schema.org/draft-04/schema#"
ORIGINAL_VALIDATE_JSON: Any = None  # nio's own (jsonschema), kept for the trap tests


def _defaults_first(schema: Any) -> Any:
    """nio's validator fills a property's default before `required` is checked (the
    `properties` keyword comes first), so a required property with a default is never
    missing; fastjsonschema checks `required` first. The same meaning: such properties are
    not required (the default is filled in anyway)."""
    if isinstance(schema, list):
        return [_defaults_first(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    copied = {key: _defaults_first(value) for key, value in schema.items()}
    nested = copied.get("properties")
    if isinstance(copied.get("default"), dict) and isinstance(nested, dict):
        # nio then descends into the default it inserted and fills its inner defaults too.
        filled = dict(copied["default"])
        for name, inner in nested.items():
            if isinstance(inner, dict) and "default" in inner:
                filled.setdefault(name, inner["default"])
        copied["default"] = filled
    properties = copied.get("properties")
    if isinstance(properties, dict) and isinstance(copied.get("required"), list):
        copied["required"] = [
            name
            for name in copied["required"]
            if not (isinstance(properties.get(name), dict) and "default" in properties[name])
        ]
    return copied


def speed_up_event_validation() -> None:
    """nio checks every event against a JSON schema with jsonschema, building a validator
    for each call: about five per decrypted message, which held catch-up at ~2,300 messages/s
    (bench/large_account.py). The same schemas are compiled once with fastjsonschema, which
    also fills in defaults as nio's extended validator does, with nio's two custom formats; a
    failure still raises jsonschema's ValidationError, which is what nio catches.
    tests/unit/core/session/test_nio_adapter.py checks both validators agree."""
    import fastjsonschema
    import jsonschema
    import nio.responses
    from nio import schemas
    from nio.crypto import olm_machine
    from nio.events import misc

    if getattr(misc.validate_json, "__pli_fast__", False):
        return
    original = schemas.validate_json
    global ORIGINAL_VALIDATE_JSON
    ORIGINAL_VALIDATE_JSON = original
    compiled: dict[int, tuple[object, Any]] = {}
    formats: dict[str, Any] = {
        "user_id": lambda value: value.startswith("@") and ":" in value,
        "http_url": r"^https?://.+",
    }

    def fast_validate(instance: Any, schema: Any) -> None:
        entry = compiled.get(id(schema))
        if entry is None or entry[0] is not schema:
            try:
                # Draft 4, as nio's validator (it ignores later keywords such as `const`).
                draft4 = {**_defaults_first(schema), "$schema": DRAFT4}
                validator = fastjsonschema.compile(draft4, formats=formats, use_default=True)
            except Exception:  # a schema it cannot compile: nio's own way
                validator = None
            entry = (schema, validator)
            compiled[id(schema)] = entry
        validator = entry[1]
        if validator is None:
            original(instance, schema)
            return
        try:
            validator(instance)
        except fastjsonschema.JsonSchemaException as error:
            raise jsonschema.ValidationError(str(error)) from None

    fast_validate.__pli_fast__ = True  # type: ignore[attr-defined]
    for module in (schemas, misc, nio.responses, olm_machine):
        module.validate_json = fast_validate


harden_event_parsing()
speed_up_event_validation()


async def room_send_encrypted(
    client: AsyncClient, room_id: str, event_type: str, content: dict[str, Any], tx_id: str | None
) -> Any:
    """nio's room_send for an encrypted room, for every event type: the same member sync and
    room-key sharing (through our key-sharing policy), then `client.encrypt` — which, like
    Element, leaves `m.relates_to` in the clear wrapper for the server to aggregate — and the
    PUT as m.room.encrypted. nio itself skips encryption for m.reaction."""
    require_encryption(client, room_id)
    room = client.rooms.get(room_id)
    if room is None:
        raise LocalProtocolError(f"No such room with id {room_id} found.")
    if not room.members_synced:
        await client.joined_members(room_id)
        if client.should_query_keys:
            await client.keys_query()
    olm = client.olm
    assert olm is not None  # require_encryption
    if olm.should_share_group_session(room_id):
        sharing = client.sharing_session.get(room_id)
        if sharing is not None:
            await sharing.wait()
        else:
            await client.share_group_session(room_id, ignore_unverified_devices=True)
    kind, encrypted = client.encrypt(room_id, event_type, content)
    method, path, data = Api.room_send(
        client.access_token, room_id, kind, encrypted, tx_id or str(uuid4())
    )
    return await client._send(RoomSendResponse, method, path, data, (room_id,))
