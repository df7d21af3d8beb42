"""Rooms and people against the test Synapse: create with name and topic (always encrypted),
invite, rename, members with power and trust, leave; sovereignty from the policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.core.policy.loader import Policy
from client.core.session.room_admin import InvalidInvitee, Membership
from tests.helpers.accounts import logged_in_session
from tests.helpers.waits import wait_until


async def test_create_invite_rename_members_leave(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    try:
        with pytest.raises(InvalidInvitee):
            await alice.create_room("Cellule", invite=["bob sans serveur"])
        room_id = await alice.create_room("Cellule de crise", topic="Point quotidien à 9 h")
        summary = next(r for r in alice.rooms() if r.room_id == room_id)
        assert summary.encrypted and summary.topic == "Point quotidien à 9 h"
        assert summary.can_invite and summary.external == ()
        with pytest.raises(InvalidInvitee):
            await alice.invite(room_id, "bob")
        await alice.invite(room_id, bob.user_id)
        await wait_until(lambda: any(r.room_id == room_id and r.is_invite for r in bob.rooms()))
        await bob.accept_invite(room_id)
        await wait_until(
            lambda: (
                {m.user_id for m in alice.members(room_id)} == {alice.user_id, bob.user_id}
                and all(m.membership is Membership.JOINED for m in alice.members(room_id))
            ),
            what="bob joined",
        )
        first, second = alice.members(room_id)
        assert first.user_id == alice.user_id and first.power_level >= 100  # inf: creator
        assert second.user_id == bob.user_id and second.power_level == 0
        assert not first.external and not second.external
        await alice.set_room_name(room_id, "Cellule de crise — Nord")
        await alice.set_room_topic(room_id, "Point à 10 h")
        await wait_until(
            lambda: any(
                r.room_id == room_id
                and r.name == "Cellule de crise — Nord"
                and r.topic == "Point à 10 h"
                for r in bob.rooms()
            ),
            what="bob sees the new name and topic",
        )
        await bob.leave(room_id)
        await wait_until(lambda: all(r.room_id != room_id for r in bob.rooms()), what="left")
        await wait_until(lambda: bob.user_id not in {m.user_id for m in alice.members(room_id)})
    finally:
        await alice.close()
        await bob.close()


async def test_sovereignty_follows_the_allow_list(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    allowed = Policy(
        {"allowed_homeservers": ["localhost"], "allowed_server_urls": [synapse.url]},
        {"allowed_homeservers": "/etc", "allowed_server_urls": "/etc"},
    )
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store, allowed)
    try:
        room_id = await alice.create_room("Interne", invite=[other_user.user_id])
        assert alice.room_external_servers(room_id) == ()
        # The organisation narrows its allow-list (a new policy file): the same room now has
        # external participants, and its summary says from where.
        alice.policy = Policy(
            {"allowed_homeservers": ["gouv.example"]}, {"allowed_homeservers": "/etc"}
        )
        assert alice.room_external_servers(room_id) == ("localhost",)
        member = next(m for m in alice.members(room_id) if m.user_id == other_user.user_id)
        assert member.external and member.membership is Membership.INVITED
    finally:
        await alice.close()
