"""Rooms and people, as part of MatrixSession (a mixin, like account_security): invite, leave,
rename, change the topic; the member list with each person's trust; and sovereignty — which
members come from homeservers outside the admin policy's allow-list (or, without a policy,
outside our own server), so that the room can say "External participants from example.org".
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Awaitable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from client.core.crypto.trust import TrustEngine, UserTrust
from client.core.deferred import deferred
from client.core.errors import PliError, from_error_response
from client.core.i18n import QT_TRANSLATE_NOOP
from client.core.policy.loader import Policy
from client.core.session import power
from client.core.storage.cache import CachedMember

if TYPE_CHECKING:
    import nio
else:  # nio loads after the window shows (client/core/deferred.py)
    nio = deferred("nio")

_T = TypeVar("_T")


class Membership(enum.Enum):
    JOINED = "join"
    INVITED = "invite"


@dataclasses.dataclass(frozen=True)
class Member:
    user_id: str
    display_name: str
    membership: Membership
    power_level: float  # inf for a room-version-12 creator
    trust: UserTrust | None  # None: not known yet (keys not fetched)
    server: str
    external: bool  # from a homeserver outside the allowed ones


class InvalidInvitee(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "{user} is not a Matrix address (it looks like @name:server)."
    )
    advice = QT_TRANSLATE_NOOP("Errors", "Check the address and try again.")


def server_of(user_id: str) -> str:
    return user_id.split(":", 1)[1].lower() if ":" in user_id else ""


def external_servers(
    user_ids: Iterable[str], own_server: str, allowed: Iterable[str] = ()
) -> tuple[str, ...]:
    """The servers of these users that are neither our own nor in the allow-list (sorted,
    once each). With an allow-list, our own server counts only if it is in it too — the
    policy is the authority — but a policy that lists nothing falls back to our server."""
    permitted = {name.lower() for name in allowed} or {own_server.lower()}
    return tuple(sorted({server_of(u) for u in user_ids} - permitted - {""}))


def valid_user_id(user_id: str) -> bool:
    return (
        user_id.startswith("@")
        and ":" in user_id
        and len(user_id) <= 255
        and not any(ch.isspace() for ch in user_id)
    )


class RoomAdmin:
    # Provided by MatrixSession.
    policy: Policy
    client: nio.AsyncClient | None
    trust: TrustEngine | None

    @property
    def user_id(self) -> str:
        raise NotImplementedError

    def _require_client(self) -> nio.AsyncClient:
        raise NotImplementedError

    async def _network(self, action: str, call: Awaitable[_T]) -> _T:
        raise NotImplementedError

    def _creators_of(self, room_id: str) -> power.RoomCreators | None:
        raise NotImplementedError

    def cached_members(self, room_id: str) -> dict[str, CachedMember]:
        raise NotImplementedError

    # --- sovereignty -----------------------------------------------------------------------------

    def allowed_servers(self) -> tuple[str, ...]:
        return tuple(str(s).lower() for s in self.policy.get("allowed_homeservers") or [])

    def room_external_servers(self, room_id: str) -> tuple[str, ...]:
        """Members' servers (joined or invited) outside the allowed ones."""
        client = self.client
        room = client.rooms.get(room_id) if client is not None else None
        if room is None:
            return ()
        people = list(room.users) + list(getattr(room, "invited_users", {}) or {})
        return external_servers(people, server_of(self.user_id), self.allowed_servers())

    # --- people --------------------------------------------------------------------------------

    def _trust_of(self, user_id: str) -> UserTrust | None:
        if self.trust is None:
            return None
        try:
            return self.trust.user_trust(user_id)
        except Exception:  # keys not fetched yet: shown as unknown
            return None

    def member_rows(self, room_id: str) -> list[CachedMember]:
        """Everyone joined or invited, with their power: as the server told us, or, before
        the first sync and offline, as the cache kept them."""
        client = self.client
        room = client.rooms.get(room_id) if client is not None else None
        if room is None:  # the engine still loading, before the first sync, or offline
            return list(self.cached_members(room_id).values())
        creators = self._creators_of(room_id) or power.RoomCreators(room.room_version)
        invited: dict[str, Any] = dict(getattr(room, "invited_users", {}) or {})
        return [
            CachedMember(
                user_id,
                str(room.user_name(user_id) or user_id),
                "invite" if user_id in invited else "join",
                power.user_level(room.power_levels, creators, user_id),
            )
            for user_id in {**invited, **room.users}  # nio lists invited users in both
        ]

    def members(self, room_id: str) -> list[Member]:
        """Everyone joined or invited, with power and trust (sorted: admins, then by name)."""
        own, allowed = server_of(self.user_id), self.allowed_servers()
        found = [
            Member(
                user_id=row.user_id,
                display_name=row.display_name,
                membership=Membership(row.membership),
                power_level=row.power_level,
                trust=self._trust_of(row.user_id),
                server=server_of(row.user_id),
                external=bool(external_servers([row.user_id], own, allowed)),
            )
            for row in self.member_rows(room_id)
            if row.membership in ("join", "invite")
        ]
        return sorted(found, key=lambda m: (-m.power_level, m.display_name.casefold()))

    async def invite(self, room_id: str, user_id: str) -> None:
        if not valid_user_id(user_id):
            raise InvalidInvitee(user_id, user=user_id)
        client = self._require_client()
        response = await self._network("invite", client.room_invite(room_id, user_id))
        if isinstance(response, nio.ErrorResponse):
            raise from_error_response(response, "invite")

    async def leave(self, room_id: str) -> None:
        """Leave a room (the sync then takes it out of the list)."""
        client = self._require_client()
        response = await self._network("leave", client.room_leave(room_id))
        if isinstance(response, nio.ErrorResponse):
            raise from_error_response(response, "leave")

    async def set_room_name(self, room_id: str, name: str) -> None:
        await self._put_state(room_id, "m.room.name", {"name": name.strip()[:255]})

    async def set_room_topic(self, room_id: str, topic: str) -> None:
        await self._put_state(room_id, "m.room.topic", {"topic": topic.strip()[:1000]})

    def room_topic(self, room_id: str) -> str:
        client = self.client
        room = client.rooms.get(room_id) if client is not None else None
        return str(getattr(room, "topic", "") or "") if room is not None else ""

    async def _put_state(self, room_id: str, event_type: str, content: dict[str, Any]) -> None:
        client = self._require_client()
        response = await self._network(
            event_type, client.room_put_state(room_id, event_type, content)
        )
        if isinstance(response, nio.ErrorResponse):
            raise from_error_response(response, event_type)
