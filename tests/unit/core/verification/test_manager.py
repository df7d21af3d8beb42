"""The verification manager's own guarantees, with a fake key server and transport (the real
ones are in tests/interop): it signs only what was verified, and no hostile key or message
stops it. Regressions of the trust-engine review (issue 3 notes)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from client.core.crypto.cross_signing import MASTER, CrossSigningSeeds, key_object, upload_body
from client.core.crypto.directory import KeyDirectory
from client.core.crypto.signing import public_key_b64, sign_json, signing_key_from_seed
from client.core.crypto.trust import DeviceTrust, TrustEngine, TrustStore, UserTrust
from client.core.verification import manager as manager_module
from client.core.verification import messages as m
from client.core.verification.flow import State, TrustOutcome
from client.core.verification.manager import VerificationManager

ALICE, BOB = "@alice:hs", "@bob:hs"
SEEDS = CrossSigningSeeds(bytes([7]) * 32, bytes([8]) * 32, bytes([9]) * 32)


def device(user: str, device_id: str, seed: int) -> tuple[dict[str, Any], str]:
    key = signing_key_from_seed(bytes([seed]) * 32)
    public = public_key_b64(key)
    obj = {
        "user_id": user,
        "device_id": device_id,
        "algorithms": [],
        "keys": {f"ed25519:{device_id}": public, f"curve25519:{device_id}": public},
    }
    return sign_json(obj, user, f"ed25519:{device_id}", key), public


class FakeKeyServer:
    def __init__(self) -> None:
        a1, self.a1 = device(ALICE, "A1", 1)
        a2, self.a2 = device(ALICE, "A2", 2)
        b1, self.b1 = device(BOB, "B1", 3)
        body = upload_body(ALICE, SEEDS)
        self.response: dict[str, Any] = {
            "device_keys": {ALICE: {"A1": a1, "A2": a2}, BOB: {"B1": b1}},
            "master_keys": {ALICE: body["master_key"]},
            "self_signing_keys": {ALICE: body["self_signing_key"]},
            "user_signing_keys": {ALICE: body["user_signing_key"]},
        }
        self.uploads: list[dict[str, Any]] = []

    async def query(self, users: list[str]) -> dict[str, Any]:
        return self.response

    async def upload_signatures(self, signed: dict[str, Any]) -> None:
        self.uploads.append(signed)


class FakeTransport:
    def __init__(self) -> None:
        self.sent: list[tuple[Any, ...]] = []

    async def send_to_device(self, kind: str, user: str, contents: dict[str, Any]) -> None:
        self.sent.append((kind, user, contents))

    async def send_in_room(self, room_id: str, kind: str, content: dict[str, Any]) -> str:
        self.sent.append((room_id, kind, content))
        return "$req"


async def make(
    tmp_path: Path, server: FakeKeyServer, members: set[tuple[str, str]] | None = None
) -> VerificationManager:
    directory = KeyDirectory(server)  # type: ignore[arg-type]
    store = TrustStore(tmp_path / "trust.json", b"k" * 32)
    manager = VerificationManager(
        user_id=ALICE,
        device_id="A1",
        device_key=server.a1,
        directory=directory,
        trust=TrustEngine(ALICE, "A1", directory, store),
        transport=FakeTransport(),
        api=server,  # type: ignore[arg-type]
        seeds=lambda: SEEDS,
        on_view=lambda view: None,
        on_trust=lambda user: None,
        is_member=lambda room, user: (room, user) in (members or set()),
    )
    await directory.refresh([ALICE, BOB])
    store.mark_master(ALICE, SEEDS.public(MASTER))
    return manager


async def test_cross_signing_signs_only_the_keys_that_were_verified(tmp_path: Path) -> None:
    server = FakeKeyServer()
    manager = await make(tmp_path, server)
    verified_a2 = server.a2
    server.response["device_keys"][ALICE]["A2"], _evil = device(ALICE, "A2", 66)  # swapped
    await manager.directory.refresh([ALICE])
    await manager._apply(TrustOutcome(ALICE, (("A2", verified_a2),), None))
    assert server.uploads == []  # the swapped key is not signed
    assert manager.trust.device_trust(ALICE, "A2") is DeviceTrust.UNVERIFIED

    x = public_key_b64(signing_key_from_seed(bytes([40]) * 32))
    y = public_key_b64(signing_key_from_seed(bytes([41]) * 32))
    server.response["master_keys"][BOB] = key_object(BOB, MASTER, y)
    await manager.directory.refresh([ALICE, BOB])
    await manager._apply(TrustOutcome(BOB, (), x))  # we verified X, the server now shows Y
    assert server.uploads == []
    assert manager.trust.user_trust(BOB) is UserTrust.CHANGED  # and it says so


async def test_a_malformed_key_from_the_server_does_not_stop_the_manager(
    tmp_path: Path, monkeypatch: Any
) -> None:
    server = FakeKeyServer()
    server.response["master_keys"][BOB] = {
        "user_id": BOB,
        "usage": ["master"],
        "keys": {"ed25519:AAAA": "AAAA"},  # not a key
    }
    monkeypatch.setattr(manager_module, "TICK_SECONDS", 0.05)
    manager = await make(tmp_path, server)
    manager.start()
    try:
        await manager.request_user_verification(BOB, "!dm:hs")
        relation = {"rel_type": "m.reference", "event_id": "$req"}
        ready = {
            "from_device": "B1",
            "methods": [m.QR_SCAN, m.RECIPROCATE],
            "m.relates_to": relation,
        }
        manager.feed_room_event(
            "!dm:hs", {"type": m.READY, "sender": BOB, "event_id": "$1", "content": ready}
        )
        await asyncio.sleep(0.3)
        assert manager._task is not None and not manager._task.done()
        assert manager.view("$req").qr_payload is None  # no code from a non-key
        cancel = {"code": "m.user", "reason": "no", "m.relates_to": relation}
        manager.feed_room_event(
            "!dm:hs", {"type": m.CANCEL, "sender": BOB, "event_id": "$2", "content": cancel}
        )
        await asyncio.sleep(0.2)
        assert manager.view("$req").state is State.CANCELLED  # still handling messages
    finally:
        await manager.stop()


async def test_keys_that_are_not_keys_are_untrusted_not_errors(tmp_path: Path) -> None:
    server = FakeKeyServer()
    manager = await make(tmp_path, server)
    manager.trust.store.mark_master(BOB, "B" * 43)
    server.response["master_keys"][BOB] = {
        "user_id": BOB,
        "usage": ["master"],
        "keys": {"ed25519:\u00e9": "\u00e9"},
    }
    await manager.directory.refresh([BOB])
    assert manager.trust.user_trust(BOB) in (UserTrust.NO_CROSS_SIGNING, UserTrust.UNVERIFIED)
    assert manager.trust.device_trust(BOB, "B1") is DeviceTrust.UNVERIFIED


async def test_a_vanished_master_key_is_a_change(tmp_path: Path) -> None:
    server = FakeKeyServer()
    bob_master = public_key_b64(signing_key_from_seed(bytes([42]) * 32))
    server.response["master_keys"][BOB] = key_object(BOB, MASTER, bob_master)
    manager = await make(tmp_path, server)
    manager.trust.store.mark_master(BOB, bob_master)
    del server.response["master_keys"][BOB]
    await manager._refresh([BOB])
    assert manager.trust.user_trust(BOB) is UserTrust.CHANGED


async def test_a_to_device_message_cannot_enter_an_in_room_flow(tmp_path: Path) -> None:
    server = FakeKeyServer()
    manager = await make(tmp_path, server)
    await manager.request_user_verification(BOB, "!dm:hs")
    await manager._on_to_device(
        {
            "type": m.CANCEL,
            "sender": "@mallory:hs",
            "content": {"transaction_id": "$req", "code": "m.user", "reason": "x"},
        }
    )
    assert manager.view("$req").state is State.REQUESTED


async def test_stop_ends_the_manager_even_when_a_message_arrives_at_that_moment(
    tmp_path: Path,
) -> None:
    """The CI hang of 2026-11-26: on Python 3.11, a cancel landing just as the manager's wait
    for the next message completed was swallowed, the loop went on and stop() (so session
    close) waited for ever. Hit that moment at every loop turn offset."""
    for turns in range(8):
        (tmp_path / str(turns)).mkdir()
        manager = await make(tmp_path / str(turns), FakeKeyServer())
        manager.start()
        await asyncio.sleep(0.01)  # the manager now waits for a message

        async def nothing() -> None:
            return None

        manager._queue.put_nowait(nothing)
        for _ in range(turns):
            await asyncio.sleep(0)
        stopping = asyncio.ensure_future(manager.stop())
        await asyncio.wait({stopping}, timeout=3.0)  # not wait_for: it would cancel stop()
        assert stopping.done(), f"stop() still waiting ({turns} loop turns after a message)"


# --- who may open a verification (issue 15, point 4) ---------------------------------------------


def to_device_request(sender: str, device: str, txn: str, now_ms: int) -> dict[str, Any]:
    content = {
        "from_device": device,
        "methods": [m.SAS_V1],
        "timestamp": now_ms,
        "transaction_id": txn,
    }
    return {"type": m.REQUEST, "sender": sender, "content": content}


def room_request(sender: str, device: str, event_id: str, now_ms: int) -> dict[str, Any]:
    content = {"msgtype": m.REQUEST, "from_device": device, "methods": [m.SAS_V1], "to": ALICE}
    return {
        "type": "m.room.message",
        "sender": sender,
        "event_id": event_id,
        "origin_server_ts": now_ms,
        "content": content,
    }


def live(manager: VerificationManager) -> list[Any]:
    return [f for f in manager.flows.values() if not f.finished]


async def test_a_stranger_cannot_open_dialogs_by_to_device_requests(tmp_path: Path) -> None:
    server = FakeKeyServer()
    manager = await make(tmp_path, server)
    queried: list[list[str]] = []
    original = server.query

    async def counting(users: list[str]) -> dict[str, Any]:
        queried.append(users)
        return await original(users)

    server.query = counting  # type: ignore[method-assign]
    now = manager._now()
    for n in range(300):
        await manager._on_to_device(to_device_request(BOB, "B1", f"t{n}", now))
    assert manager.flows == {}
    assert queried == []  # refused before any key query: a request costs us nothing
    transport = manager.transport
    assert isinstance(transport, FakeTransport) and transport.sent == []


async def test_a_start_without_request_from_a_stranger_is_ignored_not_answered(
    tmp_path: Path,
) -> None:
    manager = await make(tmp_path, FakeKeyServer())
    start = {
        "type": m.START,
        "sender": BOB,
        "content": {"from_device": "B1", "method": m.SAS_V1, "transaction_id": "s1"},
    }
    await manager._on_to_device(start)
    # and a message for a flow that does not exist is not answered either
    await manager._on_to_device(
        {"type": m.KEY, "sender": BOB, "content": {"from_device": "B1", "transaction_id": "x"}}
    )
    assert manager.flows == {}
    transport = manager.transport
    assert isinstance(transport, FakeTransport) and transport.sent == []


async def test_my_own_device_floods_but_keeps_one_live_request(tmp_path: Path) -> None:
    manager = await make(tmp_path, FakeKeyServer())
    now = manager._now()
    for n in range(300):
        await manager._on_to_device(to_device_request(ALICE, "A2", f"t{n}", now))
    assert len(live(manager)) == 1
    # the rate cap: after a few replacements nothing more is even created
    assert len(manager.flows) <= manager.admission.limits.per_sender_window


async def test_in_room_requests_only_from_members_and_capped(tmp_path: Path) -> None:
    members = {("!room:hs", BOB)}
    manager = await make(tmp_path, FakeKeyServer(), members)
    now = manager._now()
    await manager._on_room_event("!other:hs", room_request(BOB, "B1", "$x", now), True)
    assert manager.flows == {}  # not a member of that room
    # the same event twice, and many devices: one flow per event, a cap per sender
    for n in range(20):
        event = room_request(BOB, f"B{n}", f"$e{n}", now)
        await manager._on_room_event("!room:hs", event, True)
        await manager._on_room_event("!room:hs", event, True)
    assert len(live(manager)) == manager.admission.limits.per_sender_live


async def test_one_live_in_room_request_per_sender_device(tmp_path: Path) -> None:
    manager = await make(tmp_path, FakeKeyServer(), {("!room:hs", BOB)})
    now = manager._now()
    for n in range(3):
        await manager._on_room_event("!room:hs", room_request(BOB, "B1", f"$e{n}", now), True)
    assert [f.flow_id for f in live(manager)] == ["$e2"]  # the newest replaced the older


async def test_a_total_cap_across_senders(tmp_path: Path) -> None:
    senders = [f"@s{n}:hs" for n in range(30)]
    manager = await make(tmp_path, FakeKeyServer(), {("!room:hs", s) for s in senders})
    now = manager._now()
    for n, sender in enumerate(senders):
        await manager._on_room_event("!room:hs", room_request(sender, "D", f"$e{n}", now), True)
    assert len(live(manager)) == manager.admission.limits.total_live
