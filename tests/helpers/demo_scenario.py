"""Run the demo end to end in its own process, the way `pli --demo` runs (qasync.run), and
print one JSON line: python -m tests.helpers.demo_scenario"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time

import qasync

from client.demo.contact import WELCOME
from client.ui.controller import AppController
from client.ui.i18n import install_translator
from client.ui.qt import QApplication
from tests.helpers.synapse_db import message_events


async def scenario() -> dict[str, object]:
    started = time.monotonic()
    controller = AppController(argparse.Namespace(demo=True, quit_after=0, screenshot=None))
    session = await asyncio.wait_for(controller._start_demo(), 90)
    assert session is not None and controller.window is not None
    window, demo = controller.window, controller.demo
    result: dict[str, object] = {}
    try:
        room_id = window.current_room
        assert room_id is not None
        for _ in range(400):
            if any(i.body == WELCOME for i in session.timeline(room_id)):
                break
            await asyncio.sleep(0.05)
        result["ready_s"] = round(time.monotonic() - started, 2)
        result["header"] = window.encryption_label.text()
        window.composer.setPlainText("Peux-tu confirmer la réunion ?")
        window.send(window.composer.toPlainText())
        for _ in range(400):
            if any("Peux-tu confirmer" in i.body and not i.own for i in session.timeline(room_id)):
                break
            await asyncio.sleep(0.05)
        result["answered"] = any(
            "Peux-tu confirmer" in i.body and not i.own for i in session.timeline(room_id)
        )
        result["types"] = sorted(
            {e["type"] for e in message_events(demo.synapse.database, room_id)}
        )
    finally:
        await controller._shutdown()
    result["synapse_stopped"] = demo.synapse.process is None
    result["folder_gone"] = not demo.folder.exists()
    return result


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    install_translator("en")
    print(json.dumps(qasync.run(scenario())), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
