"""Take docs/screenshots/main-window.png: Pli in demo mode, after one exchange with the demo
contact. Run under Xvfb (a real X server, real fonts):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_main_window.py
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

import qasync

from client.ui.controller import AppController
from client.ui.i18n import install_translator
from client.ui.qt import QApplication

HERE = Path(__file__).resolve().parent


async def scenario(lang: str, out: Path) -> int:
    args = argparse.Namespace(demo=True, quit_after=0, screenshot=None, lang=lang)
    controller = AppController(args)
    session = await controller._start_demo()
    if session is None:
        return 1
    window = controller.window
    assert window is not None
    try:
        room_id = window.current_room
        for _ in range(200):
            if room_id and len(session.timeline(room_id)) >= 1:
                break
            await asyncio.sleep(0.05)
            room_id = window.current_room
        window.composer.setPlainText("Bonjour Camille, la réunion de 10 h est confirmée ?")
        window.send(window.composer.toPlainText())
        for _ in range(200):
            if room_id and len(session.timeline(room_id)) >= 3:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        window.grab().save(str(out))
        print(f"saved {out}")
        return 0
    finally:
        await controller._shutdown()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--out", type=Path, default=HERE / "main-window.png")
    options = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    install_translator(options.lang)
    return qasync.run(scenario(options.lang, options.out))


if __name__ == "__main__":
    sys.exit(main())
