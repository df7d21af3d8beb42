"""The QR code payload of Matrix key verification (client-server spec, "QR codes").

    "MATRIX" | version 0x02 | mode | u16 BE flow-id length | flow id | key1 (32) | key2 (32)
    | shared secret (the rest, at least 8 bytes; we make 16)

Modes and what the two keys are, from the point of view of the device *showing* the code:

    0x00 other user         key1 = my master key      key2 = the other user's master key
    0x01 self, I trust MSK   key1 = my master key      key2 = the other device's device key
    0x02 self, I don't       key1 = my device key      key2 = my user's master key

The flow id is the to-device transaction id, or the event id of the in-room request.
`decode` validates everything and raises QrCodeError, and only QrCodeError, for any
malformed input: a QR code is data from a camera or a file, so it is hostile until proven
otherwise (tests/unit/core/verification/test_qr.py fuzzes it with 100,000 inputs).
"""

from __future__ import annotations

import base64
import binascii
import enum
import secrets
import struct
from dataclasses import dataclass

from client.core.errors import PliError
from client.core.i18n import QT_TRANSLATE_NOOP

HEADER = b"MATRIX"
VERSION = 0x02
KEY_LENGTH = 32
MIN_SECRET_LENGTH = 8
SECRET_LENGTH = 16
# A version-40 QR code holds at most 2,953 bytes in byte mode at the lowest error correction.
MAX_PAYLOAD = 2953
_FIXED = len(HEADER) + 1 + 1 + 2


class QrMode(enum.IntEnum):
    VERIFYING_ANOTHER_USER = 0x00
    SELF_VERIFYING_MASTER_KEY_TRUSTED = 0x01
    SELF_VERIFYING_MASTER_KEY_UNTRUSTED = 0x02


class QrCodeError(PliError):
    """Anything wrong with a scanned code."""

    message = QT_TRANSLATE_NOOP("Errors", "This is not a valid Matrix verification code.")
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Scan the code shown by the other device in its verification window."
    )


@dataclass(frozen=True)
class QrPayload:
    mode: QrMode
    flow_id: str
    key1: bytes
    key2: bytes
    secret: bytes

    def __post_init__(self) -> None:
        if len(self.key1) != KEY_LENGTH or len(self.key2) != KEY_LENGTH:
            raise QrCodeError("keys must be 32 bytes")
        if len(self.secret) < MIN_SECRET_LENGTH:
            raise QrCodeError("shared secret shorter than 8 bytes")
        flow = self.flow_id.encode("utf-8")
        if not flow or len(flow) > 0xFFFF:
            raise QrCodeError("flow id empty or too long")
        if _FIXED + len(flow) + 2 * KEY_LENGTH + len(self.secret) > MAX_PAYLOAD:
            raise QrCodeError("payload too large for a QR code")

    @classmethod
    def new(cls, mode: QrMode, flow_id: str, key1: bytes, key2: bytes) -> QrPayload:
        """A payload with a fresh 16-byte random shared secret."""
        return cls(mode, flow_id, key1, key2, secrets.token_bytes(SECRET_LENGTH))

    def encode(self) -> bytes:
        flow = self.flow_id.encode("utf-8")
        return b"".join(
            [
                HEADER,
                bytes([VERSION, int(self.mode)]),
                struct.pack(">H", len(flow)),
                flow,
                self.key1,
                self.key2,
                self.secret,
            ]
        )


def decode(data: bytes) -> QrPayload:
    """Parse and validate a scanned payload. Raises QrCodeError for anything malformed."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise QrCodeError("payload is not bytes")
    data = bytes(data)
    if len(data) > MAX_PAYLOAD:
        raise QrCodeError("payload too large")
    if len(data) < _FIXED or not data.startswith(HEADER):
        raise QrCodeError("not a Matrix verification code")
    version, mode = data[6], data[7]
    if version != VERSION:
        raise QrCodeError(f"unsupported version {version:#04x}")
    try:
        qr_mode = QrMode(mode)
    except ValueError:
        raise QrCodeError(f"unknown mode {mode:#04x}") from None
    (flow_length,) = struct.unpack(">H", data[8:10])
    rest = data[10:]
    if flow_length == 0 or len(rest) < flow_length + 2 * KEY_LENGTH + MIN_SECRET_LENGTH:
        raise QrCodeError("payload too short for its flow id, keys and secret")
    try:
        flow_id = rest[:flow_length].decode("utf-8")
    except UnicodeDecodeError:
        raise QrCodeError("flow id is not UTF-8") from None
    keys = rest[flow_length : flow_length + 2 * KEY_LENGTH]
    secret = rest[flow_length + 2 * KEY_LENGTH :]
    key1, key2 = keys[:KEY_LENGTH], keys[KEY_LENGTH:]
    if not (is_ed25519_point(key1) and is_ed25519_point(key2)):
        raise QrCodeError("a key is not an Ed25519 public key")
    return QrPayload(qr_mode, flow_id, key1, key2, secret)


def is_ed25519_point(raw: bytes) -> bool:
    """True when 32 bytes decompress to a point of the curve (as matrix-rust-sdk checks)."""
    import vodozemac

    try:
        vodozemac.Ed25519PublicKey.from_base64(key_to_base64(raw))
    except Exception:  # vodozemac.KeyException, or anything else: not a key
        return False
    return True


def key_from_base64(value: str) -> bytes:
    """A Matrix key (unpadded base64 of 32 bytes) as raw bytes."""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise QrCodeError("key is not base64") from None
    if len(raw) != KEY_LENGTH:
        raise QrCodeError("key is not 32 bytes")
    return raw


def key_to_base64(raw: bytes) -> str:
    return base64.b64encode(raw).decode().rstrip("=")
