"""Pli's trust engine against matrix-js-sdk 43 (Rust crypto, what Element runs), on the test
Synapse. Every scenario ends by checking trust on BOTH sides."""

from __future__ import annotations

import base64
import io
from typing import Any

from client.core.crypto.trust import DeviceTrust, UserTrust
from client.core.verification import qr
from client.core.verification.flow import State
from client.core.verification.messages import CancelCode
from client.core.verification.qr_image import read_qr_payloads
from tests.helpers.jspeer import JsPeer
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
