"""Power levels that are right for room version 12 (Synapse's default).

Since room version 12 (MSC4289, "privileged creators"), the creator of a room (the sender of
m.room.create) and the users in its `additional_creators` have infinite power and are *not*
listed in m.room.power_levels. nio 0.26 does not know this: it reads the creator's level from
`users` or `users_default` and so thinks the creator has power 0 (FACTS.md). This module is the
corrected view; nio's PowerLevels is only read for its numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

_PRIVILEGED_CREATOR_VERSIONS_FROM = 12


def has_privileged_creators(room_version: str) -> bool:
    try:
        return int(room_version) >= _PRIVILEGED_CREATOR_VERSIONS_FROM
    except ValueError:
        return room_version.startswith("org.matrix.hydra")


@dataclass
class RoomCreators:
    """What we read from m.room.create (nio keeps the version but drops the sender)."""

    room_version: str = "1"
    creators: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_create_event(cls, source: dict[str, Any]) -> RoomCreators:
        content = source.get("content") or {}
        version = str(content.get("room_version", "1"))
        creators = {str(source.get("sender", ""))}
        extra = content.get("additional_creators")
        if isinstance(extra, list):
            creators.update(str(user) for user in extra if isinstance(user, str))
        creators.discard("")
        return cls(version, frozenset(creators))


def user_level(nio_power_levels: Any, creators: RoomCreators, user_id: str) -> float:
    """The user's power; math.inf for privileged creators."""
    if has_privileged_creators(creators.room_version) and user_id in creators.creators:
        return math.inf
    return float(nio_power_levels.get_user_level(user_id))


def can_send_message(
    nio_power_levels: Any, creators: RoomCreators, user_id: str, event_type: str = "m.room.message"
) -> bool:
    needed = float(nio_power_levels.get_message_event_required_level(event_type))
    return user_level(nio_power_levels, creators, user_id) >= needed


def can_invite(nio_power_levels: Any, creators: RoomCreators, user_id: str) -> bool:
    needed = float(nio_power_levels.defaults.invite)
    return user_level(nio_power_levels, creators, user_id) >= needed


def can_redact_others(nio_power_levels: Any, creators: RoomCreators, user_id: str) -> bool:
    """May this user redact other people's events (the `redact` level)?"""
    needed = float(getattr(nio_power_levels.defaults, "redact", 50))
    return user_level(nio_power_levels, creators, user_id) >= needed


def can_send_state(
    nio_power_levels: Any, creators: RoomCreators, user_id: str, event_type: str
) -> bool:
    needed = float(nio_power_levels.get_state_event_required_level(event_type))
    return user_level(nio_power_levels, creators, user_id) >= needed
