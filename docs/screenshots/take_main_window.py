"""Take docs/screenshots/main-window.png: Pli in demo mode, after an exchange with the demo
contact (its answer, a reply with a reaction, a file). Run under Xvfb (a real X server, real
fonts):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_main_window.py
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_main_window.py \
        --lang fr --out docs/screenshots/main-window-fr.png
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
    assert window is not None and controller.demo is not None
    contact = controller.demo.contact.session
    window.resize(1100, 720)
    try:
        room_id = window.current_room
        for _ in range(200):
            if room_id and len(session.timeline(room_id)) >= 1:
                break
            await asyncio.sleep(0.05)
            room_id = window.current_room
        assert room_id is not None
        question = "Bonjour Camille, la réunion de 10 h est confirmée ?"
        window.composer.setPlainText(question)
        window.send(window.composer.toPlainText())
        for _ in range(200):
            if len(session.timeline(room_id)) >= 3:
                break
            await asyncio.sleep(0.05)
        mine = next(i for i in session.timeline(room_id) if i.own and i.body == question)
        for _ in range(200):
            if any(i.event_id == mine.event_id for i in contact.timeline(room_id)):
                break
            await asyncio.sleep(0.05)
        # The rich timeline: a reply with a reaction, and a file.
        contact.queue_text(room_id, "Oui, salle Vauban. Je joins l’ordre du jour.", mine.event_id)
        contact.queue_reaction(room_id, mine.event_id, "👍")
        await contact.queue_file(
            room_id, "ordre-du-jour.pdf", b"%PDF-1.4 " + b"0" * 90_000, "application/pdf"
        )
        for _ in range(400):
            rows = session.timeline(room_id)
            if any(i.attachment and i.attachment.url for i in rows) and any(
                i.reactions for i in rows
            ):
                break
            await asyncio.sleep(0.05)
        window.timeline_view.scrollToBottom()
        await asyncio.sleep(1.0)
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
