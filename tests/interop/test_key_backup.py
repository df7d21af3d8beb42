"""Secure backup against matrix-js-sdk 43: 4S + key backup made by one client, unlocked with
its recovery key by a fresh device of the other; the history reads with nothing left
undecryptable."""

from __future__ import annotations

import asyncio

from client.core.events import ItemState
from client.core.session import MatrixSession
from tests.helpers.waits import wait_until
from tests.interop.conftest import PeerFactory, PliFactory, shared_dm


def waiting(session: MatrixSession) -> int:
    return sum(
        item.state is ItemState.WAITING_FOR_KEY
        for room in session.rooms()
        for item in session.timeline(room.room_id)
    )


async def test_js_backs_up_and_a_fresh_pli_device_reads_everything(
    pli: PliFactory, js: PeerFactory
) -> None:
    bob = await pli()
    alice_js, me = await js()
    setup = await alice_js.call("bootstrap_secret_storage", password=me["user"].password)
    room_id = await shared_dm(bob, alice_js, me["user_id"])
    texts = []
    for i in range(3):
        text = f"js message {i}"
        await alice_js.call("send_text", room_id=room_id, body=text)
        texts.append(text)
        reply = f"pli reply {i}"
        await bob.session.send_text(room_id, reply)
        texts.append(reply)
    await alice_js.call("wait_room_decrypted", room_id=room_id, min_messages=6)
    await alice_js.call("wait_backup_uploaded", min_keys=2)

    laptop = await pli(me["user"], cross_signing=False)  # alice's fresh Pli device
    await wait_until(lambda: any(r.room_id == room_id for r in laptop.session.rooms()))
    assert laptop.session.backup is not None
    restored, failed = await laptop.session.backup.unlock(setup["recovery_key"])
    assert restored >= 2 and failed == 0
    await wait_until(lambda: waiting(laptop.session) == 0, 30, "every message decrypted")
    bodies = {i.body for i in laptop.session.timeline(room_id)}
    assert set(texts) <= bodies
    # Both sides: Pli took js's cross-signing keys and signed itself; js sees it verified.
    assert laptop.session.trust is not None and laptop.session.trust.this_device_cross_signed()
    await alice_js.call(
        "wait_trust",
        user_id=me["user_id"],
        device_id=laptop.session.device_id,
        field="signed_by_owner",
    )


async def test_pli_backs_up_and_a_fresh_js_device_reads_everything(
    pli: PliFactory, js: PeerFactory
) -> None:
    alice = await pli()
    bob_js, bob = await js()
    assert alice.session.backup is not None
    key = await alice.session.backup.set_up()
    room_id = await shared_dm(alice, bob_js, bob["user_id"])
    texts = []
    for i in range(3):
        text = f"pli message {i}"
        await alice.session.send_text(room_id, text)
        texts.append(text)
        reply = f"js reply {i}"
        await bob_js.call("send_text", room_id=room_id, body=reply)
        texts.append(reply)
    await wait_until(lambda: {i.body for i in alice.session.timeline(room_id)} >= set(texts))
    await alice.session.backup.back_up_new_keys()
    status = await alice.session.backup.status()
    assert status.backed_up == status.total >= 2

    laptop_js, laptop = await js(alice.user, bootstrap=False, name="alice-js")
    await laptop_js.call("wait_room", room_id=room_id)
    result = await laptop_js.call("unlock_with_recovery_key", recovery_key=key)
    assert result["restored"] >= 2 and result["backup_trusted"]
    await laptop_js.call("wait_room_decrypted", room_id=room_id, min_messages=6)
    events = await laptop_js.call("room_messages", room_id=room_id)
    assert set(texts) <= {m["body"] for m in events if m.get("body")}
    assert not [m for m in events if m.get("decryption_failed")]
    # Both sides: js took Pli's cross-signing keys from 4S and signed itself; Pli sees it.
    directory, trust = alice.session.directory, alice.session.trust
    assert directory is not None and trust is not None
    for _ in range(50):
        await directory.refresh([alice.user_id])
        if trust.device_verified(alice.user_id, laptop["device_id"]):
            break
        await asyncio.sleep(0.2)
    assert trust.device_verified(alice.user_id, laptop["device_id"])
