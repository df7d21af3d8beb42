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
