"""Take docs/screenshots/verify-qr.png and verify-emoji.png from a real verification: a local
Synapse, two signed-in Pli sessions (Marie in the window, Camille scripted), an encrypted
direct chat, an in-room request; the dialog shows its QR page, then its emoji page; both end
verified. Run under Xvfb (a real X server, real fonts):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_verification.py
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

import qasync

from client.core.events import SessionEvent, VerificationChanged
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.core.verification.flow import State
from client.core.verification.view import VerificationView
from client.demo.homeserver import LocalSynapse
from client.ui.dialogs.verification import VerificationDialog
from client.ui.i18n import install_translator
from client.ui.qt import QApplication

HERE = Path(__file__).resolve().parent


async def until(condition, what: str, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise RuntimeError(f"timed out waiting for {what}")


async def scenario(folder: Path, out: Path) -> int:
    synapse = LocalSynapse(folder / "hs")
    await synapse.start_async()
    sessions: list[MatrixSession] = []
    try:
        marie_user = synapse.register("marie.dupont", "demo-password-1")
        camille_user = synapse.register("camille.martin", "demo-password-2")
        views: dict[str, list[VerificationView]] = {"marie": [], "camille": []}

        def sink(name: str):  # type: ignore[no-untyped-def]
            def record(event: SessionEvent) -> None:
                if isinstance(event, VerificationChanged) and isinstance(
                    event.view, VerificationView
                ):
                    views[name].append(event.view)
                    if name == "marie" and dialog_box:
                        dialog_box[0].show_view(event.view)

            return record

        dialog_box: list[VerificationDialog] = []
        for name, user in (("marie", marie_user), ("camille", camille_user)):
            session = MatrixSession(Profile(folder / name), MemorySecretStore(), sink(name))
            sessions.append(session)
            await session.login(user.user_id, user.password, server=synapse.url)
            session.start()
            await session.wait_synced()

            async def no_password() -> str | None:
                return None

            await session.ensure_cross_signing(no_password)
        marie, camille = sessions
        room_id = await marie.create_direct_chat(camille.user_id)
        await until(lambda: any(r.room_id == room_id for r in camille.rooms()), "invite")
        await camille.accept_invite(room_id)
        await marie.wait_for_room(room_id)
        assert marie.verification is not None and camille.verification is not None
        view = await marie.verification.request_user_verification(camille.user_id, room_id)
        flow_id = view.flow_id

        def act(action: str, data: bytes) -> None:
            assert marie.verification is not None
            asyncio.get_event_loop().create_task(marie.verification.act(flow_id, action, data))

        dialog = VerificationDialog(view, act)
        dialog_box.append(dialog)
        dialog.resize(620, 560)
        dialog.show()
        await until(lambda: any(v.state is State.INCOMING for v in views["camille"]), "request")
        await camille.verification.act(flow_id, "accept")
        await until(lambda: dialog.current_page == "ready", "the QR page")
        await asyncio.sleep(0.5)
        dialog.grab().save(str(out / "verify-qr.png"))
        dialog.sas_button.click()
        await until(lambda: dialog.current_page == "compare", "the emoji page")
        await asyncio.sleep(0.5)
        dialog.grab().save(str(out / "verify-emoji.png"))
        dialog.match_button.click()
        await until(lambda: views["camille"][-1].state is State.SAS_COMPARE, "camille's emoji")
        await camille.verification.act(flow_id, "confirm_sas")
        await until(lambda: dialog.current_page == "done", "verified")
        print(f"saved {out / 'verify-qr.png'} and {out / 'verify-emoji.png'}; flow done")
        return 0
    finally:
        for session in sessions:
            await session.close()
        synapse.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=HERE)
    options = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    install_translator(options.lang)
    with tempfile.TemporaryDirectory(prefix="pli-shots-") as folder:
        return qasync.run(scenario(Path(folder), options.out))


if __name__ == "__main__":
    sys.exit(main())
