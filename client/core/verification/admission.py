"""Who may open a verification with us, and how many at once (issue 15, point 4).

A verification request opens a dialog in front of the user, so it is a way into their screen:
without limits any Matrix user, with no room in common, could open as many dialogs as they send
to-device messages. The rules, decided before anything else is done with a request (before the
sender's keys are even fetched, which would otherwise be a network call per message):

- to-device requests, and the old `start` without a request, only from my own user (my other
  devices); another person verifies me in a room we share, as Element does;
- in-room requests only from someone who is a joined member of that room;
- one live request per sender device (a newer one replaces the older, as the spec says);
- at most `per_sender_live` live requests per person and `total_live` in all;
- at most `per_sender_window` new requests per person in `window_ms`, so replacing one's own
  request in a loop does not flood either.

Pure: the manager passes the clock and the live flows; nothing here does I/O.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from client.core.verification.flow import VerificationFlow


@dataclass(frozen=True)
class RequestLimits:
    per_sender_live: int = 3
    total_live: int = 10
    per_sender_window: int = 5
    window_ms: int = 10 * 60 * 1000


class Refusal(Enum):
    """Why a request is ignored (for the log; the sender is never told)."""

    NOT_MY_USER = "to-device request from another user"
    NOT_A_MEMBER = "in-room request from someone not in the room"
    TOO_MANY_FROM_SENDER = "too many live requests from this sender"
    TOO_MANY_IN_ALL = "too many live requests"
    TOO_FREQUENT = "too many requests from this sender lately"


class Admission:
    def __init__(self, own_user: str, limits: RequestLimits | None = None) -> None:
        self.own_user = own_user
        self.limits = limits or RequestLimits()
        self._recent: dict[str, deque[int]] = {}

    def to_device(self, sender: str) -> Refusal | None:
        """A to-device request or start that belongs to no flow of ours."""
        return None if sender == self.own_user else Refusal.NOT_MY_USER

    def in_room(self, sender: str, is_member: bool) -> Refusal | None:
        return None if is_member else Refusal.NOT_A_MEMBER

    def admit(
        self,
        sender: str,
        device: str | None,
        live: Iterable[VerificationFlow],
        now_ms: int,
    ) -> Refusal | None:
        """The counting rules, for a request that passed its channel's rule. Admitting counts
        it; the caller then replaces the same device's older request."""
        incoming = [f for f in live if not f.finished and not f.we_requested]
        # The request this one replaces (same device) does not count against it.
        others = [f for f in incoming if not (f.them == sender and f.them_device == device)]
        if sum(1 for f in others if f.them == sender) >= self.limits.per_sender_live:
            return Refusal.TOO_MANY_FROM_SENDER
        if len(others) >= self.limits.total_live:
            return Refusal.TOO_MANY_IN_ALL
        recent = self._recent.setdefault(sender, deque())
        while recent and recent[0] <= now_ms - self.limits.window_ms:
            recent.popleft()
        # My own user too: a hostile server can send to-device messages in my name.
        if len(recent) >= self.limits.per_sender_window:
            return Refusal.TOO_FREQUENT
        recent.append(now_ms)
        if len(self._recent) > 1000:  # a bound on what a crowd of senders can make us keep
            horizon = now_ms - self.limits.window_ms
            for user in [
                u for u, times in self._recent.items() if not times or times[-1] <= horizon
            ]:
                del self._recent[user]
        return None
