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
