"""No usable keyring at start: a blocking dialog that says what is wrong and what to do."""

from __future__ import annotations

import argparse
import os

from client.ui.controller import AppController
from client.ui.qt import QApplication, QMessageBox
from tests.helpers.keyring_lock import locked_keyring
from tests.helpers.waits import wait_until


def _visible_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


async def _run_secret_store_check() -> tuple[object, str, str]:
    controller = AppController(argparse.Namespace(demo=False, quit_after=0, screenshot=None))
    import asyncio

    task = asyncio.get_running_loop().create_task(controller._secret_store())
    await wait_until(lambda: _visible_box() is not None, what="the keyring dialog")
    box = _visible_box()
    assert box is not None
    title, text = box.windowTitle(), box.text() + " " + box.informativeText()
    assert box.isModal()
    box.accept()
    return await task, title, text


async def test_locked_keyring_blocks_with_a_sentence(qtbot, keyring_store) -> None:
    with locked_keyring():
        result, title, text = await _run_secret_store_check()
    assert result is None
    assert title == "Keyring locked"
    assert "The system keyring is locked." in text and "Unlock your keyring" in text
    assert "Traceback" not in text


async def test_missing_keyring_blocks_with_a_sentence(qtbot, monkeypatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    try:
        result, title, text = await _run_secret_store_check()
    finally:
        keyring.core._keyring_backend = None
    assert result is None
    assert title == "No safe place for your keys"
    assert "cannot find the system keyring" in text
    assert os.environ.get("DBUS_SESSION_BUS_ADDRESS") is None


def _passphrase_dialog():  # type: ignore[no-untyped-def]
    from client.ui.dialogs.passphrase_store import PassphraseStoreDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PassphraseStoreDialog) and widget.isVisible():
            if widget.buttons.isEnabled():
                return widget
    return None


async def test_without_a_keyring_the_policy_may_allow_a_passphrase_store(
    qtbot, monkeypatch, tmp_path
) -> None:
    import asyncio

    import keyring.core

    from client.core.policy.loader import Policy
    from client.core.secrets.passphrase_store import PassphraseSecretStore
    from client.core.storage.paths import AccountRecord, Profile

    monkeypatch.setenv("PLI_PROFILE_DIR", str(tmp_path))
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    args = argparse.Namespace(demo=False, quit_after=0, screenshot=None)
    try:
        # Created: the two passphrases must match, then the file exists (and only then).
        controller = AppController(args, policy=Policy({"allow_passphrase_store": True}))
        task = asyncio.get_running_loop().create_task(controller._secret_store())
        await wait_until(lambda: _passphrase_dialog() is not None, what="the passphrase dialog")
        dialog = _passphrase_dialog()
        assert dialog.creating and dialog.windowTitle() == "Protect your keys"
        dialog.passphrase.setText("le renard brun saute")
        dialog.confirm.setText("le renard brun sauta")
        dialog.buttons.accepted.emit()
        assert dialog.isVisible() and "differ" in dialog.problem.text()
        assert not (tmp_path / "secrets.pli").exists()
        dialog.confirm.setText("le renard brun saute")
        dialog.buttons.accepted.emit()
        store = await asyncio.wait_for(task, 30)
        assert isinstance(store, PassphraseSecretStore)
        store.set("@a:hs", "store-key", "secret-value")

        # Opened at the next start: a wrong passphrase keeps the dialog open with a sentence.
        controller = AppController(args, policy=Policy({"allow_passphrase_store": True}))
        task = asyncio.get_running_loop().create_task(controller._secret_store())
        await wait_until(lambda: _passphrase_dialog() is not None, what="the passphrase dialog")
        dialog = _passphrase_dialog()
        assert not dialog.creating and dialog.windowTitle() == "Open your keys"
        dialog.passphrase.setText("le renard brun sauta")
        dialog.buttons.accepted.emit()
        await wait_until(
            lambda: "does not open your keys" in dialog.problem.text(), 30, "the refusal"
        )
        assert not task.done()
        await wait_until(lambda: _passphrase_dialog() is not None, what="the dialog again")
        dialog.passphrase.setText("le renard brun saute")
        dialog.buttons.accepted.emit()
        store = await asyncio.wait_for(task, 30)
        assert store is not None and store.get("@a:hs", "store-key") == "secret-value"

        # Not allowed (the default): the blocking sentence, no file is offered.
        (tmp_path / "secrets.pli").unlink()
        result, title, _text = await _run_secret_store_check()
        assert result is None and title == "No safe place for your keys"
        assert not (tmp_path / "secrets.pli").exists()

        # Allowed, but an account signed in with a keyring is there: its keys are in that
        # keyring (gone for now), so no new file is offered beside it.
        Profile.default().write_account(AccountRecord("@a:hs", "DEV", "https://hs"))
        controller = AppController(args, policy=Policy({"allow_passphrase_store": True}))
        task = asyncio.get_running_loop().create_task(controller._secret_store())
        await wait_until(lambda: _visible_box() is not None, what="the keyring dialog")
        assert _passphrase_dialog() is None
        _visible_box().accept()
        assert await task is None and not (tmp_path / "secrets.pli").exists()
    finally:
        keyring.core._keyring_backend = None


async def test_a_locked_keyring_beside_a_saved_account_blocks_with_a_sentence(
    qtbot, synapse, user, tmp_path, keyring_store, monkeypatch
) -> None:
    """With an account saved, the start reads its two entries instead of a test write (four
    D-Bus calls fewer): a locked keyring is the same blocking sentence, and nothing goes."""
    import asyncio

    from client.core.session import MatrixSession
    from client.core.storage.paths import Profile
    from tests.helpers.accounts import logged_in_session

    alice, _ = await logged_in_session(synapse, user, tmp_path / "account", keyring_store)
    await alice.close()
    monkeypatch.setenv("PLI_PROFILE_DIR", str(tmp_path))
    controller = AppController(argparse.Namespace(demo=False, quit_after=0, screenshot=None))
    controller._quit = asyncio.get_running_loop().create_future()
    with locked_keyring():
        store = await controller._secret_store()
        assert store is not None  # no test write: the account's entries are the test
        task = asyncio.get_running_loop().create_task(
            controller._restore_or_login(MatrixSession(Profile.default(), store))
        )
        await wait_until(lambda: _visible_box() is not None, what="the keyring dialog")
        box = _visible_box()
        assert box.windowTitle() == "Keyring locked"
        assert "The system keyring is locked." in box.text() + " " + box.informativeText()
        assert controller.window is None
        box.accept()
        assert await task is None
    await controller._shutdown()
    assert (tmp_path / "account" / "account.json").exists()
    assert keyring_store.get(f"{alice.user_id}/{alice.device_id}", "store-key") is not None
