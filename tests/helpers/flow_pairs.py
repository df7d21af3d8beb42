"""Two verification flows wired back to back, no network: the harness of the flow's unit
tests and of the dialog's UI tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from client.core.crypto.signing import public_key_b64, signing_key_from_seed
from client.core.verification import messages as m
from client.core.verification.flow import Identity, State, Transport, VerificationFlow
from client.core.verification.messages import Incoming

NOW = 1_800_000_000_000


def key(seed: int) -> str:
    return public_key_b64(signing_key_from_seed(bytes([seed]) * 32))


@dataclass
class Directory:
    devices: dict[tuple[str, str], str] = field(default_factory=dict)
    masters: dict[str, str] = field(default_factory=dict)

    def device_key(self, user_id: str, device_id: str) -> str | None:
        return self.devices.get((user_id, device_id))

    def master_key(self, user_id: str) -> str | None:
        return self.masters.get(user_id)


ALICE = Identity("@alice:hs", "ALICEDEV", key(1), key(2), True)
BOB = Identity("@bob:hs", "BOBDEV", key(3), key(4), True)
ALICE2 = Identity("@alice:hs", "ALICENEW", key(5), key(2), False)  # new laptop


def directory() -> Directory:
    d = Directory()
    for ident in (ALICE, BOB, ALICE2):
        d.devices[(ident.user_id, ident.device_id)] = ident.device_key
        assert ident.master_key is not None
        d.masters[ident.user_id] = ident.master_key
    return d


def deliver(source: VerificationFlow, target: VerificationFlow, now: int = NOW) -> int:
    """Move source's outbox into target (only messages for target's device)."""
    sent = 0
    for out in source.take_outbox():
        if out.to_devices and target.me.device_id not in out.to_devices:
            continue
        kind = m.REQUEST if out.type == "m.room.message" else out.type
        target.receive(Incoming(kind, out.content, source.me.user_id, now), now)
        sent += 1
    return sent


def pump(a: VerificationFlow, b: VerificationFlow) -> None:
    while deliver(a, b) + deliver(b, a):
        pass


def in_room_pair(
    alice: Identity = ALICE, bob: Identity = BOB, keys: Directory | None = None
) -> tuple[VerificationFlow, VerificationFlow]:
    keys = keys or directory()
    a = VerificationFlow.outgoing_in_room(alice, keys, bob.user_id, "!room:hs", NOW)
    request = a.request_message()
    a.request_sent("$request")
    b = VerificationFlow.incoming(
        bob,
        keys,
        Incoming(m.REQUEST, request, alice.user_id, NOW),
        Transport.ROOM,
        "$request",
        "!room:hs",
        NOW,
    )
    assert b is not None and b.state is State.INCOMING
    b.accept()
    pump(a, b)
    assert a.state is State.READY and b.state is State.READY
    return a, b


def to_device_pair(
    asker: Identity = ALICE2, answerer: Identity = ALICE, keys: Directory | None = None
) -> tuple[VerificationFlow, VerificationFlow]:
    keys = keys or directory()
    a = VerificationFlow.outgoing_to_device(
        asker, keys, answerer.user_id, [answerer.device_id], NOW, flow_id="txn1"
    )
    (request,) = a.take_outbox()
    b = VerificationFlow.incoming(
        answerer,
        keys,
        Incoming(m.REQUEST, request.content, asker.user_id),
        Transport.TO_DEVICE,
        "txn1",
        "",
        NOW,
    )
    assert b is not None
    b.accept()
    pump(a, b)
    assert a.state is State.READY and b.state is State.READY
    return a, b
