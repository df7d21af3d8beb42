"""Take docs/screenshots/secure-backup.png: the recovery key page of the "Secure your messages"
wizard, from a real set-up on a local Synapse. Run under Xvfb:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_secure_backup.py
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

import qasync

from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.demo.homeserver import LocalSynapse
from client.ui.bridge.tasks import TaskRunner
from client.ui.dialogs.secure_backup import SecureBackupWizard
from client.ui.i18n import install_translator
from client.ui.qt import QApplication

HERE = Path(__file__).resolve().parent


async def no_password() -> str | None:
    return None


async def scenario(folder: Path, out: Path) -> int:
    synapse = LocalSynapse(folder / "hs")
    await synapse.start_async()
    session = MatrixSession(Profile(folder / "marie"), MemorySecretStore())
    tasks = TaskRunner()
    try:
        user = synapse.register("marie.dupont", "demo-password-1")
        await session.login(user.user_id, user.password, server=synapse.url)
        session.start()
        await session.wait_synced()
        await session.ensure_cross_signing(no_password)
        assert session.backup is not None
        wizard = SecureBackupWizard(session.backup.set_up, tasks.run)
        wizard.resize(600, 380)
        wizard.show()
        wizard.start_button.click()
        for _ in range(600):
            if wizard.current_page == "key":
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        wizard.grab().save(str(out))
        print(f"saved {out}")
        return 0
    finally:
        await tasks.cancel_all()
        await session.close()
        synapse.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--out", type=Path, default=HERE / "secure-backup.png")
    options = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    install_translator(options.lang)
    with tempfile.TemporaryDirectory(prefix="pli-shots-") as folder:
        return qasync.run(scenario(Path(folder), options.out))


if __name__ == "__main__":
    sys.exit(main())
