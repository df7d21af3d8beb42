"""The hostile server replays old verification events (issue 15, the harness's "replays old
verification events"): a request the user already declined, delivered again in a later sync,
and the same request re-dated far in the past. Neither opens a dialog again, nor gets an
answer; the declined flow stays declined."""

from __future__ import annotations

import copy
import time
from pathlib import Path
from typing import Any

from client.core.events import VerificationChanged
from client.core.verification import messages as m
from client.core.verification.flow import State
from tests.adversarial.hostile import HostileServer
from tests.helpers.accounts import Recorder, logged_in_session, new_user
from tests.helpers.waits import wait_until


def incoming(recorder: Recorder, flow_id: str) -> int:
    return sum(
        1
        for e in recorder.of(VerificationChanged)
        if e.view.flow_id == flow_id and e.view.state is State.INCOMING  # type: ignore[attr-defined]
    )


async def test_a_replayed_request_opens_nothing(
    synapse, hostile: HostileServer, tmp_path: Path, memory_store
) -> None:  # type: ignore[no-untyped-def]
    user = new_user(synapse, "alice")
    laptop, events = await logged_in_session(
        synapse, user, tmp_path / "l", memory_store, server=hostile.url
    )
    desk, _ = await logged_in_session(synapse, user, tmp_path / "d", memory_store, start=False)
    captured: list[dict[str, Any]] = []
    replay: list[dict[str, Any]] = []

    def sync(_request: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
        to_device = answer.setdefault("to_device", {}).setdefault("events", [])
        captured.extend(e for e in to_device if e.get("type") == m.REQUEST)
        to_device.extend(replay)
        replay.clear()
        return answer

    hostile.on_response("GET", r"/sync$", sync)
    try:
        assert laptop.verification is not None and laptop.device_id is not None
        content = {
            "from_device": desk.device_id,
            "methods": [m.SAS_V1],
            "timestamp": int(time.time() * 1000),
            "transaction_id": "genuine",
        }
        await desk.send_to_device(m.REQUEST, user.user_id, {laptop.device_id: content})
        await wait_until(lambda: incoming(events, "genuine") == 1, what="the genuine request")
        await laptop.verification.act("genuine", "cancel")  # the user declines
        assert captured

        # The same event again, then the same request re-dated 11 minutes back.
        old = copy.deepcopy(captured[0])
        old["content"]["transaction_id"] = "old"
        old["content"]["timestamp"] = int(time.time() * 1000) - 11 * 60 * 1000
        replay.extend([copy.deepcopy(captured[0]), old])
        mark = len(hostile.seen("PUT", r"/sendToDevice/"))
        # A genuine second request afterwards: once it is seen, the replays were handled.
        later = {**content, "transaction_id": "later", "timestamp": int(time.time() * 1000)}
        await desk.send_to_device(m.REQUEST, user.user_id, {laptop.device_id: later})
        await wait_until(lambda: incoming(events, "later") == 1, what="the next request")
        assert incoming(events, "genuine") == 1  # not shown again
        assert laptop.verification.view("genuine").state is State.CANCELLED
        assert "old" not in laptop.verification.flows  # too old: never a flow
        # Nothing was sent in answer to the replays (the cancel went before the mark).
        answers = hostile.seen("PUT", r"/sendToDevice/")[mark:]
        assert not [a for a in answers if "genuine" in str(a) or '"old"' in str(a)]
    finally:
        for session in (laptop, desk):
            await session.close()
