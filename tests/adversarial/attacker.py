"""The hostile server's own Olm device: keys it publishes under a device id of its choosing,
and the decryption of whatever a client encrypts to them. A real Olm account (vodozemac), so
a test shows a leak by reading the plaintext, not by guessing from the traffic."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import vodozemac

from client.core.crypto.signing import canonical_json

OLM = "m.olm.v1.curve25519-aes-sha2"
MEGOLM = "m.megolm.v1.aes-sha2"


@dataclass
class AttackerDevice:
    user_id: str
    device_id: str
    account: vodozemac.Account = field(default_factory=vodozemac.Account)
    decrypted: list[dict[str, Any]] = field(default_factory=list)
    _sessions: list[vodozemac.Session] = field(default_factory=list)

    @property
    def curve25519(self) -> str:
        return str(self.account.curve25519_key.to_base64())

    @property
    def ed25519(self) -> str:
        return str(self.account.ed25519_key.to_base64())

    def _signed(self, obj: dict[str, Any]) -> dict[str, Any]:
        signature = self.account.sign(canonical_json(obj)).to_base64()
        return {**obj, "signatures": {self.user_id: {f"ed25519:{self.device_id}": signature}}}

    def device_keys(self) -> dict[str, Any]:
        """A device key object that passes every check a client makes: right user and
        device id, signed by its own Ed25519 key."""
        return self._signed(
            {
                "user_id": self.user_id,
                "device_id": self.device_id,
                "algorithms": [OLM, MEGOLM],
                "keys": {
                    f"curve25519:{self.device_id}": self.curve25519,
                    f"ed25519:{self.device_id}": self.ed25519,
                },
            }
        )

    def one_time_key(self) -> dict[str, Any]:
        """A signed one-time key, for a /keys/claim answer: the Olm session a client then
        creates is one this account can open."""
        self.account.generate_one_time_keys(1)
        key_id, key = next(iter(self.account.one_time_keys.items()))
        self.account.mark_keys_as_published()
        return {f"signed_curve25519:{key_id}": self._signed({"key": key.to_base64()})}

    def read(self, content: dict[str, Any]) -> dict[str, Any] | None:
        """Decrypt an Olm to-device message if it was encrypted to this device's key."""
        ciphertext = content.get("ciphertext")
        if content.get("algorithm") != OLM or not isinstance(ciphertext, dict):
            return None
        mine = ciphertext.get(self.curve25519)
        if not isinstance(mine, dict) or mine.get("type") != 0:
            return None
        sender = vodozemac.Curve25519PublicKey.from_base64(content["sender_key"])
        message = vodozemac.PreKeyMessage.from_base64(mine["body"])
        plaintext = None
        for session in self._sessions:  # a later message of a session already opened
            if session.session_matches(message):
                plaintext = session.decrypt(message.to_any())
        if plaintext is None:
            session, plaintext = self.account.create_inbound_session(sender, message)
            self._sessions.append(session)
        payload: dict[str, Any] = json.loads(plaintext)
        self.decrypted.append(payload)
        return payload

    def read_to_device(self, body: dict[str, Any]) -> None:
        """Every message of a /sendToDevice body addressed to this device."""
        messages = body.get("messages", {}).get(self.user_id, {})
        content = messages.get(self.device_id) if isinstance(messages, dict) else None
        if isinstance(content, dict):
            self.read(content)
