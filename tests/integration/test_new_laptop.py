"""The new-laptop story on a real Synapse: the desk chats in several rooms and backs its keys
up; a new laptop signs in, is verified by the desk through the QR flow, asks for the secrets
by itself, receives them, and shows every old message decrypted — zero "waiting for the key".
An unverified device that asks gets nothing."""

from __future__ import annotations

import asyncio
from pathlib import Path

from client.core.events import ItemState, VerificationChanged
from client.core.session import MatrixSession
from client.core.verification.flow import State
from tests.helpers.accounts import Recorder, logged_in_session, new_user
from tests.helpers.waits import wait_until
from tests.integration.test_secure_backup import chat_history, no_password


def waiting(session: MatrixSession) -> int:
    return sum(
        item.state is ItemState.WAITING_FOR_KEY
        for room in session.rooms()
        for item in session.timeline(room.room_id)
    )


def view_of(recorder: Recorder, flow_id: str):  # type: ignore[no-untyped-def]
    views = [e.view for e in recorder.of(VerificationChanged) if e.view.flow_id == flow_id]  # type: ignore[attr-defined]
    return views[-1] if views else None


async def test_new_laptop_verified_by_qr_reads_the_whole_history(
    synapse, tmp_path: Path, memory_store
) -> None:
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    desk, desk_events = await logged_in_session(
        synapse, alice_user, tmp_path / "desk", memory_store
    )
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "bob", memory_store)
    sessions = [desk, bob]
    try:
        await desk.ensure_cross_signing(no_password)
        texts = await chat_history(desk, bob, rooms=2)
        assert desk.backup is not None
        await desk.backup.set_up()
        await desk.backup.back_up_new_keys()

        laptop, laptop_events = await logged_in_session(
            synapse, alice_user, tmp_path / "laptop", memory_store
        )
        sessions.append(laptop)
        assert waiting(laptop) > 0
        assert laptop.verification is not None and desk.verification is not None
        view = await laptop.verification.request_own_verification()
        flow = view.flow_id
        await wait_until(lambda: view_of(desk_events, flow) is not None, what="the request")
        await desk.verification.act(flow, "accept")
        await wait_until(lambda: view_of(laptop_events, flow).state is State.READY)
        code = view_of(desk_events, flow).qr_payload  # mode 0x01: the desk trusts the key
        assert code is not None
        await laptop.verification.act(flow, "scanned", code)
        await wait_until(lambda: view_of(desk_events, flow).state is State.QR_CONFIRM)
        await desk.verification.act(flow, "confirm_qr")
        await wait_until(lambda: view_of(laptop_events, flow).state is State.DONE, what="done")

        # No more clicks: the laptop asks for the secrets, the desk sends them Olm-encrypted,
        # the laptop takes the backup key and restores.
        await wait_until(lambda: laptop.cross_signing_seeds() is not None, 30, "the secrets")
        assert laptop.cross_signing_seeds() == desk.cross_signing_seeds()
        await wait_until(lambda: waiting(laptop) == 0, 30, "every old message decrypted")
        assert set(texts) <= {i.body for r in laptop.rooms() for i in laptop.timeline(r.room_id)}
        assert laptop.trust is not None and laptop.trust.this_device_cross_signed()

        # A device nobody verified asks too: it gets nothing.
        stranger, _ = await logged_in_session(
            synapse, alice_user, tmp_path / "stranger", memory_store
        )
        sessions.append(stranger)
        assert stranger.sharing is not None
        assert await stranger.sharing.request_missing() == 4
        await asyncio.sleep(3)
        assert stranger.cross_signing_seeds() is None
        assert stranger.backup is not None and stranger.backup.backup_key() is None
    finally:
        for session in sessions:
            await session.close()
