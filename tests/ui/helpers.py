from __future__ import annotations

from pathlib import Path

from client.core.secrets.store import SecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.demo.homeserver import LocalSynapse, RegisteredUser
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.dialogs.login import LoginDialog
from client.ui.views.main_window import MainWindow
from tests.helpers.waits import wait_until


async def login_through_dialog(
    qtbot,
    synapse: LocalSynapse,
    user: RegisteredUser,  # type: ignore[no-untyped-def]
    folder: Path,
    store: SecretStore,
) -> MatrixSession:
    session = MatrixSession(Profile(folder), store)
    dialog = LoginDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user_edit, user.user_id)
    qtbot.keyClicks(dialog.password_edit, user.password)
    qtbot.keyClicks(dialog.server_edit, synapse.url)
    dialog.submit()
    assert dialog.progress.isVisible()
    await wait_until(lambda: dialog.result() == LoginDialog.DialogCode.Accepted, what="login")
    assert session.logged_in
    return session


def open_window(qtbot, session: MatrixSession) -> MainWindow:  # type: ignore[no-untyped-def]
    bridge = SessionBridge()
    session.add_sink(bridge)
    window = MainWindow(session, bridge)
    window._bridge_ref = bridge  # keep the QObject alive with the window
    qtbot.addWidget(window)
    window.show()
    session.start()
    return window
