"""One key verification, as an explicit state machine (spec "Key verification framework",
"SAS", "QR codes"). Sans-IO: the flow takes incoming messages and user actions, and leaves the
messages to send in `outbox` and, once DONE, what was proven in `outcome`. The manager
(manager.py) does the network and applies the trust.

Sequence (to-device between my devices; in a room between users the request is an
m.room.message and later messages carry m.relates_to m.reference <request event id>):

    Requester                                      Responder
    REQUESTED  ── request (methods) ─────────────▶ INCOMING   (other devices: cancel m.accepted)
    READY      ◀─────────────────── ready (methods) READY
      emoji:
    SAS_STARTED ── start m.sas.v1 ───────────────▶ SAS_STARTED
               ◀──────────────── accept (commitment)
               ── key ───────────────────────────▶
               ◀──────────────────────────── key
    SAS_COMPARE  (both show the same 7 emoji / 3 numbers; users compare)
    SAS_CONFIRMED ── mac (device key, master key) ─▶ ◀── mac ── SAS_CONFIRMED
    WAITING_DONE  ── done ───────────────────────▶ ◀── done ── WAITING_DONE
    DONE                                            DONE
      QR (either side may show; here the responder shows, the requester scans):
    QR_SCANNED ── start m.reciprocate.v1 (secret) ▶ QR_CONFIRM (user: "they scanned it")
               ◀───────────────────────────── done WAITING_DONE
    DONE       ── done ──────────────────────────▶ DONE

Any state ── cancel (code) ──▶ CANCELLED. Nothing is trusted before DONE.
"""

from __future__ import annotations

import enum
import hmac
import logging
import secrets
from dataclasses import dataclass
from typing import Any, Protocol

from client.core.crypto.signing import b64_decode
from client.core.verification import messages as m
from client.core.verification import qr
from client.core.verification.messages import CancelCode, Incoming, InvalidMessage
from client.core.verification.sas import SasEmoji, commitment, emoji_table
from client.core.verification.sas_exchange import SasExchange, mac_info, sas_info

log = logging.getLogger(__name__)

OUR_METHODS = (m.SAS_V1, m.QR_SHOW, m.QR_SCAN, m.RECIPROCATE)


class State(enum.Enum):
    REQUESTED = "requested"  # we asked; waiting for a ready
    INCOMING = "incoming"  # they asked; our user accepts or declines
    READY = "ready"  # agreed on methods; show a QR, scan one, or start emoji
    SAS_STARTED = "sas_started"  # a SAS start is in effect; keys being exchanged
    SAS_COMPARE = "sas_compare"  # short strings shown; our user compares
    SAS_CONFIRMED = "sas_confirmed"  # our user said they match; waiting for their MAC
    QR_SCANNED = "qr_scanned"  # we scanned their code and told them; waiting for their done
    QR_CONFIRM = "qr_confirm"  # they scanned our code; our user confirms their screen says so
    WAITING_DONE = "waiting_done"  # our side is satisfied; waiting for their done
    DONE = "done"
    CANCELLED = "cancelled"


TERMINAL = frozenset({State.DONE, State.CANCELLED})

# Every transition a flow may make; `_goto` refuses any other (a bug, not a peer's fault).
TRANSITIONS: dict[State, frozenset[State]] = {
    State.REQUESTED: frozenset({State.READY}),
    State.INCOMING: frozenset({State.READY}),
    State.READY: frozenset({State.SAS_STARTED, State.QR_SCANNED, State.QR_CONFIRM}),
    State.SAS_STARTED: frozenset({State.SAS_STARTED, State.SAS_COMPARE}),
    State.SAS_COMPARE: frozenset({State.SAS_CONFIRMED}),
    State.SAS_CONFIRMED: frozenset({State.WAITING_DONE, State.DONE}),
    State.QR_SCANNED: frozenset({State.DONE}),
    State.QR_CONFIRM: frozenset({State.WAITING_DONE, State.DONE}),
    State.WAITING_DONE: frozenset({State.DONE}),
    State.DONE: frozenset(),
    State.CANCELLED: frozenset(),
}

# Which incoming message each state expects; any other known verification message is
# "unexpected" (cancel m.unexpected_message). Cancels are accepted in every live state.
EXPECTED: dict[State, frozenset[str]] = {
    State.REQUESTED: frozenset({m.READY}),
    State.INCOMING: frozenset(),
    State.READY: frozenset({m.START}),
    State.SAS_STARTED: frozenset({m.START, m.ACCEPT, m.KEY}),
    State.SAS_COMPARE: frozenset({m.MAC, m.DONE}),
    State.SAS_CONFIRMED: frozenset({m.MAC, m.DONE}),
    State.QR_SCANNED: frozenset({m.DONE}),
    State.QR_CONFIRM: frozenset({m.DONE}),
    State.WAITING_DONE: frozenset({m.DONE}),
    State.DONE: frozenset(),
    State.CANCELLED: frozenset(),
}


class Transport(enum.Enum):
    TO_DEVICE = "to_device"
    ROOM = "room"


@dataclass(frozen=True)
class Identity:
    """Us, as the flow needs to know: our device's Ed25519 key and our master key."""

    user_id: str
    device_id: str
    device_key: str  # unpadded base64
    master_key: str | None  # our published master key, if we have cross-signing
    master_trusted: bool  # we made it, or verified it


class KeyLookup(Protocol):
    """Other parties' public keys, as /keys/query gave them (signatures checked)."""

    def device_key(self, user_id: str, device_id: str) -> str | None: ...

    def master_key(self, user_id: str) -> str | None: ...


@dataclass(frozen=True)
class Outgoing:
    """A message to send. to_devices: explicit to-device recipients (of the other user);
    empty means the flow's other device (to-device) or the room (in-room)."""

    type: str
    content: dict[str, Any]
    to_devices: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrustOutcome:
    """What a completed verification proved about `user_id`'s keys."""

    user_id: str
    devices: tuple[tuple[str, str], ...] = ()  # (device id, Ed25519 key)
    master_key: str | None = None


class VerificationFlow:
    def __init__(
        self,
        *,
        me: Identity,
        keys: KeyLookup,
        transport: Transport,
        them: str,
        flow_id: str,
        room_id: str,
        we_requested: bool,
        now_ms: int,
    ) -> None:
        self.me = me
        self.keys = keys
        self.transport = transport
        self.them = them
        self.them_device: str | None = None
        self.flow_id = flow_id
        self.room_id = room_id
        self.we_requested = we_requested
        self.state = State.READY
        self.created_ms = now_ms
        self.received_ms = now_ms
        self.request_ts_ms = now_ms
        self.their_methods: tuple[str, ...] = ()
        self.outbox: list[Outgoing] = []
        self.outcome: TrustOutcome | None = None
        self.cancel_code: CancelCode | None = None
        self.cancelled_by_us = False
        self._request_devices: tuple[str, ...] = ()
        # SAS
        self._sas: SasExchange | None = None
        self._start: dict[str, Any] | None = None  # the start in effect, as sent/received
        self._we_started = False
        self._their_commitment: str | None = None
        self._sas_methods: tuple[str, ...] = ()
        self._their_mac: dict[str, Any] | None = None
        # QR
        self._shown: qr.QrPayload | None = None
        # Their keys, read once when the flow becomes READY and fixed from then on (spec,
        # "Key and signature security": the keys verified are those known at the start).
        self._their_device_key: str | None = None
        self._their_master_key: str | None = None
        # results
        self._pending: TrustOutcome | None = None
        self._their_done = False

    # --- named constructors -----------------------------------------------------------------

    @classmethod
    def outgoing_to_device(
        cls,
        me: Identity,
        keys: KeyLookup,
        them: str,
        devices: list[str],
        now_ms: int,
        flow_id: str | None = None,
    ) -> VerificationFlow:
        """We ask `devices` of `them` (all my other devices, for self-verification)."""
        flow = cls(
            me=me,
            keys=keys,
            transport=Transport.TO_DEVICE,
            them=them,
            flow_id=flow_id or secrets.token_urlsafe(24),
            room_id="",
            we_requested=True,
            now_ms=now_ms,
        )
        flow.state = State.REQUESTED
        flow._request_devices = tuple(devices)
        flow._send(
            m.REQUEST,
            {"from_device": me.device_id, "methods": list(OUR_METHODS), "timestamp": now_ms},
            to_devices=tuple(devices),
        )
        return flow

    @classmethod
    def outgoing_in_room(
        cls, me: Identity, keys: KeyLookup, them: str, room_id: str, now_ms: int
    ) -> VerificationFlow:
        """We ask `them` in a room we share. The flow id is the request's event id: the manager
        sends `request_message()` and then calls `request_sent(event_id)`."""
        flow = cls(
            me=me,
            keys=keys,
            transport=Transport.ROOM,
            them=them,
            flow_id="",
            room_id=room_id,
            we_requested=True,
            now_ms=now_ms,
        )
        flow.state = State.REQUESTED
        return flow

    def request_message(self) -> dict[str, Any]:
        return {
            "msgtype": m.REQUEST,
            "body": f"{self.me.user_id} is requesting to verify your key, but your client "
            "does not support in-chat key verification.",
            "from_device": self.me.device_id,
            "methods": list(OUR_METHODS),
            "to": self.them,
        }

    def request_sent(self, event_id: str) -> None:
        self.flow_id = event_id

    @classmethod
    def incoming(
        cls,
        me: Identity,
        keys: KeyLookup,
        request: Incoming,
        transport: Transport,
        flow_id: str,
        room_id: str,
        now_ms: int,
    ) -> VerificationFlow | None:
        """A request from someone. None when it must be ignored (too old, from the future, not
        for us). Raises InvalidMessage when it is malformed."""
        content = request.content
        from_device = m.text(content, "from_device")
        methods = m.string_list(content, "methods")
        if transport is Transport.TO_DEVICE:
            sent_ms = m.integer(content, "timestamp")
        else:
            sent_ms = request.timestamp_ms
            if content.get("to") != me.user_id:
                return None
        if sent_ms < now_ms - m.FLOW_TIMEOUT_MS or sent_ms > now_ms + m.FUTURE_TOLERANCE_MS:
            return None
        if request.sender == me.user_id and from_device == me.device_id:
            return None  # our own request, echoed
        flow = cls(
            me=me,
            keys=keys,
            transport=transport,
            them=request.sender,
            flow_id=flow_id,
            room_id=room_id,
            we_requested=False,
            now_ms=now_ms,
        )
        flow.state = State.INCOMING
        flow.them_device = from_device
        flow.their_methods = tuple(methods)
        flow.request_ts_ms = sent_ms
        return flow

    @classmethod
    def incoming_start(
        cls, me: Identity, keys: KeyLookup, start: Incoming, flow_id: str, now_ms: int
    ) -> VerificationFlow:
        """The deprecated to-device start without a request: handled as if a request had been
        accepted (spec: clients should handle such verifications)."""
        flow = cls(
            me=me,
            keys=keys,
            transport=Transport.TO_DEVICE,
            them=start.sender,
            flow_id=flow_id,
            room_id="",
            we_requested=False,
            now_ms=now_ms,
        )
        flow.them_device = m.text(start.content, "from_device")
        flow.their_methods = (m.text(start.content, "method"),)
        flow.receive(start, now_ms)
        return flow

    # --- what the UI asks ---------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.state in TERMINAL

    @property
    def is_self_verification(self) -> bool:
        return self.them == self.me.user_id

    def can_start_sas(self) -> bool:
        return self.state is State.READY and m.SAS_V1 in self.their_methods

    def can_scan_qr(self) -> bool:
        return self.state is State.READY and m.QR_SHOW in self.their_methods

    def sas_emoji(self) -> list[SasEmoji]:
        if self._sas is None or not self._sas.established or m.SAS_EMOJI not in self._sas_methods:
            return []
        table = emoji_table()
        return [table[index] for index in self._sas.emoji_indices]

    def sas_decimals(self) -> tuple[int, int, int] | None:
        if self._sas is None or not self._sas.established:
            return None
        return self._sas.decimals

    def qr_code(self) -> bytes | None:
        """The payload our QR code shows, made once per flow; None when we cannot show one
        (the other side cannot scan, or we lack the keys the mode needs)."""
        if self.state is not State.READY or m.QR_SCAN not in self.their_methods:
            return None
        if self._shown is None:
            try:
                self._shown = self._make_qr()
            except qr.QrCodeError as error:  # a key from the server that is not a key
                log.warning("cannot make a QR code for flow %s: %s", self.flow_id, error)
                return None
        return self._shown.encode() if self._shown is not None else None

    def _can_show_qr(self) -> bool:
        self._fix_their_keys()
        try:
            return self._make_qr() is not None
        except qr.QrCodeError:
            return False

    def _make_qr(self) -> qr.QrPayload | None:
        me = self.me
        if me.master_key is None or not self.flow_id or self.them_device is None:
            return None
        my_master = qr.key_from_base64(me.master_key)
        if not self.is_self_verification:
            theirs = self._their_master_key
            if theirs is None or not me.master_trusted:
                return None
            return qr.QrPayload.new(
                qr.QrMode.VERIFYING_ANOTHER_USER,
                self.flow_id,
                my_master,
                qr.key_from_base64(theirs),
            )
        if me.master_trusted:
            their_device = self._their_device_key
            if their_device is None:
                return None
            return qr.QrPayload.new(
                qr.QrMode.SELF_VERIFYING_MASTER_KEY_TRUSTED,
                self.flow_id,
                my_master,
                qr.key_from_base64(their_device),
            )
        return qr.QrPayload.new(
            qr.QrMode.SELF_VERIFYING_MASTER_KEY_UNTRUSTED,
            self.flow_id,
            qr.key_from_base64(me.device_key),
            my_master,
        )

    # --- user actions -------------------------------------------------------------------------

    def accept(self) -> None:
        """Our user accepts an incoming request: tell them which methods we share."""
        self._require(State.INCOMING)
        ours = [m.SAS_V1] if m.SAS_V1 in self.their_methods else []
        if m.QR_SCAN in self.their_methods and self._can_show_qr():
            ours.append(m.QR_SHOW)
        if m.QR_SHOW in self.their_methods:
            ours.append(m.QR_SCAN)
        if len(ours) > (1 if m.SAS_V1 in ours else 0):
            ours.append(m.RECIPROCATE)
        self._send(m.READY, {"from_device": self.me.device_id, "methods": ours})
        self._goto(State.READY)

    def start_sas(self) -> None:
        self._require(State.READY)
        start = self._content(
            {
                "from_device": self.me.device_id,
                "method": m.SAS_V1,
                "key_agreement_protocols": [m.KEY_AGREEMENT],
                "hashes": [m.HASH],
                "message_authentication_codes": [m.MAC_METHOD],
                "short_authentication_string": [m.SAS_DECIMAL, m.SAS_EMOJI],
            }
        )
        self._start = start
        self._we_started = True
        self._sas = SasExchange()
        self.outbox.append(Outgoing(m.START, start))
        self._goto(State.SAS_STARTED)

    def confirm_sas(self) -> None:
        """Our user says the emoji match: send our MACs, then check theirs if it came."""
        self._require(State.SAS_COMPARE)
        self._send_mac()
        self._goto(State.SAS_CONFIRMED)
        if self._their_mac is not None:
            self._check_mac(self._their_mac)

    def reject_sas(self) -> None:
        self._require(State.SAS_COMPARE)
        self.cancel(CancelCode.MISMATCHED_SAS)

    def scanned(self, data: bytes) -> None:
        """Our user scanned the other device's code. Raises qr.QrCodeError, without touching
        the flow, for a code that is unreadable or belongs to another verification; a code
        for this flow whose keys do not match cancels it with m.key_mismatch."""
        self._require(State.READY)
        if m.QR_SHOW not in self.their_methods:
            raise qr.QrCodeError("the other device did not offer to show a code")
        payload = qr.decode(data)
        if not hmac.compare_digest(payload.flow_id.encode(), self.flow_id.encode()):
            raise qr.QrCodeError("the code belongs to another verification")
        outcome = self._check_scanned(payload)
        if outcome is None:
            self.cancel(CancelCode.KEY_MISMATCH)
            return
        self._pending = outcome
        self._send(
            m.START,
            {
                "from_device": self.me.device_id,
                "method": m.RECIPROCATE,
                "secret": qr.key_to_base64(payload.secret),
            },
        )
        self._goto(State.QR_SCANNED)
        if self._their_done:
            self._finish_after_their_done()

    def confirm_qr(self) -> None:
        """Our user saw the other device say our code was scanned successfully."""
        self._require(State.QR_CONFIRM)
        self._send_done()

    def reject_qr(self) -> None:
        self._require(State.QR_CONFIRM)
        self.cancel(CancelCode.KEY_MISMATCH)

    def cancel(self, code: CancelCode = CancelCode.USER) -> None:
        if self.finished:
            return
        to_devices: tuple[str, ...] = ()
        if self.state is State.REQUESTED and self.transport is Transport.TO_DEVICE:
            to_devices = self._request_devices
        if self.flow_id:
            self._send(m.CANCEL, {"code": code.value, "reason": m.reason_text(code)}, to_devices)
        self._end(code, by_us=True)

    def tick(self, now_ms: int) -> None:
        """Time passes: expire an unanswered prompt, time out a flow older than 10 minutes."""
        if self.finished:
            return
        if self.state is State.INCOMING:
            too_old = now_ms - self.request_ts_ms > m.FLOW_TIMEOUT_MS
            if too_old or now_ms - self.received_ms > m.PROMPT_TIMEOUT_MS:
                self._end(CancelCode.TIMEOUT, by_us=True)  # dismissed, nothing sent
            return
        if now_ms - self.created_ms > m.FLOW_TIMEOUT_MS:
            self.cancel(CancelCode.TIMEOUT)

    # --- incoming messages --------------------------------------------------------------------

    def receive(self, message: Incoming, now_ms: int) -> None:
        """One verification message of this flow. Malformed content cancels with
        m.invalid_message, a known message out of order with m.unexpected_message; unknown
        types and anything after the end are ignored (no error loops)."""
        if self.finished or message.type not in m.ALL_TYPES:
            return
        if message.sender != self.them:
            self._from_own_other_device(message)
            return
        if message.sender == self.me.user_id and self._is_own_echo(message):
            return
        if message.type == m.CANCEL:
            self._on_cancel(message.content)
            return
        if message.type == m.REQUEST:
            return  # a repeated request for a flow we already have
        device = message.content.get("from_device")
        if (
            self.them_device is not None
            and message.type in (m.READY, m.START)
            and device != self.them_device
        ):
            self._from_other_device_of_them(message, device)
            return
        if message.type not in EXPECTED[self.state]:
            self.cancel(CancelCode.UNEXPECTED_MESSAGE)
            return
        try:
            handler = {
                m.READY: self._on_ready,
                m.START: self._on_start,
                m.ACCEPT: self._on_accept,
                m.KEY: self._on_key,
                m.MAC: self._on_mac,
                m.DONE: self._on_done,
            }[message.type]
            handler(message.content)
        except InvalidMessage as error:
            log.info("invalid %s in flow %s: %s", message.type, self.flow_id, error)
            self.cancel(CancelCode.INVALID_MESSAGE)

    def _is_own_echo(self, message: Incoming) -> bool:
        """In a room we see our own messages come back; to-device we never do."""
        if self.transport is not Transport.ROOM:
            return False
        return message.content.get("from_device") in (None, self.me.device_id)

    def _from_own_other_device(self, message: Incoming) -> None:
        """In a room, another of my devices answered the request first."""
        if message.sender != self.me.user_id or self.state is not State.INCOMING:
            return
        device = message.content.get("from_device")
        if message.type == m.READY and device != self.me.device_id:
            self._end(CancelCode.ACCEPTED, by_us=False)
        elif message.type == m.CANCEL:
            self._end(CancelCode.parse(message.content.get("code")), by_us=False)

    def _from_other_device_of_them(self, message: Incoming, device: object) -> None:
        """Another of their devices answered too (two accepted at once) or something not in
        this flow: it must not disturb the flow. A late ready to our to-device request gets
        the m.accepted cancel the others got."""
        if (
            message.type == m.READY
            and self.transport is Transport.TO_DEVICE
            and isinstance(device, str)
            and device in self._request_devices
        ):
            code = CancelCode.ACCEPTED
            self._send(m.CANCEL, {"code": code.value, "reason": m.reason_text(code)}, (device,))
        else:
            log.info("ignoring a %s from %r in flow %s", message.type, device, self.flow_id)

    def _on_cancel(self, content: dict[str, Any]) -> None:
        code = CancelCode.parse(content.get("code"))
        if self.state is State.REQUESTED and self.transport is Transport.TO_DEVICE:
            # One of their devices declined: tell the others (spec). A cancel does not say
            # which device sent it, so the decliner gets one too (harmless: it has ended).
            others = tuple(d for d in self._request_devices if d != self.them_device)
            if others and self.is_self_verification:
                self._send(
                    m.CANCEL,
                    {"code": CancelCode.USER.value, "reason": m.reason_text(CancelCode.USER)},
                    others,
                )
        self._end(code, by_us=False)

    def _on_ready(self, content: dict[str, Any]) -> None:
        device = m.text(content, "from_device")
        methods = m.string_list(content, "methods")
        if self.transport is Transport.TO_DEVICE and self._request_devices:
            if device not in self._request_devices:
                log.info("ignoring a ready from %s, which we did not ask", device)
                return
            others = tuple(d for d in self._request_devices if d != device)
            if others:
                self._send(
                    m.CANCEL,
                    {
                        "code": CancelCode.ACCEPTED.value,
                        "reason": m.reason_text(CancelCode.ACCEPTED),
                    },
                    others,
                )
        self.them_device = device
        self.their_methods = tuple(methods)
        self._goto(State.READY)

    def _on_start(self, content: dict[str, Any]) -> None:
        method = m.text(content, "method")
        if m.text(content, "from_device") != self.them_device:
            raise InvalidMessage("start from another device")
        if self.state is State.SAS_STARTED:
            if not self._we_started or self._their_commitment is not None or self._start is None:
                self.cancel(CancelCode.UNEXPECTED_MESSAGE)
                return
            # Both sides started at once (spec): the same method → the start of the smaller
            # user ID (device ID for one user) wins; different methods → cancel.
            if method != self._start.get("method"):
                self.cancel(CancelCode.UNEXPECTED_MESSAGE)
                return
            assert self.them_device is not None
            if (self.them, self.them_device) > (self.me.user_id, self.me.device_id):
                return  # ours wins: theirs is ignored
            self._start = None
            self._we_started = False
            self._sas = None
        if method == m.SAS_V1:
            self._accept_sas_start(content)
        elif method == m.RECIPROCATE:
            self._on_reciprocate(content)
        else:
            self.cancel(CancelCode.UNKNOWN_METHOD)

    # --- SAS ------------------------------------------------------------------------------------

    def _accept_sas_start(self, content: dict[str, Any]) -> None:
        if m.SAS_V1 not in self.their_methods:
            self.cancel(CancelCode.UNKNOWN_METHOD)  # not a method we agreed on
            return
        protocols = m.string_list(content, "key_agreement_protocols")
        hashes = m.string_list(content, "hashes")
        macs = m.string_list(content, "message_authentication_codes")
        strings = m.string_list(content, "short_authentication_string")
        sas_methods = [s for s in (m.SAS_DECIMAL, m.SAS_EMOJI) if s in strings]
        if (
            m.KEY_AGREEMENT not in protocols
            or m.HASH not in hashes
            or m.MAC_METHOD not in macs
            or not sas_methods
        ):
            self.cancel(CancelCode.UNKNOWN_METHOD)
            return
        self._start = content
        self._we_started = False
        self._sas = SasExchange()
        self._sas_methods = tuple(sas_methods)
        self._send(
            m.ACCEPT,
            {
                "method": m.SAS_V1,
                "key_agreement_protocol": m.KEY_AGREEMENT,
                "hash": m.HASH,
                "message_authentication_code": m.MAC_METHOD,
                "short_authentication_string": sas_methods,
                "commitment": commitment(self._sas.public_key, content),
            },
        )
        self._goto(State.SAS_STARTED)

    def _on_accept(self, content: dict[str, Any]) -> None:
        if not self._we_started or self._sas is None or self._their_commitment is not None:
            self.cancel(CancelCode.UNEXPECTED_MESSAGE)
            return
        strings = m.string_list(content, "short_authentication_string")
        sas_methods = tuple(s for s in (m.SAS_DECIMAL, m.SAS_EMOJI) if s in strings)
        # The spec requires `method` in an accept; matrix-rust-sdk (Element) leaves it out.
        # Absent is taken as m.sas.v1 (the only method with an accept); anything else refused.
        if (
            content.get("method", m.SAS_V1) != m.SAS_V1
            or m.text(content, "key_agreement_protocol") != m.KEY_AGREEMENT
            or m.text(content, "hash") != m.HASH
            or m.text(content, "message_authentication_code") != m.MAC_METHOD
            or not sas_methods
        ):
            self.cancel(CancelCode.UNKNOWN_METHOD)
            return
        self._their_commitment = m.text(content, "commitment")
        self._sas_methods = sas_methods
        self._send(m.KEY, {"key": self._sas.public_key})

    def _on_key(self, content: dict[str, Any]) -> None:
        their_key = m.text(content, "key")
        sas = self._sas
        if sas is None or sas.established or self._start is None:
            self.cancel(CancelCode.UNEXPECTED_MESSAGE)
            return
        assert self.them_device is not None
        me = (self.me.user_id, self.me.device_id)
        them = (self.them, self.them_device)
        if self._we_started:
            if self._their_commitment is None:
                self.cancel(CancelCode.UNEXPECTED_MESSAGE)
                return
            expected = commitment(their_key, self._start)
            if not hmac.compare_digest(expected.encode(), self._their_commitment.encode()):
                self.cancel(CancelCode.MISMATCHED_COMMITMENT)
                return
            info = sas_info((*me, sas.public_key), (*them, their_key), self.flow_id)
        else:
            self._send(m.KEY, {"key": sas.public_key})
            info = sas_info((*them, their_key), (*me, sas.public_key), self.flow_id)
        sas.establish(their_key, info)
        self._goto(State.SAS_COMPARE)

    def _send_mac(self) -> None:
        sas = self._sas
        assert sas is not None and self.them_device is not None
        mine = {f"ed25519:{self.me.device_id}": self.me.device_key}
        if self.me.master_key is not None and self.me.master_trusted:
            mine[f"ed25519:{self.me.master_key}"] = self.me.master_key
        sender = (self.me.user_id, self.me.device_id)
        receiver = (self.them, self.them_device)
        macs = {
            key_id: sas.mac(value, mac_info(sender, receiver, self.flow_id, key_id))
            for key_id, value in mine.items()
        }
        key_ids = ",".join(sorted(mine))
        keys_mac = sas.mac(key_ids, mac_info(sender, receiver, self.flow_id, "KEY_IDS"))
        self._send(m.MAC, {"mac": macs, "keys": keys_mac})

    def _on_mac(self, content: dict[str, Any]) -> None:
        m.string_map(content, "mac")
        m.text(content, "keys")
        if self._their_mac is not None:
            self.cancel(CancelCode.UNEXPECTED_MESSAGE)
            return
        self._their_mac = content
        if self.state is State.SAS_CONFIRMED:
            self._check_mac(content)

    def _check_mac(self, content: dict[str, Any]) -> None:
        sas = self._sas
        assert sas is not None and self.them_device is not None
        macs = m.string_map(content, "mac")
        sender = (self.them, self.them_device)
        receiver = (self.me.user_id, self.me.device_id)
        key_ids = ",".join(sorted(macs))
        if not sas.check_mac(
            key_ids, mac_info(sender, receiver, self.flow_id, "KEY_IDS"), m.text(content, "keys")
        ):
            self.cancel(CancelCode.KEY_MISMATCH)
            return
        device_key = self._their_device_key
        master_key = self._their_master_key
        devices: list[tuple[str, str]] = []
        master: str | None = None
        for key_id, tag in macs.items():
            algorithm, _, name = key_id.partition(":")
            if algorithm != "ed25519":
                continue
            is_device = name == self.them_device
            expected = device_key if is_device else master_key if name == master_key else None
            if expected is None:
                continue  # a key we do not know: neither trusted nor fatal
            if not sas.check_mac(expected, mac_info(sender, receiver, self.flow_id, key_id), tag):
                self.cancel(CancelCode.KEY_MISMATCH)
                return
            if is_device:
                devices.append((self.them_device, expected))
            else:
                master = expected
        if not devices and master is None:
            self.cancel(CancelCode.KEY_MISMATCH)
            return
        self._pending = TrustOutcome(self.them, tuple(devices), master)
        self._send_done()

    # --- QR ---------------------------------------------------------------------------------------

    def _check_scanned(self, code: qr.QrPayload) -> TrustOutcome | None:
        """The keys of a scanned code against ours and what the server told us. Returns what
        the scan proves, or None on any mismatch."""
        me = self.me

        def same(raw: bytes, key: str | None) -> bool:
            if key is None:
                return False
            try:
                return hmac.compare_digest(raw, qr.key_from_base64(key))
            except qr.QrCodeError:
                return False

        if code.mode is qr.QrMode.VERIFYING_ANOTHER_USER:
            theirs = self._their_master_key
            if self.is_self_verification or not same(code.key1, theirs):
                return None
            if not same(code.key2, me.master_key):
                return None  # they have a wrong idea of our key
            return TrustOutcome(self.them, (), theirs)
        if not self.is_self_verification:
            return None
        if code.mode is qr.QrMode.SELF_VERIFYING_MASTER_KEY_TRUSTED:
            if not (same(code.key1, me.master_key) and same(code.key2, me.device_key)):
                return None
            return TrustOutcome(me.user_id, (), me.master_key)
        # SELF_VERIFYING_MASTER_KEY_UNTRUSTED: they show their device key and the master key
        # they see; we vouch for their device only if we trust that master key ourselves.
        assert self.them_device is not None
        device = self._their_device_key
        if not me.master_trusted or not same(code.key1, device) or device is None:
            return None
        if not same(code.key2, me.master_key):
            return None
        return TrustOutcome(me.user_id, ((self.them_device, device),), None)

    def _on_reciprocate(self, content: dict[str, Any]) -> None:
        secret = m.text(content, "secret")
        shown = self._shown
        if shown is None:
            self.cancel(CancelCode.UNKNOWN_METHOD)
            return
        try:
            received = b64_decode(secret)
        except ValueError:
            raise InvalidMessage("secret is not base64") from None
        if not hmac.compare_digest(received, shown.secret):
            self.cancel(CancelCode.KEY_MISMATCH)
            return
        key2 = qr.key_to_base64(shown.key2)
        assert self.them_device is not None
        if shown.mode is qr.QrMode.VERIFYING_ANOTHER_USER:
            self._pending = TrustOutcome(self.them, (), key2)
        elif shown.mode is qr.QrMode.SELF_VERIFYING_MASTER_KEY_TRUSTED:
            self._pending = TrustOutcome(self.me.user_id, ((self.them_device, key2),), None)
        else:
            self._pending = TrustOutcome(self.me.user_id, (), key2)
        self._goto(State.QR_CONFIRM)

    # --- the end ---------------------------------------------------------------------------------

    def _on_done(self, content: dict[str, Any]) -> None:
        self._their_done = True
        if self.state is State.WAITING_DONE:
            self._complete()
        elif self.state is State.QR_SCANNED:
            self._finish_after_their_done()

    def _finish_after_their_done(self) -> None:
        """We scanned their code; they confirmed and said done: we say done too."""
        self._send(m.DONE, {})
        self._complete()

    def _send_done(self) -> None:
        self._send(m.DONE, {})
        if self._their_done:
            self._complete()
        else:
            self._goto(State.WAITING_DONE)

    def _complete(self) -> None:
        self.outcome = self._pending
        self._goto(State.DONE)

    def _end(self, code: CancelCode, *, by_us: bool) -> None:
        self.cancel_code = code
        self.cancelled_by_us = by_us
        self._pending = None
        self.state = State.CANCELLED

    # --- plumbing -------------------------------------------------------------------------------

    def _require(self, state: State) -> None:
        if self.state is not state:
            raise RuntimeError(f"{self.state.name}: action needs {state.name}")

    def _goto(self, state: State) -> None:
        if state not in TRANSITIONS[self.state]:
            raise RuntimeError(f"no transition {self.state.name} -> {state.name}")
        if state is State.READY:
            self._fix_their_keys()
        self.state = state

    def _fix_their_keys(self) -> None:
        if self.them_device is not None:
            self._their_device_key = self.keys.device_key(self.them, self.them_device)
        self._their_master_key = self.keys.master_key(self.them)

    def _content(self, body: dict[str, Any]) -> dict[str, Any]:
        """Add what ties a message to this flow: transaction_id (to-device) or the m.reference
        relation to the request event (in-room)."""
        if self.transport is Transport.TO_DEVICE:
            return {**body, "transaction_id": self.flow_id}
        return {**body, "m.relates_to": {"rel_type": "m.reference", "event_id": self.flow_id}}

    def _send(self, kind: str, body: dict[str, Any], to_devices: tuple[str, ...] = ()) -> None:
        self.outbox.append(Outgoing(kind, self._content(body), to_devices))

    def take_outbox(self) -> list[Outgoing]:
        out, self.outbox = self.outbox, []
        return out
