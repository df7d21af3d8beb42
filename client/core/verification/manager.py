"""The verification manager: the I/O around the sans-IO flows (flow.py).

It receives verification messages (to-device, and in-room from the sync), makes sure the
sender's keys are known before a flow looks at them, creates and routes flows, sends their
outbox, applies a finished flow's TrustOutcome (trust store + cross-signing signatures), and
emits a VerificationView snapshot after each change. Incoming messages are handled one at a
time, in arrival order, by one task; user actions go through the same lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from client.core.crypto.cross_signing import USER_SIGNING, CrossSigningSeeds, sign_device
from client.core.crypto.directory import KeyDirectory
from client.core.crypto.keys_api import KeysApi
from client.core.crypto.signing import sign_json
from client.core.crypto.trust import TrustEngine
from client.core.errors import NoOtherDevice, PliError
from client.core.verification import messages as m
from client.core.verification.admission import Admission, Refusal, RequestLimits
from client.core.verification.flow import (
    Identity,
    State,
    Transport,
    TrustOutcome,
    VerificationFlow,
)
from client.core.verification.messages import CancelCode, Incoming, InvalidMessage
from client.core.verification.view import VerificationView

log = logging.getLogger(__name__)

TICK_SECONDS = 5.0


class VerificationTransport(Protocol):
    async def send_to_device(
        self, event_type: str, user_id: str, contents: dict[str, dict[str, Any]]
    ) -> None: ...

    async def send_in_room(self, room_id: str, event_type: str, content: dict[str, Any]) -> str: ...


def _strip(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}


class VerificationManager:
    def __init__(
        self,
        *,
        user_id: str,
        device_id: str,
        device_key: str,
        directory: KeyDirectory,
        trust: TrustEngine,
        transport: VerificationTransport,
        api: KeysApi,
        seeds: Callable[[], CrossSigningSeeds | None],
        on_view: Callable[[VerificationView], None],
        on_trust: Callable[[str], None],
        clock: Callable[[], float] = time.time,
        on_verified: Callable[[TrustOutcome], None] | None = None,
        is_member: Callable[[str, str], bool] = lambda _room, _user: False,
        limits: RequestLimits | None = None,
    ) -> None:
        self.user_id = user_id
        self.device_id = device_id
        self.device_key = device_key
        self.directory = directory
        self.trust = trust
        self.transport = transport
        self.api = api
        self._seeds = seeds
        self._on_view = on_view
        self._on_trust = on_trust
        self._on_verified = on_verified
        self._clock = clock
        # (room_id, user_id) -> is that user a joined member of that room now? Strict by
        # default: a manager wired without it accepts no in-room request from anyone.
        self._is_member = is_member
        self.admission = Admission(user_id, limits)
        self._refusals_logged: set[tuple[str, Refusal]] = set()
        self.flows: dict[str, VerificationFlow] = {}
        self._queue: asyncio.Queue[Callable[[], Awaitable[None]]] = asyncio.Queue()
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None

    # --- lifecycle ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="verification")
            self.check_followed_users()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        # Cancel until it is done: on Python 3.11 a cancellation that lands just as an inner
        # wait completes can be swallowed (wait_for), and one cancel would leave this waiting
        # for ever. _run also ends by itself once it is no longer the manager's task.
        while not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=1.0)
        with contextlib.suppress(asyncio.CancelledError):
            if task.exception() is not None:
                log.info("verification task ended with %r", task.exception())

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        next_tick = loop.time() + TICK_SECONDS
        while self._task is asyncio.current_task():
            job: Callable[[], Awaitable[None]] | None = None
            try:
                # asyncio.timeout, not wait_for: it never swallows a cancellation.
                async with asyncio.timeout(max(0.0, next_tick - loop.time())):
                    job = await self._queue.get()
            except TimeoutError:
                pass
            try:
                if job is not None:
                    await job()
                if loop.time() >= next_tick:  # on time even while messages keep coming
                    next_tick = loop.time() + TICK_SECONDS
                    await self._tick()
            except asyncio.CancelledError:
                raise
            except Exception:  # one bad message or key must never stop verification
                log.exception("verification handling failed")

    async def _tick(self) -> None:
        now = self._now()
        for key, flow in list(self.flows.items()):
            if flow.finished:
                if now - flow.created_ms > 2 * m.FLOW_TIMEOUT_MS:
                    del self.flows[key]  # finished long ago: forget it
                continue
            async with self._lock:
                flow.tick(now)
            await self._after(flow)

    def _now(self) -> int:
        return int(self._clock() * 1000)

    def identity(self) -> Identity:
        master = self.directory.master_key(self.user_id)
        return Identity(
            self.user_id,
            self.device_id,
            self.device_key,
            master,
            master is not None and self.trust.master_trusted(self.user_id),
        )

    # --- incoming -------------------------------------------------------------------------------

    def feed_to_device(self, source: dict[str, Any]) -> None:
        """A to-device event from the sync (any type; non-verification ones are ignored)."""
        kind = source.get("type")
        if (
            isinstance(kind, str)
            and kind in m.ALL_TYPES
            and isinstance(source.get("content"), dict)
        ):
            self._queue.put_nowait(lambda: self._on_to_device(source))

    def feed_room_event(self, room_id: str, source: dict[str, Any]) -> bool:
        """A timeline event. True when it belongs to verification (the timeline hides it)."""
        kind = source.get("type")
        content = source.get("content")
        if not isinstance(content, dict) or not isinstance(kind, str):
            return False  # a hostile "type" (a list, a number) is not ours to handle
        is_request = kind == "m.room.message" and content.get("msgtype") == m.REQUEST
        if not is_request and kind not in m.ALL_TYPES:
            return False
        self._queue.put_nowait(lambda: self._on_room_event(room_id, source, is_request))
        return True

    def keys_changed(self, user_ids: list[str]) -> None:
        """The sync says these users' devices or cross-signing keys changed: re-read the ones
        we follow (pinned, verified, or seen this run), and notice a changed master key."""
        followed = set(self.trust.followed_users())
        wanted = [u for u in user_ids if u in followed or self.directory.knows(u)]
        if wanted:
            self._queue.put_nowait(lambda: self._refresh(wanted))

    async def learn(self, user_ids: list[str]) -> None:
        """Read these users' keys (a message came from someone the directory never read), in
        the manager's order, and return once done (failures are logged, not raised)."""
        done = asyncio.get_running_loop().create_future()

        async def job() -> None:
            try:
                await self._refresh(list(user_ids))
            finally:
                if not done.done():
                    done.set_result(None)

        self._queue.put_nowait(job)
        await done

    def check_followed_users(self) -> None:
        """At start: re-read everyone we follow, so a master key that changed while Pli was
        closed is noticed now, not when someone opens their devices."""
        followed = [*self.trust.followed_users(), self.user_id]
        self._queue.put_nowait(lambda: self._refresh(sorted(set(followed))))

    async def _refresh(self, user_ids: list[str]) -> None:
        try:
            await self.directory.refresh(user_ids)
        except PliError as error:
            log.info("could not refresh keys: %r", error)
            return
        for user in user_ids:
            change = self.trust.observe(user)
            if change is not None:
                log.warning(
                    "master key of %s changed (was verified: %s)", user, change.was_verified
                )
            self._on_trust(user)

    async def _ensure_keys(self, user_id: str, device_id: str | None = None) -> None:
        known = self.directory.knows(user_id)
        if known and (device_id is None or self.directory.device(user_id, device_id)):
            return
        users = [user_id] if user_id == self.user_id else [user_id, self.user_id]
        try:
            await self.directory.refresh(users)
        except PliError as error:
            log.warning("could not fetch keys of %s: %r", user_id, error)
            return
        for user in users:
            change = self.trust.observe(user)
            if change is not None:
                log.warning("master key of %s changed", user)
                self._on_trust(user)

    async def _on_to_device(self, source: dict[str, Any]) -> None:
        kind = str(source.get("type"))
        content: dict[str, Any] = source["content"]
        sender = source.get("sender")
        txn = content.get("transaction_id")
        if not isinstance(sender, str) or not isinstance(txn, str) or not txn:
            return
        device = content.get("from_device")
        device = device if isinstance(device, str) else None
        message = Incoming(kind, content, sender)
        flow = self.flows.get(txn)
        if flow is not None and (flow.transport is not Transport.TO_DEVICE or flow.them != sender):
            # Not this flow's channel or peer (a flow id is not a secret): never let it in.
            log.info("ignoring a to-device %s for flow %s from %s", kind, txn, sender)
            return
        if flow is None and kind in (m.REQUEST, m.START):
            # Decided before the keys are fetched: a refused request costs us nothing.
            refusal = self.admission.to_device(sender) or self.admission.admit(
                sender, device, self.flows.values(), self._now()
            )
            if refusal is not None:
                self._refused(sender, refusal)
                return
        elif flow is None:
            if sender == self.user_id and kind != m.CANCEL and device is not None:
                # Only my own devices hear "unknown transaction": anyone else could make us
                # answer (and so tell them this device is online) at will.
                await self._send_unknown_transaction(sender, device, txn)
            return
        if kind in (m.REQUEST, m.READY, m.START):
            await self._ensure_keys(sender, device)
        async with self._lock:
            if flow is None:
                flow = self._new_to_device_flow(message, txn, device)
            else:
                flow.receive(message, self._now())
        if flow is not None:
            await self._after(flow)

    def _new_to_device_flow(
        self, message: Incoming, txn: str, device: str | None
    ) -> VerificationFlow | None:
        now = self._now()
        try:
            if message.type == m.REQUEST:
                flow = VerificationFlow.incoming(
                    self.identity(), self.directory, message, Transport.TO_DEVICE, txn, "", now
                )
            elif message.type == m.START:
                flow = VerificationFlow.incoming_start(
                    self.identity(), self.directory, message, txn, now
                )
            else:
                return None
        except InvalidMessage as error:
            log.info("ignoring a malformed verification %s: %s", message.type, error)
            return None
        if flow is None:
            return None
        self._cancel_older_from(flow)
        self.flows[txn] = flow
        return flow

    def _cancel_older_from(self, newer: VerificationFlow) -> None:
        """Spec: when the same device starts several verifications, cancel the older ones."""
        for flow in self.flows.values():
            if (
                not flow.finished
                and flow.them == newer.them
                and flow.them_device == newer.them_device
                and not flow.we_requested
            ):
                flow.cancel(CancelCode.USER)
                self._queue.put_nowait(lambda f=flow: self._after(f))  # type: ignore[misc]

    def _refused(self, sender: str, refusal: Refusal) -> None:
        # Once per sender and reason: a flood must not become a flood of log lines either.
        if (sender, refusal) not in self._refusals_logged and len(self._refusals_logged) < 1000:
            self._refusals_logged.add((sender, refusal))
            log.warning("ignoring verification requests from %s: %s", sender, refusal.value)

    async def _send_unknown_transaction(self, user_id: str, device_id: str, txn: str) -> None:
        code = CancelCode.UNKNOWN_TRANSACTION
        content = {"transaction_id": txn, "code": code.value, "reason": m.reason_text(code)}
        try:
            await self.transport.send_to_device(m.CANCEL, user_id, {device_id: content})
        except PliError as error:
            log.info("could not send m.unknown_transaction: %r", error)

    async def _on_room_event(self, room_id: str, source: dict[str, Any], is_request: bool) -> None:
        content: dict[str, Any] = source["content"]
        sender = source.get("sender")
        event_id = source.get("event_id")
        if not isinstance(sender, str) or not isinstance(event_id, str):
            return
        timestamp = source.get("origin_server_ts")
        message = Incoming(
            m.REQUEST if is_request else str(source.get("type")),
            content,
            sender,
            timestamp if isinstance(timestamp, int) else 0,
            event_id,
        )
        if is_request:
            if sender == self.user_id:
                return
            if event_id in self.flows:
                clash = self.flows[event_id]
                if clash.transport is Transport.ROOM:
                    return  # seen already
                # A to-device flow took this event id first (someone copying a room event
                # id): the room request is the genuine one, the impostor goes.
            device = content.get("from_device")
            device = device if isinstance(device, str) else None
            refusal = self.admission.in_room(
                sender, self._is_member(room_id, sender)
            ) or self.admission.admit(sender, device, self.flows.values(), self._now())
            if refusal is not None:
                self._refused(sender, refusal)
                return
            if event_id in self.flows:
                clash = self.flows[event_id]
                # A to-device flow took this event id first (someone copying a room event
                # id): the room request is the genuine one, the impostor goes.
                clash.cancel(CancelCode.USER)
                await self._after(clash)
            await self._ensure_keys(sender, device)
            async with self._lock:
                try:
                    flow = VerificationFlow.incoming(
                        self.identity(),
                        self.directory,
                        message,
                        Transport.ROOM,
                        event_id,
                        room_id,
                        self._now(),
                    )
                except InvalidMessage as error:
                    log.info("ignoring a malformed in-room request: %s", error)
                    return
                if flow is None:
                    return
                self._cancel_older_from(flow)
                self.flows[event_id] = flow
            await self._after(flow)
            return
        flow_id = m.related_event(content)
        existing = self.flows.get(flow_id) if flow_id else None
        if (
            existing is None
            or existing.transport is not Transport.ROOM
            or existing.room_id != room_id
        ):
            return  # another pair's verification in a shared room: not ours
        if message.type in (m.READY, m.START) and sender != self.user_id:
            device = content.get("from_device")
            await self._ensure_keys(sender, device if isinstance(device, str) else None)
        async with self._lock:
            existing.receive(message, self._now())
        await self._after(existing)

    # --- outgoing -------------------------------------------------------------------------------

    async def request_own_verification(self) -> VerificationView:
        """Ask all my other devices (to-device); the first to answer wins."""
        await self.directory.refresh([self.user_id])
        devices = [d.device_id for d in self.directory.devices(self.user_id)]
        others = [d for d in devices if d != self.device_id]
        if not others:
            raise NoOtherDevice("no other device")
        async with self._lock:
            flow = VerificationFlow.outgoing_to_device(
                self.identity(), self.directory, self.user_id, others, self._now()
            )
            self.flows[flow.flow_id] = flow
        await self._after(flow)
        return VerificationView.of(flow)

    async def request_device_verification(self, user_id: str, device_id: str) -> VerificationView:
        await self._ensure_keys(user_id, device_id)
        async with self._lock:
            flow = VerificationFlow.outgoing_to_device(
                self.identity(), self.directory, user_id, [device_id], self._now()
            )
            self.flows[flow.flow_id] = flow
        await self._after(flow)
        return VerificationView.of(flow)

    async def request_user_verification(self, user_id: str, room_id: str) -> VerificationView:
        """Verify another person in a room we share (their DM, ideally)."""
        await self.directory.refresh([user_id, self.user_id])
        self.trust.observe(user_id)
        flow = VerificationFlow.outgoing_in_room(
            self.identity(), self.directory, user_id, room_id, self._now()
        )
        event_id = await self.transport.send_in_room(
            room_id, "m.room.message", flow.request_message()
        )
        async with self._lock:
            flow.request_sent(event_id)
            self.flows[event_id] = flow
        await self._after(flow)
        return VerificationView.of(flow)

    # --- user actions (the dialog's next/cancel) -----------------------------------------------

    async def act(self, flow_id: str, action: str, data: bytes = b"") -> VerificationView:
        """Run one user action on a flow: accept, start_sas, confirm_sas, reject_sas,
        scanned (with the QR bytes), confirm_qr, reject_qr, cancel. A QrCodeError from
        `scanned` propagates (the flow is untouched)."""
        flow = self.flows[flow_id]
        async with self._lock:
            if action == "scanned":
                flow.scanned(data)
            elif action == "cancel":
                flow.cancel(CancelCode.USER)
            else:
                if action == "accept" and flow.them_device is not None:
                    await self._ensure_keys(flow.them, flow.them_device)
                getattr(flow, action)()
        await self._after(flow)
        return VerificationView.of(flow)

    def view(self, flow_id: str) -> VerificationView:
        return VerificationView.of(self.flows[flow_id])

    def live_flows(self) -> list[VerificationView]:
        return [VerificationView.of(f) for f in self.flows.values() if not f.finished]

    # --- after each step --------------------------------------------------------------------------

    async def _after(self, flow: VerificationFlow) -> None:
        await self._flush(flow)
        if flow.state is State.DONE and flow.outcome is not None:
            outcome, flow.outcome = flow.outcome, None  # applied exactly once
            await self._apply(outcome)
            if self._on_verified is not None:
                self._on_verified(outcome)
        self._on_view(VerificationView.of(flow))

    async def _flush(self, flow: VerificationFlow) -> None:
        for out in flow.take_outbox():
            try:
                if flow.transport is Transport.ROOM:
                    await self.transport.send_in_room(flow.room_id, out.type, out.content)
                else:
                    devices = out.to_devices or ((flow.them_device,) if flow.them_device else ())
                    if devices:
                        contents = {device: out.content for device in devices}
                        await self.transport.send_to_device(out.type, flow.them, contents)
            except PliError as error:
                # The flow times out by itself if the other side never hears from us.
                log.warning("could not send %s: %r", out.type, error)

    async def _apply(self, outcome: TrustOutcome) -> None:
        store = self.trust.store
        for device_id, key in outcome.devices:
            store.mark_device(outcome.user_id, device_id, key)
        if outcome.master_key is not None:
            store.mark_master(outcome.user_id, outcome.master_key)
        try:
            await self._cross_sign(outcome)
        except PliError as error:
            log.warning("verified, but the cross-signing signature was not uploaded: %r", error)
        with contextlib.suppress(PliError):
            await self.directory.refresh(list({outcome.user_id, self.user_id}))
            self.trust.observe(outcome.user_id)
        self._on_trust(outcome.user_id)

    async def _cross_sign(self, outcome: TrustOutcome) -> None:
        """Publish what we verified, so our other devices and contacts see it too: our own
        devices signed by our self-signing key, another user's master key by our user-signing
        key. Needs the private keys (only the device that holds them can do it)."""
        seeds = self._seeds()
        if seeds is None or not self.trust.master_trusted(self.user_id):
            return
        if seeds.public("master") != self.directory.master_key(self.user_id):
            return  # our published keys are not the ones we hold
        signed: dict[str, dict[str, Any]] = {}
        if outcome.user_id == self.user_id:
            for device_id, key in outcome.devices:
                info = self.directory.device(self.user_id, device_id)
                # Sign the key we verified, never what the server shows now if it differs.
                if info is not None and hmac.compare_digest(info.ed25519.encode(), key.encode()):
                    signed[device_id] = sign_device(self.user_id, _strip(info.raw), seeds)
                elif info is not None:
                    log.warning(
                        "device %s changed its key after verification: not signed", device_id
                    )
            if signed:
                await self.api.upload_signatures({self.user_id: signed})
            return
        user = self.directory.user(outcome.user_id)
        if outcome.master_key is None or user is None or user.master_object is None:
            return
        current = self.directory.master_key(outcome.user_id)
        if current is None or not hmac.compare_digest(
            current.encode(), outcome.master_key.encode()
        ):
            log.warning("master key of %s changed after verification: not signed", outcome.user_id)
            return
        usk = seeds.public(USER_SIGNING)
        signed[outcome.master_key] = sign_json(
            _strip(user.master_object), self.user_id, f"ed25519:{usk}", seeds.key(USER_SIGNING)
        )
        await self.api.upload_signatures({outcome.user_id: signed})
