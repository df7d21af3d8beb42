"""Signing and verifying JSON the Matrix way (spec appendix "Signing JSON"): Ed25519 over the
canonical JSON of the object without its `signatures` and `unsigned`. The private half is
`cryptography`'s Ed25519 (vodozemac's Python binding cannot sign with a seed we hold)."""

from __future__ import annotations

import base64
import binascii
import copy
from typing import Any

import canonicaljson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def unpadded_b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode().rstrip("=")


def b64_decode(value: str) -> bytes:
    """Unpadded (or padded) standard base64; raises ValueError on anything else."""
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValueError("not base64") from error


def canonical_json(value: Any) -> bytes:
    return bytes(canonicaljson.encode_canonical_json(value))


def signable_bytes(obj: dict[str, Any]) -> bytes:
    stripped = {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}
    return canonical_json(stripped)


def signing_key_from_seed(seed: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key_b64(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return unpadded_b64(raw)


def sign_json(
    obj: dict[str, Any], signer: str, key_id: str, key: Ed25519PrivateKey
) -> dict[str, Any]:
    """A copy of `obj` with our signature added under signatures[signer][key_id]."""
    signature = unpadded_b64(key.sign(signable_bytes(obj)))
    signed = copy.deepcopy(obj)
    signed.setdefault("signatures", {}).setdefault(signer, {})[key_id] = signature
    return signed


def verify_json(obj: dict[str, Any], signer: str, key_id: str, public_key: str) -> bool:
    """True only when obj carries a valid signature by `public_key` under signer/key_id."""
    try:
        signature = b64_decode(obj["signatures"][signer][key_id])
        key = Ed25519PublicKey.from_public_bytes(b64_decode(public_key))
        key.verify(signature, signable_bytes(obj))
    except (KeyError, TypeError, ValueError, InvalidSignature):
        return False
    return True
