"""The session's side of per-message authenticity (issue 15.2): which Megolm sessions reached
this device authenticated, what a row's stamp means, and when rows must be judged again.

A decrypted event is stamped by the session with its Megolm session id and sender key
(room_timeline.ORIGIN_KEY, set on every decrypted event and removed from every clear one, so a
sender or the server cannot supply it). The timeline asks `judge_row` when it draws the row;
`AuthenticityJudge` (crypto/authenticity.py) gives the verdict. Authenticated sessions are kept
in the encrypted cache, written with the sync's batch.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from client.core.crypto.authenticity import AuthenticityJudge, MegolmOrigin
from client.core.events import Authenticity

log = logging.getLogger(__name__)

SigningKeyOf = Callable[[str, str, str], str]  # (room, sender key, session id) -> Ed25519


class MessageAuthenticity:
    def __init__(
        self,
        own_user_id: str,
        judge: AuthenticityJudge,
        signing_key_of: SigningKeyOf,
        room_encrypted: Callable[[str], bool],
        authenticated: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self.own_user_id = own_user_id
        self.judge = judge
        self._signing_key_of = signing_key_of
        self._room_encrypted = room_encrypted
        self._authenticated: dict[tuple[str, str], str] = dict(authenticated or {})
        self._origins: dict[tuple[str, str], MegolmOrigin] = {}

    def judge_row(self, room_id: str, sender: str, stamp: object, encrypted: bool) -> Authenticity:
        if not encrypted:
            return self.judge.judge(sender, None, False, self._room_encrypted(room_id))
        origin = self._origin(room_id, stamp)
        if origin is None:
            # Decrypted, but not stamped: our own echo (we encrypted it), or a row cached before
            # stamps existed, whose session nobody can tell now.
            if sender == self.own_user_id:
                return Authenticity.TRUSTED
            return Authenticity.NOT_GUARANTEED
        return self.judge.judge(sender, origin, True, True)

    def _origin(self, room_id: str, stamp: object) -> MegolmOrigin | None:
        if not isinstance(stamp, dict):
            return None
        session_id, sender_key = stamp.get("session_id"), stamp.get("sender_key")
        if not isinstance(session_id, str) or not isinstance(sender_key, str):
            return None
        key = (session_id, sender_key)
        origin = self._origins.get(key)
        if origin is None:
            confirmed = self._authenticated.get(key)
            if confirmed is not None:
                # The key that came with the authenticated copy, never an importer's claim.
                origin = MegolmOrigin(session_id, sender_key, confirmed, True)
            else:
                claimed = self._signing_key_of(room_id, sender_key, session_id)
                origin = MegolmOrigin(session_id, sender_key, claimed, False)
            if len(self._origins) > 50_000:
                self._origins.clear()
            self._origins[key] = origin
        return origin

    def session_authenticated(self, session_id: str, sender_key: str, ed25519: str) -> bool:
        """A session reached us over Olm from its device (or is ours). True when rows already
        drawn with it must be judged again (they were drawn as unauthenticated)."""
        key = (session_id, sender_key)
        if self._authenticated.get(key) == ed25519:
            return False
        self._authenticated[key] = ed25519
        # The judge's verdicts are keyed by the origin, which now says "authenticated".
        return self._origins.pop(key, None) is not None
