"""The account's security keys, as part of MatrixSession (a mixin: these methods use the
session's client, keys directory and trust engine): cross-signing set up at sign-in, and my
devices listed with their trust, renamed, signed out."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import enum
import logging
import os
from collections.abc import Awaitable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from client.core.crypto.cross_signing import MASTER, CrossSigningSeeds, sign_device, upload_body
from client.core.crypto.directory import KeyDirectory
from client.core.crypto.keys_api import KeysApi, PasswordPrompt
from client.core.crypto.trust import DeviceTrust, TrustEngine
from client.core.deferred import deferred
from client.core.errors import PliError, ServerRefused, WrongPassword, from_error_response
from client.core.events import SessionEvent, TrustChanged
from client.core.i18n import QT_TRANSLATE_NOOP
from client.core.policy.loader import Policy
from client.core.secrets.store import AccountSecrets, SecretStore
from client.core.session.network import network_errors
from client.core.storage.paths import AccountRecord

if TYPE_CHECKING:
    import nio
else:  # nio loads after the window shows (client/core/deferred.py)
    nio = deferred("nio")

log = logging.getLogger(__name__)

_T = TypeVar("_T")


@dataclasses.dataclass(frozen=True)
class DeviceSummary:
    user_id: str
    device_id: str
    display_name: str
    trust: DeviceTrust
    is_this_device: bool
    last_seen_ms: int  # 0 when unknown (other users' devices)


class CrossSigningStatus(enum.Enum):
    CREATED = "created"  # first device of the account: keys made, this device signed
    READY = "ready"  # we hold the private keys of the published master key
    VERIFIED = "verified"  # another device verified and signed this one
    NEEDS_VERIFICATION = "needs_verification"  # verify this device with another one


class KeyExportForbidden(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Your organisation does not allow exporting message keys."
    )
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Your messages are kept safe by the secure backup instead."
    )


class AccountSecurity:
    # Provided by MatrixSession.
    policy: Policy
    client: nio.AsyncClient | None
    record: AccountRecord | None
    secret_store: SecretStore
    keys_api: KeysApi | None
    directory: KeyDirectory | None
    trust: TrustEngine | None

    @property
    def user_id(self) -> str:
        raise NotImplementedError

    @property
    def device_id(self) -> str:
        raise NotImplementedError

    def _require_client(self) -> nio.AsyncClient:
        raise NotImplementedError

    async def _network(self, action: str, call: Awaitable[_T]) -> _T:
        raise NotImplementedError

    def _emit(self, event: SessionEvent) -> None:
        raise NotImplementedError

    # --- devices ---------------------------------------------------------------------------------

    async def devices_of(self, user_id: str) -> list[DeviceSummary]:
        """A user's devices with their trust, freshly read. For our own account also the
        names and last activity the server keeps (GET /devices)."""
        client = self._require_client()
        assert self.directory is not None and self.trust is not None
        await self.directory.refresh(
            [user_id] if user_id == self.user_id else [user_id, self.user_id]
        )
        self.trust.observe(user_id)
        seen: dict[str, tuple[str, int]] = {}
        if user_id == self.user_id:
            response = await self._network("devices", client.devices())
            if isinstance(response, nio.DevicesResponse):
                for device in response.devices:
                    when = device.last_seen_date
                    seen[device.id] = (
                        device.display_name or "",
                        int(when.timestamp() * 1000) if when is not None else 0,
                    )
        rows = []
        for info in self.directory.devices(user_id):
            name, last_seen = seen.get(info.device_id, (info.display_name, 0))
            rows.append(
                DeviceSummary(
                    user_id=user_id,
                    device_id=info.device_id,
                    display_name=name or info.display_name,
                    trust=self.trust.device_trust(user_id, info.device_id),
                    is_this_device=user_id == self.user_id and info.device_id == self.device_id,
                    last_seen_ms=last_seen,
                )
            )
        return rows

    async def rename_device(self, device_id: str, name: str) -> None:
        client = self._require_client()
        response = await self._network(
            "rename device", client.update_device(device_id, {"display_name": name})
        )
        if not isinstance(response, nio.UpdateDeviceResponse):
            raise from_error_response(response, "rename device")

    async def sign_out_device(self, device_id: str, ask_password: PasswordPrompt) -> None:
        """Sign another of our devices out (DELETE with user-interactive auth)."""
        client = self._require_client()
        if device_id == self.device_id:
            raise ValueError("use logout() for this device")
        response = await self._network("delete device", client.delete_devices([device_id]))
        if isinstance(response, nio.DeleteDevicesAuthResponse):
            password = await ask_password()
            if password is None:
                return
            auth = {
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": self.user_id},
                "password": password,
                "session": response.session,
            }
            response = await self._network(
                "delete device",
                client.delete_devices([device_id], auth),
            )
            if isinstance(response, nio.DeleteDevicesAuthResponse):
                raise WrongPassword("UIA rejected the password")
        if not isinstance(response, nio.DeleteDevicesResponse):
            raise from_error_response(response, "delete device")
        if self.trust is not None:
            self.trust.store.forget_device(self.user_id, device_id)
        self._emit(TrustChanged(self.user_id))

    # --- cross-signing -------------------------------------------------------------------------

    def cross_signing_seeds(self) -> CrossSigningSeeds | None:
        if self.record is None:
            return None
        secrets = AccountSecrets(self.secret_store, self.record.user_id, self.record.device_id)
        try:
            saved = secrets.cross_signing()
            return CrossSigningSeeds.from_dict(saved) if saved else None
        except (PliError, ValueError) as error:
            log.warning("cross-signing keys in the keyring are unusable: %r", error)
            return None

    async def _sign_this_device(self, seeds: CrossSigningSeeds) -> None:
        """This device's key object signed by our self-signing key, its keys uploaded first if
        nio has not done it yet (before the first sync)."""
        client = self._require_client()
        assert self.directory is not None and self.keys_api is not None
        assert self.record is not None
        me, device_id = self.record.user_id, self.record.device_id
        if client.should_upload_keys:
            with contextlib.suppress(*network_errors()):
                await client.keys_upload()
        await self.directory.refresh([me])
        info = self.directory.device(me, device_id)
        if info is None:
            log.warning("this device's keys are not on the server yet: not cross-signed")
            return
        signed = sign_device(me, {k: v for k, v in info.raw.items() if k != "unsigned"}, seeds)
        await self.keys_api.upload_signatures({me: {device_id: signed}})
        await self.directory.refresh([me])

    async def ensure_cross_signing(self, ask_password: PasswordPrompt) -> CrossSigningStatus:
        """After login: make our cross-signing keys if the account has none (and sign this
        device), or tell whether this device still has to be verified by another one."""
        self._require_client()
        assert self.directory is not None and self.trust is not None and self.keys_api
        assert self.record is not None
        me = self.record.user_id
        await self.directory.refresh([me])
        published = self.directory.master_key(me)
        seeds = self.cross_signing_seeds()
        cross = self.directory.cross_signing(me)
        if published is None and cross is not None and cross.problems:
            # The server shows keys we cannot read: never answer that by replacing them.
            raise ServerRefused(f"invalid cross-signing keys: {cross.problems}", reason="keys")
        if published is None:
            secrets = AccountSecrets(self.secret_store, me, self.record.device_id)
            if seeds is None:
                seeds = CrossSigningSeeds.generate()
                secrets.save_cross_signing(seeds.to_dict())  # before upload: never lose it
            # else: we hold keys the server does not show (yet): publish those same keys
            # again, never new ones that would reset this account's identity.
            await self.keys_api.upload_cross_signing(upload_body(me, seeds), ask_password)
            self.trust.store.mark_master(me, seeds.public(MASTER))
            await self._sign_this_device(seeds)
            self._emit(TrustChanged(me))
            return CrossSigningStatus.CREATED
        self.trust.observe(me)
        if seeds is not None and seeds.public(MASTER) == published:
            if self.trust.store.verified_master(me) != published:
                self.trust.store.mark_master(me, published)
            if not self.trust.this_device_cross_signed():
                # Made before this device's keys were on the server (a first call before the
                # first sync): signed now, or under MSC4153 nobody shares room keys with it.
                await self._sign_this_device(seeds)
                self._emit(TrustChanged(me))
            return CrossSigningStatus.READY
        if self.trust.this_device_cross_signed():
            return CrossSigningStatus.VERIFIED
        return CrossSigningStatus.NEEDS_VERIFICATION

    # --- key files ----------------------------------------------------------------------------

    async def export_room_keys(self, path: Path, passphrase: str) -> int:
        """Write every room key of this device to an Element-compatible key file (0600).
        PBKDF2 and encryption run in a worker thread."""
        from client.core.crypto import key_export
        from client.core.session import nio_adapter

        if not self.policy.get("allow_key_export"):
            raise KeyExportForbidden("policy allow_key_export is false")
        client = self._require_client()
        sessions = nio_adapter.export_room_keys(client)
        loop = asyncio.get_running_loop()
        text = await loop.run_in_executor(None, key_export.export_sessions, sessions, passphrase)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        return len(sessions)

    async def import_room_keys(self, path: Path, passphrase: str) -> tuple[int, int]:
        """Read a key file; returns (keys new to this device, entries skipped as malformed).
        A wrong passphrase or a damaged file raises a typed error and imports nothing."""
        from client.core.crypto import key_export
        from client.core.session import nio_adapter

        client = self._require_client()
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            raise key_export.KeyFileError(repr(error)) from error
        loop = asyncio.get_running_loop()
        sessions, skipped = await loop.run_in_executor(
            None, key_export.import_sessions, text, passphrase
        )
        added = nio_adapter.import_room_keys(client, sessions)
        if added:
            self._keys_arrived()
        return added, skipped

    def _keys_arrived(self) -> None:
        raise NotImplementedError
