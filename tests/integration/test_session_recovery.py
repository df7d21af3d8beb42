"""Recovering without losing keys: soft logout, an unreadable store, a server that hangs."""

from __future__ import annotations

import asyncio
import dataclasses
import urllib.request
from pathlib import Path

import pytest

from client.core.errors import ProfileDamaged, WrongPassword
from client.core.events import ConnectionState, LoggedOut
from client.core.secrets.store import STORE_KEY
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from tests.helpers.accounts import Recorder, direct_chat, logged_in_session
from tests.helpers.waits import wait_until


async def test_soft_logout_signs_back_in_on_the_same_device(
    synapse, user, other_user, tmp_path: Path, keyring_store
) -> None:
    alice, recorder = await logged_in_session(synapse, user, tmp_path / "a", keyring_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", keyring_store)
    try:
        room_id = await direct_chat(alice, bob)
        device = alice.device_id
        await alice.stop()
        alice.client.access_token = ""  # what nio does on a soft-logout answer
        alice.start()
        await wait_until(lambda: LoggedOut("soft") in recorder.events, what="soft logout")
        with pytest.raises(WrongPassword):
            await alice.relogin("not the password")
        await alice.relogin(user.password)
        assert alice.device_id == device
        await bob.send_text(room_id, "after the soft logout")
        await wait_until(
            lambda: any(i.body == "after the soft logout" for i in alice.timeline(room_id)),
            what="same device, same keys: still decrypts",
        )
    finally:
        await alice.close()
        await bob.close()


async def test_unreadable_store_is_damaged_and_discarding_signs_the_device_out(
    synapse, user, tmp_path: Path, keyring_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", keyring_store)
    account = f"{alice.user_id}/{alice.device_id}"
    token = keyring_store.get(account, "access-token")
    await alice.close()
    keyring_store.set(account, STORE_KEY, "A" * 43 + "=")  # another valid 32-byte key
    again = MatrixSession(Profile(tmp_path / "a"), keyring_store)
    with pytest.raises(ProfileDamaged):
        await again.restore()
    assert (tmp_path / "a" / "store").exists(), "nothing is deleted without asking"
    await again.discard_unreadable_profile()
    assert not (tmp_path / "a").exists()
    assert keyring_store.get(account, "access-token") is None
    request = urllib.request.Request(  # noqa: S310 - loopback test server
        f"{synapse.url}/_matrix/client/v3/account/whoami",
        headers={"Authorization": f"Bearer {token}"},
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=10)  # noqa: S310 - loopback test server
    assert info.value.code == 401


async def test_a_server_that_never_answers_does_not_freeze_the_loop(
    synapse, user, tmp_path: Path, keyring_store
) -> None:
    session, _ = await logged_in_session(synapse, user, tmp_path / "a", keyring_store)
    await session.close()

    async def black_hole(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(3600)

    server = await asyncio.start_server(black_hole, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    profile = Profile(tmp_path / "a")
    record = profile.read_account()
    assert record is not None
    profile.write_account(dataclasses.replace(record, homeserver=f"http://127.0.0.1:{port}"))
    recorder = Recorder()
    again = MatrixSession(profile, keyring_store, recorder)
    try:
        assert await again.restore()
        again.start()
        await asyncio.sleep(1.0)
        assert again.state is ConnectionState.CONNECTING  # the request hangs...
        again.reconnect_now()  # ...and "Reconnect now" drops it
        await wait_until(lambda: again.state is ConnectionState.RECONNECTING, timeout=10)
    finally:
        await again.close()
        server.close()
