"""Issue 15, point 4: verification dialogs on demand for anyone.

Against the real Synapse, with no hostile server needed: any Matrix user could send Pli as
many to-device verification requests as they liked, with no room in common, and each one
opened a verification dialog (the issue measured 300 requests, 300 dialogs); in-room requests
were not de-duplicated either. Now: to-device requests only from my own user, in-room ones only
from a member of the room, one live request per sender device, caps per sender and in total.
"""

from __future__ import annotations

import time
from pathlib import Path

from client.core.events import VerificationChanged
from client.core.verification import messages as m
from client.core.verification.flow import State
from tests.helpers.accounts import Recorder, direct_chat, logged_in_session, new_user
from tests.helpers.waits import wait_until

FLOOD = 100


def incoming_from(recorder: Recorder, sender: str) -> set[str]:
    """The flows that reached the user as a request to answer (a dialog, in the app)."""
    flows = set()
    for event in recorder.of(VerificationChanged):
        view = event.view  # type: ignore[attr-defined]
        if view.state is State.INCOMING and view.other_user == sender:
            flows.add(view.flow_id)
    return flows


def request(device: str, txn: str) -> dict[str, object]:
    return {
        "from_device": device,
        "methods": [m.SAS_V1],
        "timestamp": int(time.time() * 1000),
        "transaction_id": txn,
    }


async def test_a_stranger_opens_no_dialog_and_my_own_device_one(
    synapse, tmp_path: Path, memory_store
) -> None:  # type: ignore[no-untyped-def]
    alice_user, mallory_user = new_user(synapse, "alice"), new_user(synapse, "mallory")
    alice, recorder = await logged_in_session(synapse, alice_user, tmp_path / "a", memory_store)
    mallory, _ = await logged_in_session(
        synapse, mallory_user, tmp_path / "m", memory_store, start=False
    )
    desk, _ = await logged_in_session(
        synapse, alice_user, tmp_path / "d", memory_store, start=False
    )
    try:
        target = alice.device_id
        for n in range(FLOOD):
            content = request(str(mallory.device_id), f"flood{n}")
            await mallory.send_to_device(m.REQUEST, alice.user_id, {target: content})
        start = {"from_device": mallory.device_id, "method": m.SAS_V1, "transaction_id": "s"}
        await mallory.send_to_device(m.START, alice.user_id, {target: start})
        # My own other device, after the flood: to-device messages arrive in order, so once
        # its request is seen every one of mallory's has been handled.
        for n in range(3):  # the same device asking again: the newest replaces the older
            content = request(str(desk.device_id), f"mine{n}")
            await desk.send_to_device(m.REQUEST, alice.user_id, {target: content})
        await desk.send_to_device(m.REQUEST, alice.user_id, {target: request("X", "last")})
        await wait_until(
            lambda: "last" in incoming_from(recorder, alice.user_id),
            timeout=60,
            what="my own device's request",
        )
        assert incoming_from(recorder, mallory.user_id) == set()  # was FLOOD + 1
        manager = alice.verification
        assert manager is not None
        live = {f.flow_id for f in manager.flows.values() if not f.finished}
        assert live == {"mine2", "last"}  # was every request, from anyone
    finally:
        for session in (alice, mallory, desk):
            await session.close()


async def test_in_room_requests_are_one_per_device_and_capped(
    synapse, tmp_path: Path, memory_store
) -> None:  # type: ignore[no-untyped-def]
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    alice, recorder = await logged_in_session(synapse, alice_user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "b", memory_store)
    try:
        room_id = await direct_chat(bob, alice)
        await wait_until(
            lambda: (
                alice.client is not None
                and room_id in alice.client.rooms
                and bob.user_id in alice.client.rooms[room_id].users
            ),
            what="the direct chat",
        )
        for n in range(20):
            content = {
                "msgtype": m.REQUEST,
                "body": "verify",
                "from_device": f"DEV{n}",
                "methods": [m.SAS_V1],
                "to": alice.user_id,
            }
            await bob.send_in_room(room_id, "m.room.message", content)
        await wait_until(
            lambda: len(incoming_from(recorder, bob.user_id)) >= 3, timeout=60, what="requests"
        )
        manager = alice.verification
        assert manager is not None
        await wait_until(lambda: manager._queue.empty(), what="the manager's queue")
        live = [f for f in manager.flows.values() if not f.finished]
        assert len(live) == 3  # RequestLimits.per_sender_live; was 20
    finally:
        for session in (alice, bob):
            await session.close()
