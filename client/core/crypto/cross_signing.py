"""Cross-signing keys (spec "Cross-signing"): create, upload (with user-interactive auth),
sign our device, read anyone's keys from /keys/query ourselves (nio drops them), check their
signature chain.

    master key (MSK) ──signs──> self-signing key (SSK) ──signs──> each of my devices
                    └─signs──> user-signing key (USK) ──signs──> other users' master keys

A device is verified through the chain when its device key carries a valid signature of its
user's SSK, the SSK a valid signature of the MSK, and that MSK is one we trust (our own, or a
contact's MSK we verified). Trust decisions and their storage belong to the trust engine;
this module only builds, signs and checks.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from client.core.crypto.signing import (
    b64_decode,
    public_key_b64,
    sign_json,
    signing_key_from_seed,
    unpadded_b64,
    verify_json,
)

MASTER = "master"
SELF_SIGNING = "self_signing"
USER_SIGNING = "user_signing"


@dataclass(frozen=True)
class CrossSigningSeeds:
    """The three private keys, as 32-byte Ed25519 seeds. Secret: keep them in the keyring or
    in secret storage, never on disk in clear."""

    master: bytes
    self_signing: bytes
    user_signing: bytes

    @classmethod
    def generate(cls) -> CrossSigningSeeds:
        return cls(secrets.token_bytes(32), secrets.token_bytes(32), secrets.token_bytes(32))

    def to_dict(self) -> dict[str, str]:
        return {
            MASTER: unpadded_b64(self.master),
            SELF_SIGNING: unpadded_b64(self.self_signing),
            USER_SIGNING: unpadded_b64(self.user_signing),
        }

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> CrossSigningSeeds:
        """Raises ValueError on anything but three 32-byte base64 seeds."""
        try:
            seeds = [b64_decode(data[usage]) for usage in (MASTER, SELF_SIGNING, USER_SIGNING)]
        except KeyError as error:
            raise ValueError(f"missing {error}") from None
        if any(len(seed) != 32 for seed in seeds):
            raise ValueError("a seed is not 32 bytes")
        return cls(*seeds)

    def key(self, usage: str) -> Ed25519PrivateKey:
        seed = {
            MASTER: self.master,
            SELF_SIGNING: self.self_signing,
            USER_SIGNING: self.user_signing,
        }[usage]
        return signing_key_from_seed(seed)

    def public(self, usage: str) -> str:
        return public_key_b64(self.key(usage))


def key_object(user_id: str, usage: str, public: str) -> dict[str, Any]:
    return {"user_id": user_id, "usage": [usage], "keys": {f"ed25519:{public}": public}}


def upload_body(user_id: str, seeds: CrossSigningSeeds) -> dict[str, Any]:
    """The body of POST /keys/device_signing/upload: MSK, and SSK + USK signed by the MSK."""
    msk_public = seeds.public(MASTER)
    master_key = seeds.key(MASTER)
    signer = f"ed25519:{msk_public}"
    return {
        "master_key": key_object(user_id, MASTER, msk_public),
        "self_signing_key": sign_json(
            key_object(user_id, SELF_SIGNING, seeds.public(SELF_SIGNING)),
            user_id,
            signer,
            master_key,
        ),
        "user_signing_key": sign_json(
            key_object(user_id, USER_SIGNING, seeds.public(USER_SIGNING)),
            user_id,
            signer,
            master_key,
        ),
    }


def sign_device(
    user_id: str, device_keys: dict[str, Any], seeds: CrossSigningSeeds
) -> dict[str, Any]:
    """Our device's key object (as /keys/query returns it) signed by our SSK, ready for
    POST /keys/signatures/upload."""
    ssk_public = seeds.public(SELF_SIGNING)
    return sign_json(device_keys, user_id, f"ed25519:{ssk_public}", seeds.key(SELF_SIGNING))


def single_key(key: dict[str, Any], usage: str, user_id: str) -> str | None:
    """The one ed25519 public key of a cross-signing key object, if the object is well-formed
    for this user and usage."""
    try:
        if key["user_id"] != user_id or usage not in key["usage"]:
            return None
        keys = key["keys"]
        if not isinstance(keys, dict) or len(keys) != 1:
            return None
        ((key_id, public),) = keys.items()
    except (KeyError, TypeError, ValueError):
        return None
    if not isinstance(public, str) or key_id != f"ed25519:{public}":
        return None
    if not is_ed25519_public_key(public):
        return None
    return public


def is_ed25519_public_key(value: str) -> bool:
    """Unpadded base64 of 32 bytes that are a point of the curve: anything else from the
    server is not a key (and must not reach the QR code or a comparison)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        raw = b64_decode(value)
        if len(raw) != 32 or unpadded_b64(raw) != value:
            return False
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        return False
    return True


@dataclass
class UserCrossSigning:
    """One user's public cross-signing keys, as read from /keys/query, with checked chains."""

    user_id: str
    master: str | None = None
    self_signing: str | None = None
    user_signing: str | None = None
    problems: list[str] = field(default_factory=list)

    def signed_by_self_signing(self, device_keys: dict[str, Any]) -> bool:
        """The device's key object carries a valid signature of this user's SSK."""
        if self.self_signing is None:
            return False
        return verify_json(
            device_keys, self.user_id, f"ed25519:{self.self_signing}", self.self_signing
        )


def parse_keys_query(response: dict[str, Any], user_id: str) -> UserCrossSigning:
    """Read and check one user's cross-signing keys from a /keys/query answer. A key that is
    malformed or not signed by the master key is left out and named in `problems`."""
    result = UserCrossSigning(user_id)
    master_obj = (response.get("master_keys") or {}).get(user_id)
    if master_obj is None:
        return result
    result.master = single_key(master_obj, MASTER, user_id)
    if result.master is None:
        result.problems.append("malformed master key")
        return result
    signer = f"ed25519:{result.master}"
    for usage, section in (
        (SELF_SIGNING, "self_signing_keys"),
        (USER_SIGNING, "user_signing_keys"),
    ):
        obj = (response.get(section) or {}).get(user_id)
        if obj is None:
            continue
        public = single_key(obj, usage, user_id)
        if public is None:
            result.problems.append(f"malformed {usage} key")
        elif not verify_json(obj, user_id, signer, result.master):
            result.problems.append(f"{usage} key not signed by the master key")
        else:
            setattr(result, usage, public)
    return result
