"""Take docs/screenshots/shields.png (French): the timeline with each authenticity verdict
Pli draws (issue 15.2) and the banner of a verified contact whose identity changed (15.3).

The rows are drawn by the real window, delegate and controller from the verdicts the core
gives (tests/integration/test_message_authenticity.py and tests/interop/test_shields.py make
those verdicts with real devices); here they are set directly, so that one picture shows
every state. Run under Xvfb (real fonts):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_shields.py
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

import qasync

from client.core.events import Authenticity, ItemState, RoomSummary, TimelineItem
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.i18n import install_translator
from client.ui.qt import QApplication
from client.ui.verification_controller import VerificationController
from client.ui.views.main_window import MainWindow

HERE = Path(__file__).resolve().parent
ROOM = "!cellule:interieur.gouv.fr"
BOB = "@bruno.martin:interieur.gouv.fr"

ROWS = (
    (BOB, "Bruno Martin", "Le point de situation est à 9 h.", Authenticity.TRUSTED),
    (
        "@claire.roux:interieur.gouv.fr",
        "Claire Roux",
        "Je serai en visio depuis la préfecture.",
        Authenticity.UNVERIFIED_IDENTITY,
    ),
    (BOB, "Bruno Martin", "Envoyé depuis mon nouveau téléphone.", Authenticity.UNSIGNED_DEVICE),
    (BOB, "Bruno Martin", "Voici le compte rendu d'hier.", Authenticity.NOT_GUARANTEED),
    (BOB, "Bruno Martin", "Cliquez sur ce lien pour valider.", Authenticity.NOT_ENCRYPTED),
    (BOB, "Bruno Martin", "Nouveau numéro : 06 00 00 00 00", Authenticity.UNKNOWN_DEVICE),
)


async def scenario(out: Path) -> int:
    with tempfile.TemporaryDirectory() as folder:
        session = MatrixSession(Profile(Path(folder)), MemorySecretStore())
        bridge = SessionBridge()
        window = MainWindow(session, bridge)
        controller = VerificationController(session, bridge, window)
        session.identity_changes = (  # type: ignore[method-assign]
            lambda room_id: [BOB] if room_id == ROOM else []
        )
        session.display_name = lambda _room, user: "Bruno Martin" if user == BOB else user  # type: ignore[method-assign]
        window.resize(1100, 720)
        window.show()
        now = int(time.time() * 1000)
        window._on_room_updated(
            RoomSummary(ROOM, "Cellule de crise", "", now, 0, False, True, False)
        )
        window.select_room(ROOM)
        model = window._timeline(ROOM)
        for n, (sender, name, body, verdict) in enumerate(ROWS):
            item = TimelineItem(
                ROOM, f"$e{n}", sender, name, now - 600_000 + n * 90_000, body,
                ItemState.SENT, True, False,
            )  # fmt: skip
            model.add(dataclasses.replace(item, authenticity=verdict))
        controller.show_identity_banner()
        await asyncio.sleep(0.5)
        window.timeline_view.scrollToBottom()
        window.timeline_view.viewport().update()
        await asyncio.sleep(0.3)
        window.grab().save(str(out))
        print(f"saved {out}")
        await window.tasks.cancel_all()
        window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE / "shields.png")
    options = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    install_translator("fr")
    return qasync.run(scenario(options.out))


if __name__ == "__main__":
    sys.exit(main())
