"""Which keys an Olm encryption may go to: one answer for every encryption Pli makes (room
keys, secrets, anything sent to one device).

Two views of a device's keys exist. nio encrypts to its own device store, which keeps the
*first* keys it ever saw for a device id and ignores later ones; Pli's KeyDirectory (our own
checked /keys/query) holds the keys trust is decided on. A hostile server can make them differ:
it plants keys of its own under a device id, then hands that id to the user's real new laptop.
The user verifies the laptop (the verification reads the real keys) and, without this check,
the secrets would be encrypted to the planted ones (tests/adversarial/test_planted_device.py).

So an encryption goes to a device only when the Curve25519 *and* Ed25519 keys nio would use
are exactly those of the directory, the pair the trust engine judged. A device the directory
does not know is refused too (fail closed; callers refresh the directory first). A conflict is
logged and reported once per pair of key sets, for the UI to warn.
"""

from __future__ import annotations

import enum
import hmac
import logging
from collections.abc import Callable

from client.core.crypto.directory import KeyDirectory

log = logging.getLogger(__name__)


class Recipient(enum.Enum):
    SAME = "same"  # nio's keys are the directory's: encrypt
    UNKNOWN = "unknown"  # the directory has no checked keys for the device: refuse
    CONFLICT = "conflict"  # the two views differ: refuse and warn


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


class RecipientGuard:
    def __init__(
        self, directory: KeyDirectory, on_conflict: Callable[[str, str], None] | None = None
    ) -> None:
        self.directory = directory
        self.on_conflict = on_conflict
        self._reported: set[tuple[str, str, str, str]] = set()

    def check(self, user_id: str, device_id: str, curve25519: str, ed25519: str) -> Recipient:
        info = self.directory.device(user_id, device_id)
        if info is None or not info.curve25519:
            return Recipient.UNKNOWN
        if _same(info.curve25519, curve25519) and _same(info.ed25519, ed25519):
            return Recipient.SAME
        key = (user_id, device_id, curve25519, ed25519)
        if key not in self._reported:
            self._reported.add(key)
            log.warning(
                "device %s of %s: the keys nio would encrypt to (ed25519 %s) are not the "
                "checked ones (ed25519 %s); nothing is encrypted to it",
                device_id,
                user_id,
                ed25519,
                info.ed25519,
            )
            if self.on_conflict is not None:
                self.on_conflict(user_id, device_id)
        return Recipient.CONFLICT

    def allows(self, user_id: str, device_id: str, curve25519: str, ed25519: str) -> bool:
        return self.check(user_id, device_id, curve25519, ed25519) is Recipient.SAME
