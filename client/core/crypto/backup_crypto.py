"""Server-side key backup crypto, algorithm m.megolm_backup.v1.curve25519-aes-sha2 (spec
"Server-side key backups"): each room key is sealed to the backup's Curve25519 public key
(ephemeral ECDH, HKDF, AES-CBC, and the historical 8-byte MAC of an empty string — the spec's
warning). vodozemac's PkEncryption/PkDecryption implement exactly that scheme.

The decryption key is 32 random bytes, kept in secret storage as `m.megolm_backup.v1`
(unpadded base64), shared between verified own devices, or shown as a recovery key.
"""

from __future__ import annotations

import json
import secrets as _random
from dataclasses import dataclass
from typing import Any

import vodozemac

from client.core.crypto.symmetric import b64decode_any, b64encode_unpadded
from client.core.errors import PliError
from client.core.i18n import QT_TRANSLATE_NOOP

ALGORITHM = "m.megolm_backup.v1.curve25519-aes-sha2"


class BackupDataError(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "A backed-up key could not be read.")
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Other keys are still restored. If many fail, the backup may be damaged."
    )


def _message(ephemeral: str, mac: str, ciphertext: str) -> vodozemac.Message:
    # vodozemac 0.10: Message.from_base64 takes (ciphertext, mac, ephemeral) as documented,
    # but Message.to_base64 returns (ephemeral, mac, ciphertext) (FACTS.md); never pass one to
    # the other. Pinned by test_backup_crypto.py against matrix-rust-sdk's vector.
    return vodozemac.Message.from_base64(ciphertext, mac, ephemeral)


@dataclass(frozen=True)
class BackupKey:
    """The backup's private (decryption) key."""

    private: bytes

    @classmethod
    def generate(cls) -> BackupKey:
        return cls(_random.token_bytes(32))

    @classmethod
    def from_base64(cls, value: str) -> BackupKey:
        raw = b64decode_any(value)
        if len(raw) != 32:
            raise ValueError("a backup key is 32 bytes")
        return cls(raw)

    def to_base64(self) -> str:
        return b64encode_unpadded(self.private)

    def _decryption(self) -> vodozemac.PkDecryption:
        return vodozemac.PkDecryption.from_key(
            vodozemac.Curve25519SecretKey.from_bytes(self.private)
        )

    @property
    def public_key(self) -> str:
        return str(self._decryption().public_key.to_base64())

    def decrypt_session(self, session_data: object) -> dict[str, Any]:
        """The backed-up room key (BackedUpSessionData) inside `session_data`. Raises
        BackupDataError for anything malformed or forged."""
        if not isinstance(session_data, dict):
            raise BackupDataError("session_data is not an object")
        parts = [session_data.get(k) for k in ("ephemeral", "mac", "ciphertext")]
        if not all(isinstance(part, str) and part for part in parts):
            raise BackupDataError("session_data lacks ephemeral/mac/ciphertext")
        try:
            message = _message(*[str(p).rstrip("=") for p in parts])
            plaintext = self._decryption().decrypt(message)
            data = json.loads(plaintext)
        except Exception as error:  # vodozemac errors (bad MAC, key, padding) or bad JSON
            raise BackupDataError(f"undecryptable: {type(error).__name__}") from None
        if not isinstance(data, dict) or not isinstance(data.get("session_key"), str):
            raise BackupDataError("decrypted data is not a room key")
        return data


def encrypt_session(public_key: str, session: dict[str, Any]) -> dict[str, str]:
    """Seal one BackedUpSessionData to the backup's public key."""
    encryption = vodozemac.PkEncryption.from_key(
        vodozemac.Curve25519PublicKey.from_base64(public_key)
    )
    message = encryption.encrypt(json.dumps(session, separators=(",", ":")).encode("utf-8"))
    return {
        "ephemeral": b64encode_unpadded(message.ephemeral_key),
        "mac": b64encode_unpadded(message.mac),
        "ciphertext": b64encode_unpadded(message.ciphertext),
    }
