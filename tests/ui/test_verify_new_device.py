"""Verify a new device of my account from the window, with two real sessions on the test
Synapse: the new device asks, the window's dialog opens on its own, the user accepts and
compares emoji by clicking, and both devices end up trusting each other; the device list
shows it."""

from __future__ import annotations

from pathlib import Path

from client.core.crypto.trust import DeviceTrust
from client.core.events import VerificationChanged
from client.core.session.account_security import CrossSigningStatus
from client.core.verification.flow import State
from client.core.verification.view import VerificationView
from client.ui.verification_controller import VerificationController
from tests.helpers.accounts import logged_in_session
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window


async def test_new_device_verified_from_the_window(
    qtbot, synapse, user, tmp_path: Path, keyring_store, memory_store
) -> None:
    alice, _ = await logged_in_session(
        synapse, user, tmp_path / "desk", keyring_store, cross_sign=False
    )
    window = open_window(qtbot, alice)
    bridge = window._bridge_ref
    controller = VerificationController(alice, bridge, window)
    laptop, laptop_events = await logged_in_session(
        synapse, user, tmp_path / "laptop", memory_store, cross_sign=False
    )
    try:

        async def no_password() -> str | None:
            return None

        assert await alice.ensure_cross_signing(no_password) is CrossSigningStatus.CREATED
        assert await laptop.ensure_cross_signing(no_password) is (
            CrossSigningStatus.NEEDS_VERIFICATION
        )
        assert laptop.verification is not None
        view = await laptop.verification.request_own_verification()
        flow_id = view.flow_id
        await wait_until(lambda: flow_id in controller.dialogs, what="the dialog to open")
        dialog = controller.dialogs[flow_id]
        assert dialog.current_page == "incoming"
        dialog.accept_button.click()
        await wait_until(lambda: dialog.current_page == "ready", what="ready")
        dialog.sas_button.click()
        await wait_until(lambda: dialog.current_page == "compare", what="emoji")

        def laptop_view() -> VerificationView:
            views = [e.view for e in laptop_events.of(VerificationChanged)]  # type: ignore[attr-defined]
            return [v for v in views if v.flow_id == flow_id][-1]

        await wait_until(lambda: laptop_view().state is State.SAS_COMPARE, what="laptop emoji")
        shown = [symbol.text() for symbol, _ in dialog.emoji_grid.cells]
        assert shown == [e.emoji for e in laptop_view().emoji]
        dialog.match_button.click()
        await laptop.verification.act(flow_id, "confirm_sas")
        await wait_until(lambda: dialog.current_page == "done", what="verified on the desk")
        await wait_until(lambda: laptop_view().state is State.DONE, what="verified on the laptop")

        # Both sides: the desk trusts the laptop; the laptop trusts the master key and is
        # signed by the desk's self-signing key, so everyone sees it verified.
        assert alice.trust is not None and laptop.trust is not None
        assert alice.trust.device_trust(user.user_id, laptop.device_id) is DeviceTrust.VERIFIED
        await laptop.directory.refresh([user.user_id])  # type: ignore[union-attr]
        assert laptop.trust.this_device_cross_signed()

        devices = controller.show_devices(user.user_id)
        await wait_until(lambda: len(devices.rows) == 2, what="the device list")
        laptop_row = next(r for r in devices.rows if r.device_id == laptop.device_id)
        assert laptop_row.trust is not DeviceTrust.UNVERIFIED
        assert any(r.is_this_device for r in devices.rows)
        texts = [devices.table.item(i, 2).text() for i in range(devices.table.rowCount())]
        assert all(text.startswith("✔") for text in texts), texts  # symbol + words, not colour
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await laptop.close()
