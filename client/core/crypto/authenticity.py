"""Per-message authenticity: may this message be shown as coming from its sender? (issue 15.2)

The chain, for a decrypted message: its Megolm session → the session's sender key (Curve25519)
and claimed Ed25519 key → the device of the *sender* in the key directory with that Curve25519
key, whose self-signed object binds the two → whether the session reached us from that device
itself → the trust engine's view of the device and its owner.

The verdicts follow matrix-rust-sdk's "lax" shield state, which Element (matrix-js-sdk's
`getEncryptionInfoForEvent`) shows; the tests compare both on the same events:

=======================  =====  ========================================================
verdict                  shield  when
=======================  =====  ========================================================
UNCHECKED                none   the sender's keys are being fetched (once; if that fails the
                                verdict is UNKNOWN_DEVICE, so a server that withholds keys
                                gains nothing)
TRUSTED                  none   an authenticated session from a device its owner signed (or
                                that we verified), and no verified identity has changed
UNVERIFIED_IDENTITY      none   the same from a person we never verified: Element shows
                                nothing either (their identity is pinned at first sight)
NOT_GUARANTEED           grey   the key came from the backup, a key file or a forward: anyone
                                who knows the backup's public key (the server) can make one
UNSIGNED_DEVICE          red    the device is not signed by its owner (nor verified by us)
UNKNOWN_DEVICE           red    no device of the sender has this key (deleted, or forged)
MISMATCHED_SENDER        red    the device's Ed25519 key is not the one the session claims
VERIFICATION_VIOLATION   red    the sender was verified and their identity has changed
NOT_ENCRYPTED            red    a message in clear in an encrypted room
PLAIN                    none   a message in a room that is not encrypted
=======================  =====  ========================================================

Pure but for the lookups it is given (the key directory and trust engine are in memory); the
verdict of a (sender, session) is kept until the sender's trust changes.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass

from client.core.crypto.directory import DeviceInfo, KeyDirectory
from client.core.crypto.trust import DeviceTrust, TrustEngine
from client.core.events import Authenticity


@dataclass(frozen=True)
class MegolmOrigin:
    """What the decryption knew of a message's session. `claimed_ed25519` is the signing key
    the session was stored with (from the Olm-encrypted m.room_key, or from whoever gave us an
    imported copy); `authenticated`: the session reached this device over Olm from its own
    sender (or we created it), not from a backup, a key file or a forward."""

    session_id: str
    sender_key: str
    claimed_ed25519: str
    authenticated: bool


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


class AuthenticityJudge:
    def __init__(
        self,
        directory: KeyDirectory,
        trust: TrustEngine,
        on_unknown_sender: Callable[[str], None] = lambda _user: None,
    ) -> None:
        self.directory = directory
        self.trust = trust
        # Asked once per user whose keys the directory has never read: the caller fetches them,
        # calls tried(user), and the rows are judged again.
        self._on_unknown_sender = on_unknown_sender
        self._asked: set[str] = set()
        self._tried: set[str] = set()
        self._verdicts: dict[tuple[str, MegolmOrigin], Authenticity] = {}

    def tried(self, user_id: str) -> None:
        """The fetch of this user's keys is over (whatever came of it)."""
        self._tried.add(user_id)
        self.forget(user_id)

    def forget(self, user_id: str | None = None) -> None:
        """The trust or keys of this user (None: anyone) changed: judge their messages again."""
        if user_id is None:
            self._verdicts.clear()
            return
        for key in [k for k in self._verdicts if k[0] == user_id]:
            del self._verdicts[key]

    def judge(
        self, sender: str, origin: MegolmOrigin | None, encrypted: bool, room_encrypted: bool
    ) -> Authenticity:
        if not encrypted or origin is None:
            # A decrypted event always has an origin; without one it was sent in clear.
            return Authenticity.NOT_ENCRYPTED if room_encrypted else Authenticity.PLAIN
        key = (sender, origin)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._judge(sender, origin)
            if len(self._verdicts) > 50_000:  # a bound: sessions are many over a year
                self._verdicts.clear()
            self._verdicts[key] = verdict
        return verdict

    def _judge(self, sender: str, origin: MegolmOrigin) -> Authenticity:
        if not self.directory.knows(sender):
            if sender in self._tried:
                return Authenticity.UNKNOWN_DEVICE  # the fetch failed or was refused
            if sender not in self._asked:
                self._asked.add(sender)
                self._on_unknown_sender(sender)
            return Authenticity.UNCHECKED
        device = self._device_with_key(sender, origin.sender_key)
        if device is None:
            return Authenticity.UNKNOWN_DEVICE
        if not origin.claimed_ed25519 or not _same(device.ed25519, origin.claimed_ed25519):
            return Authenticity.MISMATCHED_SENDER
        if not origin.authenticated:
            return Authenticity.NOT_GUARANTEED
        if sender == self.trust.user_id and device.device_id == self.trust.device_id:
            return Authenticity.TRUSTED  # this very device
        if self.trust.verification_violated(sender):
            return Authenticity.VERIFICATION_VIOLATION
        device_trust = self.trust.device_trust(sender, device.device_id)
        if device_trust is not DeviceTrust.UNVERIFIED:
            return Authenticity.TRUSTED  # we verified it, or its verified owner signed it
        cross = self.directory.cross_signing(sender)
        if cross is None or not cross.signed_by_self_signing(device.raw):
            return Authenticity.UNSIGNED_DEVICE
        # Signed by its owner, whose identity we have not verified.
        return Authenticity.UNVERIFIED_IDENTITY

    def _device_with_key(self, user_id: str, curve25519: str) -> DeviceInfo | None:
        for device in self.directory.devices(user_id):
            if device.curve25519 and _same(device.curve25519, curve25519):
                return device
        return None
