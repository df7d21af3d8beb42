"""Take docs/screenshots/timeline.png (a reply, reactions, an image, a file, an edit, in the
encrypted demo chat) and search.png (search across conversations). Run under Xvfb:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_timeline.py
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

import qasync

from client.ui.controller import AppController
from client.ui.i18n import install_translator
from client.ui.qt import QApplication, QtCore, QtGui

HERE = Path(__file__).resolve().parent


def picture() -> bytes:
    """A small "site plan" drawn here (nothing fetched)."""
    image = QtGui.QImage(480, 300, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("#eef3f8"))
    painter = QtGui.QPainter(image)
    painter.setPen(QtGui.QPen(QtGui.QColor("#1f4e79"), 4))
    painter.drawRect(40, 40, 400, 220)
    painter.drawLine(240, 40, 240, 260)
    painter.drawLine(40, 150, 240, 150)
    painter.setFont(QtGui.QFont("DejaVu Sans", 16))
    painter.drawText(60, 100, "Salle Vauban")
    painter.drawText(260, 100, "PC crise")
    painter.drawText(60, 210, "Accueil")
    painter.end()
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


async def wait(condition, seconds: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)


async def scenario(out: Path, search_out: Path) -> int:
    args = argparse.Namespace(demo=True, quit_after=0, screenshot=None, lang="fr")
    controller = AppController(args)
    session = await controller._start_demo()
    if session is None or controller.demo is None:
        return 1
    window = controller.window
    assert window is not None
    contact = controller.demo.contact.session
    window.resize(1100, 760)
    try:
        await wait(lambda: window.current_room is not None)
        room_id = window.current_room
        assert room_id is not None
        mine = await session.send_text(room_id, "La réunion de crise est à **14 h**, salle Vauban.")
        await wait(lambda: any(i.event_id == mine.event_id for i in contact.timeline(room_id)))
        contact.queue_text(room_id, "Bien noté, j’apporte le plan du site.", reply_to=mine.event_id)
        contact.queue_reaction(room_id, mine.event_id, "👍")
        session.queue_reaction(room_id, mine.event_id, "👍")
        await contact.queue_file(room_id, "plan-du-site.png", picture(), "image/png", 480, 300)
        await contact.queue_file(
            room_id, "compte-rendu-reunion.pdf", b"%PDF-1.4 " + b"0" * 180_000, "application/pdf"
        )
        await wait(
            lambda: (
                sum(1 for i in session.timeline(room_id) if i.attachment and i.attachment.url) >= 2
            )
        )
        edited = await session.send_text(room_id, "Ordre du jour envoyé ce matin")
        session.queue_edit(room_id, edited.event_id, "Ordre du jour envoyé ce matin (v2)")
        await wait(lambda: any(i.edited for i in session.timeline(room_id)))
        window.timeline_view.scrollToBottom()
        await wait(lambda: window.file_actions.thumbnails, 10)
        await asyncio.sleep(1.0)
        window.timeline_view.viewport().update()
        await asyncio.sleep(0.3)
        window.grab().save(str(out))
        print(f"saved {out}")

        window.open_search()
        dialog = window._search_dialog
        dialog.edit.setText("réunion")
        dialog.run()
        await asyncio.sleep(0.5)
        dialog.grab().save(str(search_out))
        print(f"saved {search_out}")
        dialog.reject()
        return 0
    finally:
        await controller._shutdown()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE / "timeline.png")
    parser.add_argument("--search-out", type=Path, default=HERE / "search.png")
    options = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    install_translator("fr")
    return qasync.run(scenario(options.out, options.search_out))


if __name__ == "__main__":
    sys.exit(main())
