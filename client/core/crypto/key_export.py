"""Key files (spec "Key exports"): room keys exported to a passphrase-protected text file and
imported back, compatible with Element.

    PBKDF2-HMAC-SHA-512(passphrase, salt, N) -> K (AES-256-CTR) | K' (HMAC-SHA-256)
    body = 0x01 | salt (16) | IV (16) | N (u32 BE) | AES-CTR(K, IV, JSON) | HMAC(K', all before)
    file = "-----BEGIN MEGOLM SESSION DATA-----" / base64 lines / "-----END …-----"

hashlib's PBKDF2 (C) rather than nio's pure-Python loop (285 ms per 10,000 rounds, FACTS.md);
the MAC is checked in constant time before anything is decrypted; CRLF line ends and Element's
old files whose IV has bit 63 set are read (symmetric.aes_ctr).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets as _random
import struct
from typing import Any

from client.core.crypto.symmetric import aes_ctr, hmac_sha256, same_mac
from client.core.errors import PliError
from client.core.i18n import QT_TRANSLATE_NOOP

HEADER = "-----BEGIN MEGOLM SESSION DATA-----"
TRAILER = "-----END MEGOLM SESSION DATA-----"
VERSION = 1
EXPORT_ROUNDS = 500_000
# A file asking for more rounds than this is refused rather than run for minutes.
MAX_ROUNDS = 10_000_000
_FIXED = 1 + 16 + 16 + 4
_MAC = 32


class KeyFileError(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "This file is not a key file Pli can read.")
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Choose a file exported from Pli or Element (“element-keys.txt”)."
    )


class WrongKeyFilePassphrase(KeyFileError):
    message = QT_TRANSLATE_NOOP("Errors", "The passphrase of this key file is wrong.")
    advice = QT_TRANSLATE_NOOP("Errors", "Type the passphrase chosen when the file was made.")


def _derive(passphrase: str, salt: bytes, rounds: int) -> tuple[bytes, bytes]:
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, rounds, 64)
    return key[:32], key[32:]


def encrypt(plaintext: bytes, passphrase: str, rounds: int = EXPORT_ROUNDS) -> str:
    salt = _random.token_bytes(16)
    iv = bytearray(_random.token_bytes(16))
    iv[8] &= 0x7F  # bit 63 cleared (spec)
    aes_key, mac_key = _derive(passphrase, salt, rounds)
    body = bytes([VERSION]) + salt + bytes(iv) + struct.pack(">I", rounds)
    body += aes_ctr(aes_key, bytes(iv), plaintext)
    body += hmac_sha256(mac_key, body)
    encoded = base64.b64encode(body).decode()
    lines = [encoded[i : i + 76] for i in range(0, len(encoded), 76)]
    return "\n".join([HEADER, *lines, TRAILER]) + "\n"


def _body(text: str) -> bytes:
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    try:
        start = lines.index(HEADER)
    except ValueError:
        raise KeyFileError("header line not found") from None
    try:
        end = lines.index(TRAILER, start + 1)
    except ValueError:
        raise KeyFileError("trailer line not found") from None
    try:
        return base64.b64decode("".join(lines[start + 1 : end]), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError("body is not base64") from None


def decrypt(text: str, passphrase: str) -> bytes:
    body = _body(text)
    if len(body) < _FIXED + _MAC:
        raise KeyFileError("too short")
    if body[0] != VERSION:
        raise KeyFileError(f"unsupported version {body[0]}")
    salt, iv = body[1:17], body[17:33]
    (rounds,) = struct.unpack(">I", body[33:37])
    if not 1 <= rounds <= MAX_ROUNDS:
        raise KeyFileError(f"unreasonable number of rounds: {rounds}")
    aes_key, mac_key = _derive(passphrase, salt, rounds)
    if not same_mac(hmac_sha256(mac_key, body[:-_MAC]), body[-_MAC:]):
        raise WrongKeyFilePassphrase("MAC mismatch")
    return aes_ctr(aes_key, iv, body[_FIXED:-_MAC])


REQUIRED = ("algorithm", "room_id", "sender_key", "session_id", "session_key")


def export_sessions(
    sessions: list[dict[str, Any]], passphrase: str, rounds: int = EXPORT_ROUNDS
) -> str:
    return encrypt(json.dumps(sessions, separators=(",", ":")).encode("utf-8"), passphrase, rounds)


def import_sessions(text: str, passphrase: str) -> tuple[list[dict[str, Any]], int]:
    """(usable sessions, number skipped as malformed). Raises KeyFileError or
    WrongKeyFilePassphrase; nothing is imported from a file that fails."""
    plaintext = decrypt(text, passphrase)
    try:
        data = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise KeyFileError("content is not JSON") from None
    if not isinstance(data, list):
        raise KeyFileError("content is not a list of sessions")
    good = [
        entry
        for entry in data
        if isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in REQUIRED)
    ]
    return good, len(data) - len(good)
