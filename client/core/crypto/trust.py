"""Trust: what this device has verified, and what follows from it.

Stored (TrustStore, `<profile>/trust.json`): devices and master keys we verified ourselves,
and the master key last seen for each user (a pin, to notice a change). The file holds only
public keys, but a tampered file would grant trust, so it carries an HMAC keyed from the
keyring's store key; a file that fails the check is set aside and trust starts empty (fail
closed, nothing silently accepted).

Computed (TrustEngine), from the store and the checked keys of the KeyDirectory:

    master key of U is trusted   = we verified it, or (U ≠ me) our trusted master key's
                                   user-signing key signed it
    device D of U is verified    = we verified D's key ourselves, or U's trusted master key
                                   signs U's self-signing key which signs D

A changed master key drops the old key's trust and raises a warning until acknowledged.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from client.core.crypto.directory import KeyDirectory
from client.core.crypto.signing import canonical_json, verify_json

log = logging.getLogger(__name__)

VERSION = 1


class DeviceTrust(enum.Enum):
    VERIFIED = "verified"  # we verified this device ourselves
    CROSS_SIGNED = "cross_signed"  # its owner's trusted master key vouches for it
    UNVERIFIED = "unverified"


class UserTrust(enum.Enum):
    VERIFIED = "verified"  # their master key is trusted
    UNVERIFIED = "unverified"
    CHANGED = "changed"  # their master key changed since we last saw it: warn
    NO_CROSS_SIGNING = "no_cross_signing"


@dataclass(frozen=True)
class MasterKeyChange:
    user_id: str
    old: str
    new: str
    was_verified: bool


def _same(a: str, b: str) -> bool:
    """Constant-time equality of two key strings (bytes: compare_digest refuses non-ASCII)."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _empty() -> dict[str, Any]:
    return {"devices": {}, "masters": {}, "pins": {}, "warnings": {}}


class TrustStore:
    def __init__(self, path: Path, store_key: bytes) -> None:
        self.path = path
        self._key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"pli/trust-store/v1"
        ).derive(store_key)
        self.data = _empty()
        self.data["violations"] = {}
        self.damaged = False
        self.load()

    def _mac(self, data: dict[str, Any]) -> str:
        digest = hmac.new(self._key, canonical_json(data), hashlib.sha256).digest()
        return base64.b64encode(digest).decode()

    def load(self) -> None:
        if not self.path.exists():
            return
        try:
            wrapper = json.loads(self.path.read_text(encoding="utf-8"))
            data = wrapper["data"]
            if wrapper.get("version") != VERSION or not isinstance(data, dict):
                raise ValueError("unknown format")
            if not hmac.compare_digest(str(wrapper.get("mac", "")), self._mac(data)):
                raise ValueError("integrity check failed")
            for section in _empty():
                if not isinstance(data.get(section), dict):
                    raise ValueError(f"missing {section}")
        except (OSError, ValueError, KeyError, TypeError) as error:
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
            log.error("trust file unusable (%s); set aside as %s", error, aside.name)
            try:
                os.replace(self.path, aside)
            except OSError:
                log.exception("could not set the damaged trust file aside")
            self.damaged = True
            self.data = {**_empty(), "violations": {}}
            return
        self.data = data
        # Added later than the file format (issue 15.3): absent from older files, not damage.
        if not isinstance(self.data.get("violations"), dict):
            self.data["violations"] = {}

    def save(self) -> None:
        wrapper = {"version": VERSION, "data": self.data, "mac": self._mac(self.data)}
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(wrapper, handle, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)

    # --- devices -------------------------------------------------------------------------------

    def mark_device(self, user_id: str, device_id: str, ed25519: str) -> None:
        self.data["devices"].setdefault(user_id, {})[device_id] = ed25519
        self.save()

    def device_verified(self, user_id: str, device_id: str, ed25519: str) -> bool:
        known = self.data["devices"].get(user_id, {}).get(device_id)
        return isinstance(known, str) and _same(known, ed25519)

    def forget_device(self, user_id: str, device_id: str) -> None:
        if self.data["devices"].get(user_id, {}).pop(device_id, None) is not None:
            self.save()

    # --- master keys -----------------------------------------------------------------------------

    def mark_master(self, user_id: str, master_key: str) -> None:
        self.data["masters"][user_id] = master_key
        self.data["pins"][user_id] = master_key
        self.data["warnings"].pop(user_id, None)
        self.data["violations"].pop(user_id, None)
        self.save()

    def verified_master(self, user_id: str) -> str | None:
        value = self.data["masters"].get(user_id)
        return value if isinstance(value, str) else None

    def observe_master(self, user_id: str, master_key: str | None) -> MasterKeyChange | None:
        """Pin the first master key seen for a user; report (once) when it changes, or when
        a pinned one disappears (None: the user has none now)."""
        pinned = self.data["pins"].get(user_id)
        if pinned == master_key or (pinned is None and master_key is None):
            return None
        if master_key is None:
            del self.data["pins"][user_id]
        else:
            self.data["pins"][user_id] = master_key
        change = None
        if isinstance(pinned, str):
            was_verified = self.data["masters"].get(user_id) == pinned
            if was_verified:
                del self.data["masters"][user_id]
                # Kept until the user says "I understand" or verifies again (MSC4153: a
                # verified identity that changed stops sending to rooms with them).
                self.data["violations"][user_id] = pinned
            self.data["warnings"][user_id] = pinned
            change = MasterKeyChange(user_id, pinned, master_key or "", was_verified)
        self.save()
        return change

    def warning(self, user_id: str) -> str | None:
        value = self.data["warnings"].get(user_id)
        return value if isinstance(value, str) else None

    def violated(self, user_id: str) -> bool:
        """Their identity was verified by us and has changed since (not yet acknowledged)."""
        return user_id in self.data["violations"]

    def acknowledge_change(self, user_id: str) -> None:
        warned = self.data["warnings"].pop(user_id, None) is not None
        if self.data["violations"].pop(user_id, None) is not None or warned:
            self.save()


class TrustEngine:
    def __init__(self, user_id: str, device_id: str, keys: KeyDirectory, store: TrustStore):
        self.user_id = user_id
        self.device_id = device_id
        self.keys = keys
        self.store = store

    def master_trusted(self, user_id: str) -> bool:
        current = self.keys.master_key(user_id)
        if current is None:
            return False
        verified = self.store.verified_master(user_id)
        if verified is not None and _same(verified, current):
            return True
        if user_id == self.user_id or not self.master_trusted(self.user_id):
            return False
        mine = self.keys.cross_signing(self.user_id)
        theirs = self.keys.user(user_id)
        if mine is None or mine.user_signing is None or theirs is None:
            return False
        if theirs.master_object is None:
            return False
        return verify_json(
            theirs.master_object, self.user_id, f"ed25519:{mine.user_signing}", mine.user_signing
        )

    def device_trust(self, user_id: str, device_id: str) -> DeviceTrust:
        info = self.keys.device(user_id, device_id)
        if info is None:
            return DeviceTrust.UNVERIFIED
        if self.store.device_verified(user_id, device_id, info.ed25519):
            return DeviceTrust.VERIFIED
        cross = self.keys.cross_signing(user_id)
        if cross is not None and self.master_trusted(user_id):
            if cross.signed_by_self_signing(info.raw):
                return DeviceTrust.CROSS_SIGNED
        return DeviceTrust.UNVERIFIED

    def signed_by_owner(self, user_id: str, device_id: str) -> bool:
        """The device is cross-signed by its owner (their self-signing key, itself signed by
        their master key), whether or not we verified the owner: MSC4153's "secure device"."""
        info = self.keys.device(user_id, device_id)
        cross = self.keys.cross_signing(user_id)
        return info is not None and cross is not None and cross.signed_by_self_signing(info.raw)

    def verification_violated(self, user_id: str) -> bool:
        return self.store.violated(user_id)

    def device_verified(self, user_id: str, device_id: str) -> bool:
        return self.device_trust(user_id, device_id) is not DeviceTrust.UNVERIFIED

    def user_trust(self, user_id: str) -> UserTrust:
        if self.store.warning(user_id) is not None:
            return UserTrust.CHANGED
        if self.keys.master_key(user_id) is None:
            return UserTrust.NO_CROSS_SIGNING
        return UserTrust.VERIFIED if self.master_trusted(user_id) else UserTrust.UNVERIFIED

    def this_device_cross_signed(self) -> bool:
        """Other devices see this one as verified: our trusted master key chain signs it."""
        info = self.keys.device(self.user_id, self.device_id)
        cross = self.keys.cross_signing(self.user_id)
        if info is None or cross is None or not self.master_trusted(self.user_id):
            return False
        return cross.signed_by_self_signing(info.raw)

    def observe(self, user_id: str) -> MasterKeyChange | None:
        """Call after refreshing a user's keys: pins or flags their master key."""
        if not self.keys.knows(user_id):
            return None
        return self.store.observe_master(user_id, self.keys.master_key(user_id))

    def followed_users(self) -> list[str]:
        """Everyone whose keys we keep an eye on: pinned, verified, or with verified devices."""
        data = self.store.data
        return sorted(set(data["pins"]) | set(data["masters"]) | set(data["devices"]))
