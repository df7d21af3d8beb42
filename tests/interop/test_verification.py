"""Pli's trust engine against matrix-js-sdk 43 (Rust crypto, what Element runs), on the test
Synapse. Every scenario ends by checking trust on BOTH sides."""

from __future__ import annotations

import asyncio
import base64
import io
from typing import Any

from client.core.crypto.trust import DeviceTrust, UserTrust
from client.core.verification import qr
from client.core.verification.flow import State
from client.core.verification.messages import CancelCode
from client.core.verification.qr_image import read_qr_payloads
from client.core.verification.view import VerificationView
from client.demo.homeserver import LocalSynapse
from tests.helpers.jspeer import JsPeer
from tests.helpers.synapse_db import message_events
from tests.helpers.waits import wait_until
from tests.interop.conftest import PeerFactory, Pli, PliFactory, shared_dm


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


async def js_user_verified(peer: JsPeer, user_id: str) -> None:
    await peer.call("wait_trust", user_id=user_id, field="is_cross_signing_verified", timeout=20)


async def js_request(peer: JsPeer, pli: Pli, room_id: str) -> str:
    await peer.call("wait_user_identity", user_id=pli.user_id)
    state = await peer.call("request_user_verification", user_id=pli.user_id, room_id=room_id)
    return str(state["txn"])


async def pli_request(pli: Pli, peer: JsPeer, peer_user: str, room_id: str) -> str:
    view = await pli.session.verification.request_user_verification(peer_user, room_id)  # type: ignore[union-attr]
    event = await peer.wait_event(
        lambda e: e["event"] == "verification_request" and e["txn"] == view.flow_id, 30
    )
    await peer.call("accept_request", txn=event["txn"])
    await pli.wait_view(lambda v: v.flow_id == view.flow_id and v.state is State.READY)
    return view.flow_id


async def pli_accepts(pli: Pli, txn: str) -> None:
    await pli.wait_view(lambda v: v.flow_id == txn and v.state is State.INCOMING)
    await pli.session.verification.act(txn, "accept")  # type: ignore[union-attr]


def names(emoji: list[list[str]]) -> list[str]:
    return [symbol for symbol, _name in emoji]


async def test_sas_started_by_js_verifies_both_users(pli: PliFactory, js: PeerFactory) -> None:
    alice = await pli()
    bob, me = await js()
    room_id = await shared_dm(alice, bob, me["user_id"])
    txn = await js_request(bob, alice, room_id)
    await pli_accepts(alice, txn)
    await bob.call("wait_phase", txn=txn, phase="Ready")
    await bob.call("start_sas", txn=txn)
    js_sas = await bob.call("sas_emoji", txn=txn)
    view = await alice.wait_view(lambda v: v.flow_id == txn and v.state is State.SAS_COMPARE)
    assert [e.emoji for e in view.emoji] == names(js_sas["emoji"])
    assert list(view.decimals or ()) == js_sas["decimal"]
    await bob.call("sas_confirm", txn=txn)
    await alice.session.verification.act(txn, "confirm_sas")  # type: ignore[union-attr]
    await alice.wait_view(lambda v: v.flow_id == txn and v.state is State.DONE)
    await bob.call("wait_phase", txn=txn, phase="Done")
    # Both sides: Pli trusts Bob's master key, js trusts Alice's.
    assert alice.session.trust.user_trust(me["user_id"]) is UserTrust.VERIFIED  # type: ignore[union-attr]
    assert (
        alice.session.trust.device_trust(me["user_id"], me["device_id"])  # type: ignore[union-attr]
        is not DeviceTrust.UNVERIFIED
    )
    await js_user_verified(bob, alice.user_id)


async def own_new_device(pli: Pli, laptop: JsPeer, me: dict[str, Any]) -> VerificationView:
    """Pli (the account's first device, holding the cross-signing keys) asks its new js
    device to verify, to-device; the laptop accepts. Returns Pli's view, READY."""
    manager = pli.session.verification
    directory = pli.session.directory
    assert manager is not None and directory is not None
    for _ in range(100):  # the new login uploads its device keys right after /login
        await directory.refresh([pli.user_id])
        if directory.device(pli.user_id, me["device_id"]):
            break
        await asyncio.sleep(0.1)
    # js ignores a request from a device it has not downloaded yet ("could not retrieve the
    # device data"); a real second device has had time to, so wait for it here.
    await laptop.call("wait_device", user_id=pli.user_id, device_id=pli.session.device_id)
    view = await manager.request_own_verification()
    event = await laptop.wait_event(
        lambda e: e["event"] == "verification_request" and e["txn"] == view.flow_id, 30
    )
    await laptop.call("accept_request", txn=event["txn"])
    return await pli.wait_view(lambda v: v.flow_id == view.flow_id and v.state is State.READY)


async def laptop_trusted_both_ways(pli: Pli, laptop: JsPeer, me: dict[str, Any]) -> None:
    trust = pli.session.trust
    assert trust is not None
    assert trust.device_trust(pli.user_id, me["device_id"]) is not DeviceTrust.UNVERIFIED
    await laptop.call(
        "wait_trust", user_id=pli.user_id, device_id=me["device_id"], field="signed_by_owner"
    )
    await laptop.call(
        "wait_trust",
        user_id=pli.user_id,
        device_id=pli.session.device_id,
        field="cross_signing_verified",
    )


async def test_sas_started_by_pli_between_my_devices(pli: PliFactory, js: PeerFactory) -> None:
    """Self-verification to-device; Pli starts the emoji."""
    alice = await pli()
    laptop, me = await js(alice.user, bootstrap=False, name="laptop")
    manager = alice.session.verification
    assert manager is not None
    view = await own_new_device(alice, laptop, me)
    await manager.act(view.flow_id, "start_sas")
    js_sas = await laptop.call("sas_emoji", txn=view.flow_id)
    compare = await alice.wait_view(
        lambda v: v.flow_id == view.flow_id and v.state is State.SAS_COMPARE
    )
    assert [e.emoji for e in compare.emoji] == names(js_sas["emoji"])
    await manager.act(view.flow_id, "confirm_sas")
    await laptop.call("sas_confirm", txn=view.flow_id, wait_done=True)
    await alice.wait_view(lambda v: v.flow_id == view.flow_id and v.state is State.DONE)
    # Pli: the laptop is verified; Pli signed it with the self-signing key, so js sees itself
    # cross-signed by its owner and trusts the master key (Pli MAC'd it).
    await laptop_trusted_both_ways(alice, laptop, me)


async def test_self_qr_mode_0x01_pli_shows_and_my_new_device_scans(
    pli: PliFactory, js: PeerFactory
) -> None:
    alice = await pli()
    laptop, me = await js(alice.user, bootstrap=False, name="laptop")
    view = await own_new_device(alice, laptop, me)
    assert view.qr_payload is not None
    assert qr.decode(view.qr_payload).mode is qr.QrMode.SELF_VERIFYING_MASTER_KEY_TRUSTED
    await laptop.call("scan_qr", txn=view.flow_id, payload_b64=b64(view.qr_payload))
    await alice.wait_view(lambda v: v.flow_id == view.flow_id and v.state is State.QR_CONFIRM)
    await alice.session.verification.act(view.flow_id, "confirm_qr")  # type: ignore[union-attr]
    await alice.wait_view(lambda v: v.flow_id == view.flow_id and v.state is State.DONE)
    await laptop.call("wait_phase", txn=view.flow_id, phase="Done")
    await laptop_trusted_both_ways(alice, laptop, me)


async def test_self_qr_mode_0x02_my_new_device_shows_and_pli_scans(
    pli: PliFactory, js: PeerFactory
) -> None:
    alice = await pli()
    laptop, me = await js(alice.user, bootstrap=False, name="laptop")
    view = await own_new_device(alice, laptop, me)
    code = await laptop.call("generate_qr", txn=view.flow_id)
    payload = base64.b64decode(code["payload_b64"])
    assert qr.decode(payload).mode is qr.QrMode.SELF_VERIFYING_MASTER_KEY_UNTRUSTED
    await alice.session.verification.act(view.flow_id, "scanned", payload)  # type: ignore[union-attr]
    await laptop.wait_event(lambda e: e["event"] == "qr_scanned" and e["txn"] == view.flow_id, 30)
    await laptop.call("confirm_qr_scanned", txn=view.flow_id, wait_done=True)
    await alice.wait_view(lambda v: v.flow_id == view.flow_id and v.state is State.DONE)
    await laptop_trusted_both_ways(alice, laptop, me)


async def test_in_room_mode_0x00_pli_shows_a_qr_code_and_js_scans_it(
    pli: PliFactory, js: PeerFactory, synapse: LocalSynapse
) -> None:
    """Mode 0x00 between users: Pli asks in the room and shows; js scans; Pli confirms."""
    alice = await pli()
    bob, me = await js()
    room_id = await shared_dm(alice, bob, me["user_id"])
    txn = await pli_request(alice, bob, me["user_id"], room_id)
    view = await alice.wait_view(lambda v: v.flow_id == txn and v.qr_payload is not None)
    assert view.qr_payload is not None
    assert qr.decode(view.qr_payload).mode is qr.QrMode.VERIFYING_ANOTHER_USER
    await bob.call("scan_qr", txn=txn, payload_b64=b64(view.qr_payload))
    await alice.wait_view(lambda v: v.flow_id == txn and v.state is State.QR_CONFIRM)
    await alice.session.verification.act(txn, "confirm_qr")  # type: ignore[union-attr]
    await alice.wait_view(lambda v: v.flow_id == txn and v.state is State.DONE)
    await bob.call("wait_phase", txn=txn, phase="Done")
    assert alice.session.trust.user_trust(me["user_id"]) is UserTrust.VERIFIED  # type: ignore[union-attr]
    await js_user_verified(bob, alice.user_id)
    # Pli's side of the in-room flow (request, done) went into the encrypted room encrypted.
    ours = [e for e in message_events(synapse.database, room_id) if e["sender"] == alice.user_id]
    assert len(ours) >= 2 and {e["type"] for e in ours} == {"m.room.encrypted"}


async def js_shows(pli: Pli, peer: JsPeer, me: dict[str, Any]) -> tuple[str, bytes]:
    room_id = await shared_dm(pli, peer, me["user_id"])
    txn = await js_request(peer, pli, room_id)
    await pli_accepts(pli, txn)
    await peer.call("wait_phase", txn=txn, phase="Ready")
    code = await peer.call("generate_qr", txn=txn)
    assert code["payload_b64"], "js made no QR code"
    return txn, base64.b64decode(code["payload_b64"])


async def pli_scans(pli: Pli, peer: JsPeer, me: dict[str, Any], txn: str, payload: bytes) -> None:
    assert qr.decode(payload).mode is qr.QrMode.VERIFYING_ANOTHER_USER
    await pli.session.verification.act(txn, "scanned", payload)  # type: ignore[union-attr]
    await peer.wait_event(lambda e: e["event"] == "qr_scanned" and e["txn"] == txn, 30)
    await peer.call("confirm_qr_scanned", txn=txn, wait_done=True)
    await pli.wait_view(lambda v: v.flow_id == txn and v.state is State.DONE)
    assert pli.session.trust.user_trust(me["user_id"]) is UserTrust.VERIFIED  # type: ignore[union-attr]
    await js_user_verified(peer, pli.user_id)


async def test_in_room_mode_0x00_js_shows_a_qr_code_and_pli_scans_its_bytes(
    pli: PliFactory, js: PeerFactory
) -> None:
    alice = await pli()
    bob, me = await js()
    txn, payload = await js_shows(alice, bob, me)
    await pli_scans(alice, bob, me, txn, payload)


async def test_in_room_mode_0x00_js_shows_a_qr_code_and_pli_scans_its_image(
    pli: PliFactory, js: PeerFactory
) -> None:
    """The real image path: js's payload drawn as a QR image (segno, as a screen shows it),
    read back by zxing-cpp from the pixels, then given to the flow."""
    import segno
    from PIL import Image

    alice = await pli()
    bob, me = await js()
    txn, payload = await js_shows(alice, bob, me)
    png = io.BytesIO()
    segno.make_qr(payload, mode="byte", error="m").save(png, kind="png", scale=6, border=4)
    image = Image.open(io.BytesIO(png.getvalue())).convert("RGB")
    (read,) = read_qr_payloads(image)
    assert read == payload
    await pli_scans(alice, bob, me, txn, read)


async def test_wrong_emoji_cancel_both_sides_and_trust_nobody(
    pli: PliFactory, js: PeerFactory
) -> None:
    alice = await pli()
    bob, me = await js()
    room_id = await shared_dm(alice, bob, me["user_id"])
    txn = await js_request(bob, alice, room_id)
    await pli_accepts(alice, txn)
    await bob.call("wait_phase", txn=txn, phase="Ready")
    await bob.call("start_sas", txn=txn)
    await bob.call("sas_emoji", txn=txn)
    await alice.wait_view(lambda v: v.flow_id == txn and v.state is State.SAS_COMPARE)
    await alice.session.verification.act(txn, "reject_sas")  # type: ignore[union-attr]
    end = await bob.call("wait_phase", txn=txn, phase="Cancelled")
    assert end["cancel_code"] == "m.mismatched_sas"
    view = alice.session.verification.view(txn)  # type: ignore[union-attr]
    assert view.state is State.CANCELLED and view.cancel_code is CancelCode.MISMATCHED_SAS
    assert alice.session.trust.user_trust(me["user_id"]) is UserTrust.UNVERIFIED  # type: ignore[union-attr]
    trust = await bob.call("user_trust", user_id=alice.user_id)
    assert not trust["is_cross_signing_verified"]


async def test_a_qr_code_with_a_tampered_key_is_refused(pli: PliFactory, js: PeerFactory) -> None:
    alice = await pli()
    bob, me = await js()
    txn, payload = await js_shows(alice, bob, me)
    code = qr.decode(payload)
    forged_key = qr.key_from_base64(me["cross_signing"]["self_signing_key"])  # a real point
    forged = qr.QrPayload(code.mode, code.flow_id, forged_key, code.key2, code.secret)
    await alice.session.verification.act(txn, "scanned", forged.encode())  # type: ignore[union-attr]
    view = alice.session.verification.view(txn)  # type: ignore[union-attr]
    assert view.state is State.CANCELLED and view.cancel_code is CancelCode.KEY_MISMATCH
    end = await bob.call("wait_phase", txn=txn, phase="Cancelled")
    assert end["cancel_code"] == "m.key_mismatch"
    assert alice.session.trust.user_trust(me["user_id"]) is UserTrust.UNVERIFIED  # type: ignore[union-attr]
    trust = await bob.call("user_trust", user_id=alice.user_id)
    assert not trust["is_cross_signing_verified"]


async def test_js_cross_signs_its_new_device_and_pli_sees_it_verified(
    pli: PliFactory, js: PeerFactory
) -> None:
    alice = await pli()
    bob, me = await js()
    txn, payload = await js_shows(alice, bob, me)
    await pli_scans(alice, bob, me, txn, payload)
    # Bob logs in on a second device; his first device (holding the keys) signs it.
    user = alice.session  # for the type checker below
    second, me2 = await js(me["user"], bootstrap=False, name="bob2")
    await bob.call("wait_device", user_id=me["user_id"], device_id=me2["device_id"])
    trust = user.trust
    assert trust is not None
    await user.directory.refresh([me["user_id"]])  # type: ignore[union-attr]
    assert trust.device_trust(me["user_id"], me2["device_id"]) is DeviceTrust.UNVERIFIED
    await bob.call("cross_sign_device", device_id=me2["device_id"])
    await bob.call(
        "wait_trust", user_id=me["user_id"], device_id=me2["device_id"], field="signed_by_owner"
    )
    await user.directory.refresh([me["user_id"]])  # type: ignore[union-attr]
    assert trust.device_trust(me["user_id"], me2["device_id"]) is DeviceTrust.CROSS_SIGNED
    # And the js side agrees that the new device is verified through the chain.
    state = await second.call("device_trust", user_id=me["user_id"], device_id=me2["device_id"])
    assert state["signed_by_owner"]


async def test_a_contacts_new_master_key_drops_trust_and_warns(
    pli: PliFactory, js: PeerFactory
) -> None:
    alice = await pli()
    bob, me = await js()
    txn, payload = await js_shows(alice, bob, me)
    await pli_scans(alice, bob, me, txn, payload)
    trust = alice.session.trust
    assert trust is not None
    old_master = trust.keys.master_key(me["user_id"])
    # Bob replaces his cross-signing keys (a reset, or an attacker with his password).
    await bob.call("bootstrap_cross_signing", password=me["user"].password, reset=True)

    def warned() -> bool:
        return trust.user_trust(me["user_id"]) is UserTrust.CHANGED

    await wait_until(warned, 30, "Pli to notice Bob's new master key from the sync")
    assert trust.keys.master_key(me["user_id"]) != old_master
    assert not trust.master_trusted(me["user_id"])
    assert trust.device_trust(me["user_id"], me["device_id"]) is not DeviceTrust.CROSS_SIGNED
    # js side: Bob's own new identity is his; Alice is no longer verified by his new keys.
    state = await bob.call("user_trust", user_id=alice.user_id)
    assert not state["is_cross_signing_verified"]
