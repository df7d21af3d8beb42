"""Two real sessions verify each other by emoji (SAS) in their direct chat, through the
verification managers' user actions — what the dialog's buttons call."""

from __future__ import annotations

from client.core.events import VerificationChanged
from client.core.session import MatrixSession
from client.core.verification.flow import State
from client.core.verification.view import VerificationView
from tests.helpers.waits import wait_until


def latest(events, flow_id: str) -> VerificationView | None:  # type: ignore[no-untyped-def]
    views = [e.view for e in events.of(VerificationChanged) if e.view.flow_id == flow_id]
    return views[-1] if views else None


def state_of(events, flow_id: str) -> State | None:  # type: ignore[no-untyped-def]
    view = latest(events, flow_id)
    return view.state if view is not None else None


async def verify_by_emoji(  # type: ignore[no-untyped-def]
    alice: MatrixSession, alice_events, bob: MatrixSession, bob_events, room_id: str
) -> str:
    assert alice.verification is not None and bob.verification is not None
    view = await alice.verification.request_user_verification(bob.user_id, room_id)
    flow = view.flow_id
    await wait_until(lambda: state_of(bob_events, flow) is State.INCOMING, 30, "bob asked")
    await bob.verification.act(flow, "accept")
    await wait_until(lambda: state_of(alice_events, flow) is State.READY, 30, "ready")
    await alice.verification.act(flow, "start_sas")
    for events in (alice_events, bob_events):
        await wait_until(lambda e=events: state_of(e, flow) is State.SAS_COMPARE, 30, "emoji")
    assert latest(alice_events, flow).emoji == latest(bob_events, flow).emoji  # type: ignore[union-attr]
    await alice.verification.act(flow, "confirm_sas")
    await bob.verification.act(flow, "confirm_sas")
    for events in (alice_events, bob_events):
        await wait_until(lambda e=events: state_of(e, flow) is State.DONE, 30, "verified")
    return flow
