"""Pli's per-message verdict against Element's (issue 15.2): for the same events, seen by a Pli
device and by a matrix-js-sdk device (Rust crypto, `getEncryptionInfoForEvent`, what Element
draws its shields from), the shields agree — a verified device, an unverified device of a
verified user, an unverified user, a message in clear in an encrypted room, and a key
restored from the backup.
"""

from __future__ import annotations

import asyncio
from typing import Any

from client.core.events import Authenticity
from client.core.session import MatrixSession
from client.core.verification.flow import State
from tests.helpers.jspeer import JsPeer
from tests.helpers.verify import verify_by_emoji
from tests.helpers.waits import wait_until
from tests.integration.test_message_authenticity import send_in_clear, verdict
from tests.interop.conftest import PeerFactory, Pli, PliFactory
from tests.interop.test_verification import js_request, pli_accepts

# Pli's verdict -> what js says of the same event: (encrypted, colour, reason). Element draws
# "not encrypted" itself for an event in clear in an encrypted room (js has no verdict then).
ELEMENT = {
    Authenticity.TRUSTED: (True, "none", None),
    Authenticity.UNVERIFIED_IDENTITY: (True, "none", None),
    Authenticity.UNSIGNED_DEVICE: (True, "red", "UNSIGNED_DEVICE"),
    Authenticity.UNKNOWN_DEVICE: (True, "red", "UNKNOWN_DEVICE"),
    Authenticity.NOT_GUARANTEED: (True, "grey", "AUTHENTICITY_NOT_GUARANTEED"),
    Authenticity.VERIFICATION_VIOLATION: (True, "red", "VERIFICATION_VIOLATION"),
    Authenticity.MISMATCHED_SENDER: (True, "red", "MISMATCHED_SENDER"),
    Authenticity.NOT_ENCRYPTED: (False, None, None),
}


async def js_verifies(peer: JsPeer, other: Pli, room_id: str) -> None:
    """The js user verifies a Pli user by emoji, in the room they share."""
    txn = await js_request(peer, other, room_id)
    await pli_accepts(other, txn)
    await peer.call("wait_phase", txn=txn, phase="Ready")
    await peer.call("start_sas", txn=txn)
    await peer.call("sas_emoji", txn=txn)
    await other.wait_view(lambda v: v.flow_id == txn and v.state is State.SAS_COMPARE)
    await peer.call("sas_confirm", txn=txn)
    await other.session.verification.act(txn, "confirm_sas")  # type: ignore[union-attr]
    await peer.call("wait_phase", txn=txn, phase="Done")


async def js_shields(peer: JsPeer, room_id: str, bodies: set[str]) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    async def all_there() -> bool:
        seen.clear()
        for entry in await peer.call("shields", room_id=room_id):
            if entry["body"] in bodies:
                seen[entry["body"]] = entry
        return set(seen) == bodies

    for _ in range(100):
        if await all_there():
            return seen
        await peer.call("wait_room_decrypted", room_id=room_id, min_messages=1)
    raise AssertionError(f"js has not all of {bodies}: {sorted(seen)}")


def agree(session: MatrixSession, room_id: str, js: dict[str, Any], expected: Authenticity) -> None:
    for body, entry in js.items():
        ours = verdict(session, room_id, body)
        assert ours is expected, (body, ours, expected)
        assert (entry["encrypted"], entry["colour"], entry["reason"]) == ELEMENT[ours], (
            body,
            ours,
            entry,
        )


async def test_pli_and_element_draw_the_same_shields(pli: PliFactory, js: PeerFactory) -> None:
    alice = await pli()
    bob = await pli()
    carol = await pli()
    jo_js, jo = await js()
    room_id = await alice.session.create_room(
        "Dépêches", invite=[bob.user_id, carol.user_id, jo["user_id"]]
    )
    for member in (bob, carol):
        await wait_until(lambda m=member: any(r.room_id == room_id for r in m.session.rooms()))
        await member.session.accept_invite(room_id)
    await jo_js.call("join", room_id=room_id)
    await jo_js.call(
        "wait_room", room_id=room_id, members=[alice.user_id, bob.user_id, carol.user_id]
    )
    for session in (alice.session, bob.session):
        await session.wait_for_room(room_id)
    # Both observers verify Bob, each their own way.
    await verify_by_emoji(alice.session, alice.recorder, bob.session, bob.recorder, room_id)
    await jo_js.call("wait_user_identity", user_id=bob.user_id)
    await js_verifies(jo_js, bob, room_id)

    phone = await pli(bob.user, cross_signing=False)  # a second login Bob never signed
    await phone.session.wait_for_room(room_id)
    await bob.session.send_text(room_id, "depuis l'appareil vérifié")
    await phone.session.send_text(room_id, "depuis un appareil non signé")
    await carol.session.send_text(room_id, "d'une personne non vérifiée")
    await send_in_clear(bob.session, room_id, "en clair")
    cases = {
        "depuis l'appareil vérifié": Authenticity.TRUSTED,
        "depuis un appareil non signé": Authenticity.UNSIGNED_DEVICE,
        "d'une personne non vérifiée": Authenticity.UNVERIFIED_IDENTITY,
        "en clair": Authenticity.NOT_ENCRYPTED,
    }
    await wait_until(
        lambda: all(verdict(alice.session, room_id, b) is v for b, v in cases.items()),
        timeout=60,
        what=f"Pli's verdicts {[(b, verdict(alice.session, room_id, b)) for b in cases]}",
    )
    seen = await js_shields(jo_js, room_id, set(cases))
    for body, expected in cases.items():
        agree(alice.session, room_id, {body: seen[body]}, expected)

    # A new device of Alice's, js and Pli, each reading the history from Alice's backup.
    assert alice.session.backup is not None
    key = await alice.session.backup.set_up()
    await alice.session.backup.back_up_new_keys()
    laptop_js, _laptop = await js(alice.user, bootstrap=False, name="alice-js")
    await laptop_js.call("wait_room", room_id=room_id)
    result = await laptop_js.call("unlock_with_recovery_key", recovery_key=key)
    assert result["restored"] >= 1
    laptop = await pli(alice.user, cross_signing=False)
    assert laptop.session.backup is not None
    await laptop.session.backup.unlock(key)
    from_backup = {"depuis l'appareil vérifié", "d'une personne non vérifiée"}
    await wait_until(
        lambda: all(
            verdict(laptop.session, room_id, b) is Authenticity.NOT_GUARANTEED for b in from_backup
        ),
        timeout=60,
        what="the laptop's verdicts on keys from the backup",
    )
    seen = await js_shields(laptop_js, room_id, from_backup)
    agree(laptop.session, room_id, seen, Authenticity.NOT_GUARANTEED)


async def test_element_says_why_its_unsigned_device_got_no_key(
    pli: PliFactory, js: PeerFactory
) -> None:
    """MSC4153 from the other side: Pli withholds the room key from a device its owner never
    signed, and tells it (m.room_key.withheld, m.unverified); Element then shows "the sender
    has withheld the key because this device is not verified", not "waiting for the key"."""
    alice = await pli()
    bob = await pli()
    bob_js, _ = await js(bob.user, bootstrap=False, name="bob-js")
    room_id = await alice.session.create_direct_chat(bob.user_id)
    await wait_until(lambda: any(r.room_id == room_id for r in bob.session.rooms()))
    await bob.session.accept_invite(room_id)
    await bob_js.call("wait_room", room_id=room_id, members=[alice.user_id, bob.user_id])
    await alice.session.send_text(room_id, "pas pour un appareil non signé")
    reason = None
    for _ in range(100):
        events = await bob_js.call("room_messages", room_id=room_id)
        failed = [e for e in events if e["decryption_failed"]]
        reason = failed[-1]["failure_reason"] if failed else None
        if reason not in (None, "MEGOLM_UNKNOWN_INBOUND_SESSION_ID"):
            break
        await asyncio.sleep(0.2)
    assert reason == "MEGOLM_KEY_WITHHELD_FOR_UNVERIFIED_DEVICE"
