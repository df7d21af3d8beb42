"""Secret sharing between my own verified devices (spec "Secrets" → "Sharing"):
m.secret.request (to-device, in clear: it names the secret, never carries it) and
m.secret.send (Olm-encrypted to the one device that asked).

    new device, once verified            my other (verified) device
    request(names) ── m.secret.request ──▶ verified requester? we hold it?
                   ◀── m.secret.send (Olm) ── yes: the secret, to that device only
    checks: asked by us, from my own user, from a device I verified; the secret matches the
    published key (cross-signing) or the backup version (backup key); then
    ── m.secret.request request_cancellation ──▶ the other devices

nio drops m.secret.send after decrypting it; nio_adapter.capture_olm_payloads hands it here.
"""

from __future__ import annotations

import asyncio
import logging
import secrets as _random
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from client.core.crypto import secret_storage
from client.core.crypto.cross_signing import MASTER, SELF_SIGNING, USER_SIGNING, CrossSigningSeeds
from client.core.crypto.directory import KeyDirectory
from client.core.crypto.signing import unpadded_b64
from client.core.crypto.trust import DeviceTrust, TrustEngine
from client.core.secrets.store import AccountSecrets

log = logging.getLogger(__name__)

REQUEST = "m.secret.request"
SEND = "m.secret.send"
CROSS_SIGNING_NAMES = {
    secret_storage.MASTER: MASTER,
    secret_storage.SELF_SIGNING: SELF_SIGNING,
    secret_storage.USER_SIGNING: USER_SIGNING,
}
ALL_NAMES = (*CROSS_SIGNING_NAMES, secret_storage.BACKUP)

SendPlain = Callable[[str, str, dict[str, dict[str, Any]]], Awaitable[None]]
SendEncrypted = Callable[[str, str, str, dict[str, Any]], Awaitable[bool]]


@dataclass
class PendingRequest:
    name: str
    devices: tuple[str, ...]


class SecretSharing:
    def __init__(
        self,
        *,
        user_id: str,
        device_id: str,
        directory: KeyDirectory,
        trust: TrustEngine,
        secrets: AccountSecrets,
        send_plain: SendPlain,
        send_encrypted: SendEncrypted,
        on_cross_signing: Callable[[CrossSigningSeeds], Awaitable[None]],
        on_backup_key: Callable[[str], Awaitable[None]],
    ) -> None:
        self.user_id = user_id
        self.device_id = device_id
        self.directory = directory
        self.trust = trust
        self.secrets = secrets
        self.send_plain = send_plain
        self.send_encrypted = send_encrypted
        self.on_cross_signing = on_cross_signing
        self.on_backup_key = on_backup_key
        self.pending: dict[str, PendingRequest] = {}
        self.received: dict[str, str] = {}  # cross-signing secrets until all three came
        self._tasks: set[asyncio.Task[None]] = set()

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # --- asking ---------------------------------------------------------------------------------

    async def request_missing(self) -> int:
        """Ask my other devices for every secret this device lacks. Returns requests sent."""
        await self.directory.refresh([self.user_id])
        devices = tuple(
            d.device_id
            for d in self.directory.devices(self.user_id)
            if d.device_id != self.device_id
        )
        if not devices:
            return 0
        wanted = [secret_storage.BACKUP] if self.secrets.backup_key() is None else []
        if self.secrets.cross_signing() is None:
            wanted[:0] = list(CROSS_SIGNING_NAMES)
        for name in wanted:
            request_id = _random.token_urlsafe(16)
            self.pending[request_id] = PendingRequest(name, devices)
            content = {
                "action": "request",
                "name": name,
                "request_id": request_id,
                "requesting_device_id": self.device_id,
            }
            await self.send_plain(REQUEST, self.user_id, {d: content for d in devices})
        return len(wanted)

    # --- answering --------------------------------------------------------------------------------

    def on_request(self, source: dict[str, Any]) -> None:
        """An m.secret.request from the sync (in clear)."""
        content = source.get("content")
        if source.get("sender") != self.user_id or not isinstance(content, dict):
            return  # only my own devices may ask
        if content.get("action") != "request":
            return
        device, name, request_id = (
            content.get("requesting_device_id"),
            content.get("name"),
            content.get("request_id"),
        )
        if not (isinstance(device, str) and isinstance(name, str) and isinstance(request_id, str)):
            return
        if device == self.device_id:
            return
        self._spawn(self._answer(device, name, request_id))

    async def _answer(self, device: str, name: str, request_id: str) -> None:
        if self.directory.device(self.user_id, device) is None:
            await self.directory.refresh([self.user_id])
        if self.trust.device_trust(self.user_id, device) is DeviceTrust.UNVERIFIED:
            log.warning("refusing secret %s to unverified device %s", name, device)
            return
        secret = self._secret(name)
        if secret is None:
            return
        sent = await self.send_encrypted(
            self.user_id, device, SEND, {"request_id": request_id, "secret": secret}
        )
        log.info("secret %s %s to device %s", name, "sent" if sent else "NOT sent", device)

    def _secret(self, name: str) -> str | None:
        if name == secret_storage.BACKUP:
            return self.secrets.backup_key()
        usage = CROSS_SIGNING_NAMES.get(name)
        saved = self.secrets.cross_signing() if usage else None
        if usage is None or not saved:
            return None
        try:
            return unpadded_b64(getattr(CrossSigningSeeds.from_dict(saved), usage))
        except ValueError:
            return None

    # --- receiving ----------------------------------------------------------------------------

    def on_secret_send(self, sender: str, sender_key: str, payload: dict[str, Any]) -> None:
        """An Olm-decrypted m.secret.send (called from nio's to-device handling)."""
        content = payload.get("content")
        if sender != self.user_id or not isinstance(content, dict):
            log.warning("ignoring a secret from %s", sender)
            return
        request_id, secret = content.get("request_id"), content.get("secret")
        pending = self.pending.get(request_id) if isinstance(request_id, str) else None
        if pending is None or not isinstance(secret, str):
            log.warning("ignoring a secret we did not ask for")
            return
        device = self._device_of(sender_key)
        if device is None or device not in pending.devices:
            log.warning("ignoring a secret from a device we did not ask")
            return
        if self.trust.device_trust(self.user_id, device) is DeviceTrust.UNVERIFIED:
            log.warning("refusing secret %s from unverified device %s", pending.name, device)
            return
        del self.pending[str(request_id)]
        self._spawn(self._took(pending, str(request_id), secret))

    def _device_of(self, curve25519: str) -> str | None:
        for info in self.directory.devices(self.user_id):
            if info.curve25519 and info.curve25519 == curve25519:
                return info.device_id
        return None

    async def _took(self, pending: PendingRequest, request_id: str, secret: str) -> None:
        cancel = {
            "action": "request_cancellation",
            "request_id": request_id,
            "requesting_device_id": self.device_id,
        }
        await self.send_plain(REQUEST, self.user_id, {d: cancel for d in pending.devices})
        if pending.name == secret_storage.BACKUP:
            await self.on_backup_key(secret)
            return
        self.received[pending.name] = secret
        if set(CROSS_SIGNING_NAMES) <= set(self.received):
            try:
                seeds = CrossSigningSeeds.from_dict(
                    {CROSS_SIGNING_NAMES[n]: self.received[n] for n in CROSS_SIGNING_NAMES}
                )
            except ValueError:
                log.warning("received cross-signing secrets are not keys")
                return
            finally:
                for name in CROSS_SIGNING_NAMES:
                    self.received.pop(name, None)
            await self.on_cross_signing(seeds)
