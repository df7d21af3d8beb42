"""A 32-byte private key shown to people (spec appendix "Cryptographic key representation"):
0x8B 0x01 | key | parity (XOR of all previous bytes), base58 (Bitcoin alphabet), a space after
every 4th character. Reading ignores whitespace and checks everything."""

from __future__ import annotations

import base58

from client.core.errors import PliError
from client.core.i18n import QT_TRANSLATE_NOOP

PREFIX = b"\x8b\x01"
KEY_LENGTH = 32


class RecoveryKeyError(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "This is not a valid recovery key.")
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "Type the 48 characters exactly as written when you saved it (spaces do not matter), "
        "or use your passphrase.",
    )


def _parity(data: bytes) -> int:
    parity = 0
    for byte in data:
        parity ^= byte
    return parity


def encode(key: bytes) -> str:
    if len(key) != KEY_LENGTH:
        raise ValueError("a recovery key holds 32 bytes")
    raw = PREFIX + key
    text = base58.b58encode(raw + bytes([_parity(raw)])).decode()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def decode(text: str) -> bytes:
    """The 32-byte key, or RecoveryKeyError for anything else (typo, wrong length, another
    kind of key, failed parity)."""
    compact = "".join(str(text).split())
    try:
        raw = base58.b58decode(compact)
    except ValueError:
        raise RecoveryKeyError("not base58") from None
    if len(raw) != len(PREFIX) + KEY_LENGTH + 1 or not raw.startswith(PREFIX):
        raise RecoveryKeyError("wrong length or prefix")
    if _parity(raw[:-1]) != raw[-1]:
        raise RecoveryKeyError("parity check failed")
    return raw[len(PREFIX) : -1]
