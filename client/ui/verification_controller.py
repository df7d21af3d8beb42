"""Verification in the app: the Security menu, incoming requests (a dialog opens on its
"incoming" page, where the user accepts or declines), one dialog per flow, and after sign-in
the cross-signing setup ("verify this device" when the account already has keys elsewhere).
"""

from __future__ import annotations

import logging

from client.core.errors import PliError
from client.core.session import MatrixSession
from client.core.session.session import CrossSigningStatus
from client.core.verification.flow import State
from client.core.verification.qr import QrCodeError
from client.core.verification.view import VerificationView
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.dialogs.common import ask_yes_no, show_error
from client.ui.dialogs.verification import VerificationDialog
from client.ui.i18n import error_text
from client.ui.qt import QAction, QCoreApplication, QInputDialog, QLineEdit, QObject
from client.ui.views.main_window import MainWindow

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("VerificationController", text)


class VerificationController(QObject):
    def __init__(self, session: MatrixSession, bridge: SessionBridge, window: MainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.dialogs: dict[str, VerificationDialog] = {}
        bridge.verificationChanged.connect(self.on_view)
        menu = window.menuBar().addMenu(tr("&Security"))
        self.verify_device_action = QAction(tr("Verify &this device…"), window)
        self.verify_device_action.setStatusTip(
            tr("Verify this device with another of your devices")
        )
        self.verify_device_action.triggered.connect(self.verify_this_device)
        self.verify_contact_action = QAction(tr("Verify this &contact…"), window)
        self.verify_contact_action.setStatusTip(tr("Verify the person in this direct chat"))
        self.verify_contact_action.triggered.connect(self.verify_contact)
        menu.addAction(self.verify_device_action)
        menu.addAction(self.verify_contact_action)

    # --- flows -> dialogs -----------------------------------------------------------------------

    def on_view(self, view: object) -> None:
        if not isinstance(view, VerificationView):
            return
        dialog = self.dialogs.get(view.flow_id)
        if dialog is not None:
            dialog.show_view(view)
        elif view.state is State.INCOMING:
            self.open_dialog(view)

    def open_dialog(self, view: VerificationView) -> VerificationDialog:
        dialog = self.dialogs.get(view.flow_id)
        if dialog is None:
            dialog = VerificationDialog(
                view, lambda a, d: self.act(view.flow_id, a, d), self.window
            )
            dialog.finished.connect(lambda _r, f=view.flow_id: self.dialogs.pop(f, None))
            self.dialogs[view.flow_id] = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def act(self, flow_id: str, action: str, data: bytes) -> None:
        manager = self.session.verification
        if manager is None:
            return

        def refused(error: BaseException) -> None:
            dialog = self.dialogs.get(flow_id)
            if dialog is not None and isinstance(error, QrCodeError):
                dialog.scan_error(error_text(error))

        self.window.tasks.run(manager.act(flow_id, action, data), on_error=refused)

    # --- menu actions ----------------------------------------------------------------------------

    def verify_this_device(self) -> None:
        manager = self.session.verification
        if manager is None:
            return
        self.window.tasks.run(manager.request_own_verification(), self._opened, self._failed)

    def verify_contact(self) -> None:
        manager = self.session.verification
        room_id = self.window.current_room
        client = self.session.client
        if manager is None or room_id is None or client is None or room_id not in client.rooms:
            return
        others = [u for u in client.rooms[room_id].users if u != self.session.user_id]
        if len(others) != 1:
            self.window.statusBar().showMessage(
                tr("Open a direct chat with the person you want to verify."), 8000
            )
            return
        self.window.tasks.run(
            manager.request_user_verification(others[0], room_id), self._opened, self._failed
        )

    def _opened(self, view: object) -> None:
        if isinstance(view, VerificationView):
            self.open_dialog(view)

    def _failed(self, error: BaseException) -> None:
        self.window.tasks.run(show_error(self.window, tr("Verification"), error_text(error)))

    # --- after sign-in ---------------------------------------------------------------------

    async def check_cross_signing(self) -> None:
        """Make our cross-signing keys on the account's first device; on a new device of an
        account that has them, offer to verify it with another device."""

        async def ask_password() -> str | None:
            text, ok = QInputDialog.getText(
                self.window,
                tr("Confirm your identity"),
                tr("Type your password to publish this device's security keys:"),
                QLineEdit.EchoMode.Password,
            )
            return text if ok else None

        try:
            await self.session.wait_synced(timeout=120)
            status = await self.session.ensure_cross_signing(ask_password)
        except (PliError, TimeoutError) as error:
            log.warning("cross-signing setup failed: %r", error)
            return
        log.info("cross-signing: %s", status.value)
        if status is CrossSigningStatus.NEEDS_VERIFICATION:
            if await ask_yes_no(
                self.window,
                tr("Verify this device"),
                tr(
                    "Your account is used on another device. Verify this one with it now, so "
                    "that your contacts and your other devices can trust it?"
                ),
            ):
                self.verify_this_device()
