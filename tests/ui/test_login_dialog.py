from __future__ import annotations

from pathlib import Path

from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.demo.homeserver import free_port
from client.ui.dialogs.login import LoginDialog
from client.ui.i18n import install_translator
from tests.helpers.waits import wait_until


async def test_wrong_password_shows_a_sentence_and_keeps_the_form(
    qtbot, synapse, user, tmp_path: Path, keyring_store
) -> None:
    dialog = LoginDialog(MatrixSession(Profile(tmp_path / "p"), keyring_store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user_edit, user.user_id)
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.keyClicks(dialog.server_edit, synapse.url)
    dialog.submit()
    await wait_until(lambda: dialog.error_label.isVisible(), what="the error")
    assert dialog.error_label.text() == (
        "The user name or the password is wrong. Check both and try again."
    )
    assert not dialog.progress.isVisible()
    assert dialog.user_edit.text() == user.user_id and dialog.user_edit.isEnabled()
    assert dialog.result() != LoginDialog.DialogCode.Accepted


async def test_unknown_server_and_empty_fields(qtbot, tmp_path: Path, keyring_store) -> None:
    dialog = LoginDialog(MatrixSession(Profile(tmp_path / "p"), keyring_store))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    assert dialog.error_label.text() == "Type your user name and your password."
    qtbot.keyClicks(dialog.user_edit, "@marie:localhost")
    qtbot.keyClicks(dialog.password_edit, "x")
    qtbot.keyClicks(dialog.server_edit, f"http://127.0.0.1:{free_port()}")
    dialog.submit()
    await wait_until(lambda: "No Matrix server answers" in dialog.error_label.text())
    assert "Traceback" not in dialog.error_label.text()


async def test_login_dialog_in_french(qtbot, tmp_path: Path, keyring_store) -> None:
    assert install_translator("fr") == "fr"
    dialog = LoginDialog(MatrixSession(Profile(tmp_path / "p"), keyring_store))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Se connecter à Pli"
    dialog.submit()
    assert dialog.error_label.text() == "Saisissez votre nom d’utilisateur et votre mot de passe."


async def test_a_pinned_server_is_locked_and_shown_before_the_password_goes(
    qtbot, synapse, user, tmp_path: Path, memory_store
) -> None:
    from client.core.policy.loader import Policy

    pinned = Policy(
        {"allowed_homeservers": ["localhost"], "allowed_server_urls": [synapse.url]},
        {"allowed_homeservers": "/etc", "allowed_server_urls": "/etc"},
    )
    session = MatrixSession(Profile(tmp_path / "p"), memory_store, policy=pinned)
    dialog = LoginDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server_edit.isReadOnly() and dialog.server_edit.text() == synapse.url
    qtbot.keyClicks(dialog.user_edit, user.user_id)
    qtbot.keyClicks(dialog.password_edit, user.password)
    dialog.submit()
    await wait_until(lambda: dialog.result() == LoginDialog.DialogCode.Accepted, 30, "login")
    assert dialog.server_found.text() == f"Server: {synapse.url}"
    await session.close()
