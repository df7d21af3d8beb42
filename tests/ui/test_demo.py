"""`pli --demo`: a local homeserver and a demo contact that answers, encrypted; nothing left
behind when Pli quits."""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

from client.demo.contact import WELCOME
from client.ui.controller import AppController
from tests.helpers.synapse_db import message_events
from tests.helpers.waits import wait_until


def demo_processes() -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "pli-demo-" in cmdline:
            found.append(f"{entry.name}: {cmdline}")
    return found


async def test_demo_contact_answers_encrypted_and_everything_stops(qtbot) -> None:
    started = time.monotonic()
    controller = AppController(argparse.Namespace(demo=True, quit_after=0, screenshot=None))
    # Bounded: if the demo fails it shows an error dialog, which nobody answers here.
    session = await asyncio.wait_for(controller._start_demo(), 90)
    assert session is not None
    window = controller.window
    assert window is not None
    demo = controller.demo
    try:
        room_id = window.current_room
        assert room_id is not None
        await wait_until(
            lambda: any(i.body == WELCOME for i in session.timeline(room_id)),
            what="the welcome message",
        )
        ready = time.monotonic() - started
        assert window.encryption_label.text() == "End-to-end encrypted"
        window.composer.setPlainText("Peux-tu confirmer la réunion ?")
        window.send(window.composer.toPlainText())
        await wait_until(
            lambda: any(
                "Peux-tu confirmer la réunion ?" in i.body and not i.own
                for i in session.timeline(room_id)
            ),
            what="the answer",
        )
        events = message_events(demo.synapse.database, room_id)
        assert {e["type"] for e in events} == {"m.room.encrypted"}
        print(f"demo ready in {ready:.1f} s")
    finally:
        await controller._shutdown()
    assert demo.synapse.process is None
    assert not demo.folder.exists()
    assert demo_processes() == []


def test_pli_demo_command_quits_cleanly() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "client", "--demo", "--quit-after", "3"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    time.sleep(0.5)
    assert demo_processes() == []
