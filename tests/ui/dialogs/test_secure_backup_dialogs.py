"""The "Secure your messages" wizard and "Read your history", driven by clicks on real
sessions (Synapse): the wizard creates the backup and checks the key was kept; a new device
unlocks with it."""

from __future__ import annotations

from pathlib import Path

from client.ui.bridge.tasks import TaskRunner
from client.ui.dialogs.secure_backup import ReadHistoryDialog, SecureBackupWizard
from tests.helpers.accounts import logged_in_session, new_user
from tests.helpers.waits import wait_until


async def no_password() -> str | None:
    return None


async def test_wizard_then_read_history_on_a_new_device(
    qtbot, synapse, tmp_path: Path, memory_store
) -> None:
    user = new_user(synapse, "alice")
    desk, _ = await logged_in_session(synapse, user, tmp_path / "desk", memory_store)
    laptop = None
    tasks = TaskRunner()
    try:
        await desk.ensure_cross_signing(no_password)
        assert desk.backup is not None
        wizard = SecureBackupWizard(desk.backup.set_up, tasks.run)
        qtbot.addWidget(wizard)
        wizard.show()
        assert wizard.current_page == "intro"
        wizard.start_button.click()
        await wait_until(lambda: wizard.current_page == "key", 30, "the recovery key page")
        key = wizard.key_label.text()
        assert len(key.replace(" ", "")) == 48
        saved = tmp_path / "key.txt"
        wizard.save_to(saved)
        assert saved.read_text().strip() == key and oct(saved.stat().st_mode)[-3:] == "600"
        wizard.kept_button.click()
        wizard.check_edit.setText("EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d")
        wizard.check_button.click()
        assert wizard.current_page == "check" and "not the same" in wizard.text.text()
        wizard.check_edit.setText(key.replace(" ", ""))  # spaces do not matter
        wizard.check_button.click()
        assert wizard.current_page == "done"
        assert (await desk.backup.status()).has_secret_storage

        laptop, _ = await logged_in_session(synapse, user, tmp_path / "laptop", memory_store)
        assert laptop.backup is not None
        dialog = ReadHistoryDialog(laptop.backup.unlock, lambda: None, tasks.run)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.edit.setText("wrong passphrase")
        dialog.unlock_button.click()
        await wait_until(lambda: dialog.unlock_button.isEnabled(), 30, "the refusal")
        assert "wrong" in dialog.text.text().lower()
        dialog.edit.setText(key)
        dialog.unlock_button.click()
        await wait_until(lambda: bool(dialog.result_text), 30, "the unlock")
        assert laptop.trust is not None and laptop.trust.this_device_cross_signed()
    finally:
        await tasks.cancel_all()
        await desk.close()
        if laptop is not None:
            await laptop.close()
