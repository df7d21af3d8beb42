"""Room version 12 power levels. The nio test pins the bug we correct: if nio learns privileged
creators, it fails and tells us to drop the correction."""

from __future__ import annotations

import math

from nio.events.room_events import DefaultLevels, PowerLevels

from client.core.session import power

CREATE_V12 = {
    "type": "m.room.create",
    "sender": "@creator:x",
    "content": {"room_version": "12", "additional_creators": ["@co:x", 5]},
}
CREATE_V11 = {"type": "m.room.create", "sender": "@creator:x", "content": {"room_version": "11"}}


def test_nio_thinks_the_v12_creator_has_power_zero() -> None:
    # What Synapse puts in a v12 room's power levels: the creator is not listed.
    levels = PowerLevels(defaults=DefaultLevels(state_default=50, invite=50))
    assert levels.get_user_level("@creator:x") == 0
    assert not levels.can_user_send_state("@creator:x", "m.room.name")


def test_privileged_creators_have_infinite_power_in_v12() -> None:
    creators = power.RoomCreators.from_create_event(CREATE_V12)
    assert creators.creators == {"@creator:x", "@co:x"}
    levels = PowerLevels(defaults=DefaultLevels(state_default=50, invite=50))
    assert power.user_level(levels, creators, "@creator:x") == math.inf
    assert power.user_level(levels, creators, "@co:x") == math.inf
    assert power.can_send_state(levels, creators, "@creator:x", "m.room.name")
    assert power.can_invite(levels, creators, "@creator:x")
    assert power.user_level(levels, creators, "@other:x") == 0


def test_older_rooms_keep_listed_levels() -> None:
    creators = power.RoomCreators.from_create_event(CREATE_V11)
    levels = PowerLevels(users={"@creator:x": 100})
    assert power.user_level(levels, creators, "@creator:x") == 100
    assert not power.has_privileged_creators("11")
    assert power.has_privileged_creators("12") and power.has_privileged_creators("13")


def test_malformed_create_event_does_not_crash() -> None:
    creators = power.RoomCreators.from_create_event({"content": None})
    assert creators.room_version == "1" and creators.creators == frozenset()
