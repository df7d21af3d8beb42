"""The symmetric building blocks the spec's key formats share: AES-CTR with the 64-bit counter
Element's files use, HKDF-SHA-256, HMAC-SHA-256 checked in constant time, lenient base64."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

BLOCK = 16


def aes_ctr(key: bytes, iv: bytes, data: bytes) -> bytes:
    """AES-256-CTR where only the low 64 bits of the counter block count (and wrap), as
    WebCrypto's `length: 64` does. Matrix clears bit 63 of the IV so that the usual 128-bit
    counter agrees, but Element once wrote files with it set: this reads those too."""
    if len(iv) != BLOCK:
        raise ValueError("IV must be 16 bytes")
    high, low = iv[:8], int.from_bytes(iv[8:], "big")
    before_wrap = ((1 << 64) - low) * BLOCK  # bytes until the low half wraps to zero
    if len(data) <= before_wrap:
        return _ctr(key, iv, data)
    return _ctr(key, iv, data[:before_wrap]) + _ctr(key, high + bytes(8), data[before_wrap:])


def _ctr(key: bytes, counter: bytes, data: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.CTR(counter)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def hkdf_sha256(secret: bytes, length: int, info: bytes, salt: bytes = b"\x00" * 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(secret)


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def same_mac(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def b64decode_any(value: object) -> bytes:
    """Padded or unpadded standard base64 (the spec asks for both to be accepted)."""
    if not isinstance(value, str):
        raise ValueError("not a string")
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValueError("not base64") from error


def b64encode_unpadded(data: bytes) -> str:
    return base64.b64encode(data).decode().rstrip("=")
