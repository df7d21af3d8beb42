"""Signed out from another device: the window shows why and deletes nothing until the user
decides. "Quit and keep" keeps the profile and the keyring entries (the next start says the
same again); "Delete" removes them."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from client.core.secrets.store import AccountSecrets
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.controller import AppController
from tests.helpers.accounts import logged_in_session
from tests.helpers.waits import wait_until


async def signed_out_dialog(qtbot, session: MatrixSession):  # type: ignore[no-untyped-def]
    controller = AppController(argparse.Namespace(demo=False, quit_after=0, screenshot=None))
    controller._quit = asyncio.get_running_loop().create_future()
    controller.session = session
    window = controller._open_window(session)
    qtbot.addWidget(window)
    await wait_until(
        lambda: (
            getattr(controller, "signed_out_dialog", None) is not None
            and controller.signed_out_dialog.isVisible()
        ),
        60,
        "the signed-out dialog",
    )
    return controller, window


async def test_signed_out_elsewhere_keeps_the_data_until_the_user_decides(
    qtbot, synapse, user, tmp_path: Path, keyring_store, memory_store
) -> None:
    desk, _ = await logged_in_session(synapse, user, tmp_path / "desk", keyring_store)
    laptop, _ = await logged_in_session(synapse, user, tmp_path / "laptop", memory_store)
    desk_device = desk.record.device_id  # type: ignore[union-attr]

    async def password() -> str | None:
        return user.password

    try:
        await laptop.sign_out_device(desk_device, password)
        controller, window = await signed_out_dialog(qtbot, desk)
        dialog = controller.signed_out_dialog
        assert (tmp_path / "desk" / "account.json").exists()
        assert window.isVisible()  # the history stays readable behind the dialog
        dialog.keep_button.click()
        await wait_until(lambda: controller._quit.done(), what="quit")
        await controller._shutdown()
        assert (tmp_path / "desk" / "account.json").exists()
        assert any((tmp_path / "desk" / "store").iterdir())
        assert AccountSecrets(keyring_store, user.user_id, desk_device).store_key() is not None

        # The next start: the kept profile opens, the server still refuses, same question.
        again = MatrixSession(Profile(tmp_path / "desk"), keyring_store)
        assert await again.restore()
        controller, window = await signed_out_dialog(qtbot, again)
        controller.signed_out_dialog.delete_button.click()
        await wait_until(lambda: controller._quit.done(), what="quit after deleting")
        await controller._shutdown()
        assert not (tmp_path / "desk").exists()
        assert AccountSecrets(keyring_store, user.user_id, desk_device).store_key() is None
    finally:
        await desk.close()
        await laptop.close()
