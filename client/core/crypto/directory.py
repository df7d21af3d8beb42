"""Who has which public keys: devices and cross-signing keys per user, read from /keys/query
ourselves (nio drops the cross-signing part) and checked before use.

A device key object counts only when it names the right user and device and carries a valid
signature by its own Ed25519 key; a cross-signing key only when its master key signs it
(cross_signing.parse_keys_query). Anything else is left out and logged: the server is not
trusted to hand us keys, only to carry them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from client.core.crypto.cross_signing import UserCrossSigning, parse_keys_query
from client.core.crypto.keys_api import KeysApi
from client.core.crypto.signing import verify_json

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceInfo:
    user_id: str
    device_id: str
    ed25519: str
    display_name: str
    raw: dict[str, Any]  # the signed key object, as the server gave it
    curve25519: str = ""  # "" when the object has none: no Olm message can go to it


@dataclass
class UserKeys:
    user_id: str
    devices: dict[str, DeviceInfo] = field(default_factory=dict)
    cross_signing: UserCrossSigning | None = None
    master_object: dict[str, Any] | None = None  # the signed master key object


def parse_device(user_id: str, device_id: str, obj: object) -> DeviceInfo | None:
    if not isinstance(obj, dict):
        return None
    if obj.get("user_id") != user_id or obj.get("device_id") != device_id:
        return None
    keys = obj.get("keys")
    if not isinstance(keys, dict):
        return None
    ed25519 = keys.get(f"ed25519:{device_id}")
    if not isinstance(ed25519, str):
        return None
    if not verify_json(obj, user_id, f"ed25519:{device_id}", ed25519):
        return None
    unsigned = obj.get("unsigned")
    name = unsigned.get("device_display_name") if isinstance(unsigned, dict) else None
    curve25519 = keys.get(f"curve25519:{device_id}")
    return DeviceInfo(
        user_id,
        device_id,
        ed25519,
        name if isinstance(name, str) else "",
        obj,
        curve25519 if isinstance(curve25519, str) else "",
    )


def parse_user(response: dict[str, Any], user_id: str) -> UserKeys:
    result = UserKeys(user_id)
    devices = (response.get("device_keys") or {}).get(user_id) or {}
    if isinstance(devices, dict):
        for device_id, obj in devices.items():
            info = parse_device(user_id, str(device_id), obj)
            if info is None:
                log.warning("ignoring an invalid device key object of %s/%s", user_id, device_id)
                continue
            result.devices[info.device_id] = info
    result.cross_signing = parse_keys_query(response, user_id)
    cross = result.cross_signing
    published = {cross.master, cross.self_signing, cross.user_signing} - {None}
    if published & set(result.devices):
        # Spec: a device ID equal to a cross-signing public key makes the user unverifiable.
        cross.problems.append("a device ID equals a cross-signing key")
        result.cross_signing = UserCrossSigning(user_id, problems=cross.problems)
    for problem in result.cross_signing.problems:
        log.warning("cross-signing keys of %s: %s", user_id, problem)
    if result.cross_signing.master is not None:
        master = (response.get("master_keys") or {}).get(user_id)
        result.master_object = master if isinstance(master, dict) else None
    return result


class KeyDirectory:
    """A cache of checked public keys, refreshed on demand. Implements the verification
    flow's KeyLookup."""

    def __init__(self, api: KeysApi) -> None:
        self.api = api
        self._users: dict[str, UserKeys] = {}
        # Told which users' keys were (re)read: what was judged with the old keys (message
        # authenticity) is judged again.
        self.listeners: list[Callable[[list[str]], None]] = []

    async def refresh(self, user_ids: list[str]) -> None:
        response = await self.api.query(user_ids)
        self.load(response, user_ids)

    def load(self, response: dict[str, Any], user_ids: list[str]) -> None:
        """Take a /keys/query answer obtained elsewhere (tests, batch queries)."""
        for user_id in user_ids:
            self._users[user_id] = parse_user(response, user_id)
        for listener in self.listeners:
            listener(user_ids)

    def user(self, user_id: str) -> UserKeys | None:
        return self._users.get(user_id)

    def knows(self, user_id: str) -> bool:
        return user_id in self._users

    def devices(self, user_id: str) -> list[DeviceInfo]:
        user = self._users.get(user_id)
        return sorted(user.devices.values(), key=lambda d: d.device_id) if user else []

    def device(self, user_id: str, device_id: str) -> DeviceInfo | None:
        user = self._users.get(user_id)
        return user.devices.get(device_id) if user else None

    # KeyLookup
    def device_key(self, user_id: str, device_id: str) -> str | None:
        info = self.device(user_id, device_id)
        return info.ed25519 if info else None

    def master_key(self, user_id: str) -> str | None:
        user = self._users.get(user_id)
        return user.cross_signing.master if user and user.cross_signing else None

    def cross_signing(self, user_id: str) -> UserCrossSigning | None:
        user = self._users.get(user_id)
        return user.cross_signing if user else None
