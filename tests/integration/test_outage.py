"""A homeserver that dies mid-session or is down at start: Pli says so, reconnects by itself,
and nothing is lost. Uses its own Synapse, since the test stops it."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.core.errors import SendFailed
from client.core.events import ConnectionChanged, ConnectionState
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.demo.homeserver import LocalSynapse
from tests.helpers.accounts import Recorder, direct_chat, logged_in_session, new_user
from tests.helpers.waits import wait_until


async def _restart(server: LocalSynapse) -> None:
    await server.start_async()


async def test_server_dies_mid_session_and_comes_back(
    own_synapse, tmp_path: Path, keyring_store
) -> None:
    alice_user, bob_user = new_user(own_synapse, "alice"), new_user(own_synapse, "bob")
    alice, recorder = await logged_in_session(
        own_synapse, alice_user, tmp_path / "a", keyring_store
    )
    bob, _ = await logged_in_session(own_synapse, bob_user, tmp_path / "b", keyring_store)
    try:
        room_id = await direct_chat(alice, bob)

        own_synapse.stop()
        await wait_until(
            lambda: alice.state in (ConnectionState.RECONNECTING, ConnectionState.OFFLINE),
            timeout=60,
            what="alice notices the outage",
        )
        with pytest.raises(SendFailed) as info:
            await alice.send_text(room_id, "typed during the outage")
        assert "could not be sent" in str(info.value.sentence)

        await _restart(own_synapse)
        await wait_until(
            lambda: alice.state is ConnectionState.ONLINE,
            timeout=60,
            what="alice reconnects by herself",
        )
        await wait_until(lambda: bob.state is ConnectionState.ONLINE, timeout=60)
        await alice.send_text(room_id, "typed during the outage")
        await wait_until(
            lambda: any(i.body == "typed during the outage" for i in bob.timeline(room_id)),
            what="the retried message arrives",
        )
        states = [e.state for e in recorder.of(ConnectionChanged)]
        assert ConnectionState.RECONNECTING in states
        assert states[-1] is ConnectionState.ONLINE
    finally:
        await alice.close()
        await bob.close()


async def test_server_down_at_start(own_synapse, tmp_path: Path, keyring_store) -> None:
    user = new_user(own_synapse, "carol")
    session, _ = await logged_in_session(own_synapse, user, tmp_path / "c", keyring_store)
    await session.close()
    own_synapse.stop()

    recorder = Recorder()
    again = MatrixSession(Profile(tmp_path / "c"), keyring_store, recorder)
    assert await again.restore()  # no network needed to open the profile
    again.start()
    try:
        await wait_until(
            lambda: again.state in (ConnectionState.RECONNECTING, ConnectionState.OFFLINE),
            timeout=30,
            what="the offline state is shown",
        )
        retry = [e.retry_in for e in recorder.of(ConnectionChanged) if e.retry_in]
        assert retry and retry[0] > 0
        await _restart(own_synapse)
        again.reconnect_now()
        await wait_until(lambda: again.state is ConnectionState.ONLINE, timeout=60)
    finally:
        await again.close()
