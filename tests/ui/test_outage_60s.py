"""Outage test: the homeserver is down for 60 s while the user types and sends messages in
the window (Enter, keyboard only). The window shows the offline state, the messages wait in
the outbox ("Sending…"), and when the server is back everything is delivered by itself,
exactly once, in order. The figures go to build/outage-test.txt for docs/RELIABILITY.md."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from client.core.events import ConnectionState
from client.ui.qt import Qt
from tests.helpers.accounts import new_user
from tests.helpers.waits import wait_until
from tests.ui.test_resilience import _window_with_chat

OUTAGE_S = 60
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(400)
async def test_sixty_seconds_without_the_server(
    qtbot, own_synapse, tmp_path: Path, keyring_store
) -> None:
    alice, bob, window, room_id = await _window_with_chat(
        qtbot,
        own_synapse,
        new_user(own_synapse, "alice"),
        new_user(own_synapse, "bob"),
        tmp_path,
        keyring_store,
    )
    states: set[str] = set()
    try:
        own_synapse.stop()
        stopped = time.monotonic()
        bodies = [f"Pendant la coupure {n}" for n in range(6)]
        for body in bodies:
            qtbot.keyClicks(window.composer, body)
            qtbot.keyClick(window.composer, Qt.Key.Key_Return)
            assert window.composer.toPlainText() == ""  # kept in the outbox, not in the box
            deadline = time.monotonic() + OUTAGE_S / len(bodies)
            while time.monotonic() < deadline:
                states.add(window.connection_label.text())
                await asyncio.sleep(0.5)
        assert alice.state is not ConnectionState.ONLINE
        assert any(text.startswith("Offline") for text in states), states
        assert len(alice.outbox_entries(room_id)) == len(bodies)
        await own_synapse.start_async()
        down = time.monotonic() - stopped
        await wait_until(lambda: window.connection_label.text() == "Online", 120, "back online")
        back = time.monotonic()

        def delivered() -> list[str]:
            return [i.body for i in bob.timeline(room_id) if i.body in bodies]

        await wait_until(lambda: len(delivered()) >= len(bodies), 120, "every message at Bob")
        recovered = time.monotonic() - back
        await wait_until(lambda: alice.outbox_entries() == [], 30, "the outbox emptied")
        assert delivered() == bodies  # once each, in order
        report = (
            f"outage test: server down {down:.0f} s, {len(bodies)} messages typed during it, "
            f"{len(delivered())} delivered once and in order {recovered:.1f} s after the "
            f"server was back; states shown: {sorted(states)}"
        )
        print(report)
        (ROOT / "build").mkdir(exist_ok=True)
        (ROOT / "build" / "outage-test.txt").write_text(report + "\n")
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()
