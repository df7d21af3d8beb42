"""What the admin policy changes in a real session against the test Synapse: allowed
homeservers, verified devices only, the proxy."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from client.core.errors import HomeserverNotAllowed
from client.core.events import ItemState
from client.core.policy.loader import Policy
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.connect_proxy import ConnectProxy
from tests.helpers.verify import verify_by_emoji
from tests.helpers.waits import wait_until


def policy(**values: object) -> Policy:
    return Policy(dict(values), {name: "/etc/pli/policy.json" for name in values})


async def test_sign_in_outside_the_allowed_homeservers_is_refused(
    synapse, user, tmp_path: Path, memory_store
) -> None:
    only_gouv = policy(allowed_homeservers=["gouv.example"])
    session = MatrixSession(Profile(tmp_path / "a"), memory_store, policy=only_gouv)
    # A full user id on another server: refused before any network call.
    with pytest.raises(HomeserverNotAllowed) as refused:
        await session.login(user.user_id, user.password, server=synapse.url)
    assert refused.value.sentence.render().endswith("server localhost.")
    assert "gouv.example" in refused.value.advice_sentence.render()
    # A bare name: refused once the server says who we are, and that device is signed out.
    session.policy = policy(allowed_homeservers=["gouv.example"], allowed_server_urls=[synapse.url])
    with pytest.raises(HomeserverNotAllowed):
        await session.login(user.localpart, user.password, server=synapse.url)
    assert not (tmp_path / "a" / "account.json").exists()

    allowed, _ = await logged_in_session(
        synapse,
        user,
        tmp_path / "b",
        memory_store,
        policy(allowed_homeservers=["LOCALHOST"], allowed_server_urls=[synapse.url + "/"]),
    )
    try:
        devices = await allowed.devices_of(user.user_id)
        assert [d.device_id for d in devices] == [allowed.record.device_id]  # type: ignore[union-attr]
    finally:
        await allowed.close()

    # A saved account on a server the policy no longer allows does not open.
    later = MatrixSession(Profile(tmp_path / "b"), memory_store, policy=only_gouv)
    with pytest.raises(HomeserverNotAllowed):
        await later.restore()


async def test_verified_devices_only_keeps_keys_from_unverified_devices(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, alice_events = await logged_in_session(
        synapse, user, tmp_path / "alice", memory_store, policy(verified_devices_only=True)
    )
    bob, bob_events = await logged_in_session(synapse, other_user, tmp_path / "bob", memory_store)
    try:

        async def no_password() -> str | None:
            return None

        await alice.ensure_cross_signing(no_password)
        await bob.ensure_cross_signing(no_password)
        room_id = await direct_chat(alice, bob)
        before = await alice.send_text(room_id, "avant la vérification")

        def bob_sees(event_id: str):  # type: ignore[no-untyped-def]
            return next((i for i in bob.timeline(room_id) if i.event_id == event_id), None)

        await wait_until(lambda: bob_sees(before.event_id) is not None, 30, "delivered")
        await asyncio.sleep(3)  # time enough for a room key to arrive, were one sent
        assert bob_sees(before.event_id).state is ItemState.WAITING_FOR_KEY
        olm = alice.client.olm  # type: ignore[union-attr]
        bob_device = olm.device_store[bob.user_id][bob.record.device_id]  # type: ignore[union-attr]
        assert olm.is_device_blacklisted(bob_device)

        await verify_by_emoji(alice, alice_events, bob, bob_events, room_id)
        after = await alice.send_text(room_id, "après la vérification")

        def bob_reads_after() -> bool:
            item = bob_sees(after.event_id)
            return item is not None and item.body == "après la vérification"

        await wait_until(bob_reads_after, 30, "bob reads the message sent after verifying")
        assert not olm.is_device_blacklisted(bob_device)
        # The earlier message stays unreadable: its key never left Alice's device.
        assert bob_sees(before.event_id).state is ItemState.WAITING_FOR_KEY
    finally:
        await alice.close()
        await bob.close()


@pytest.mark.parametrize("scheme", ["http", "socks5"])
async def test_every_connection_goes_through_the_policy_proxy(
    synapse, user, tmp_path: Path, memory_store, scheme: str
) -> None:
    proxy = await ConnectProxy().start()
    try:
        session, _ = await logged_in_session(
            synapse,
            user,
            tmp_path / "p",
            memory_store,
            policy(proxy=f"{scheme}://127.0.0.1:{proxy.port}"),
        )
        try:
            room_id = await session.create_room("Proxy")
            await session.send_text(room_id, "par le proxy")
        finally:
            await session.close()
    finally:
        await proxy.stop()
    host_port = synapse.url.split("//", 1)[1].rstrip("/")
    assert proxy.targets and set(proxy.targets) == {host_port}
    assert proxy.protocols == {scheme}
