"""Verification in the app: the Security menu, incoming requests (a dialog opens on its
"incoming" page, where the user accepts or declines), one dialog per flow, and after sign-in
the cross-signing setup ("verify this device" when the account already has keys elsewhere).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from client.core.crypto.secure_backup import BackupStatus
from client.core.crypto.trust import UserTrust
from client.core.errors import PliError
from client.core.policy.loader import Policy
from client.core.policy.schema import MANAGED
from client.core.session import MatrixSession
from client.core.session.account_security import CrossSigningStatus
from client.core.verification.flow import State
from client.core.verification.qr import QrCodeError
from client.core.verification.view import VerificationView
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.dialogs.common import (
    answer_of,
    answered_yes,
    ask_yes_no,
    error_box,
    question_box,
    show_error,
    text_prompt,
)
from client.ui.dialogs.devices import DevicesDialog
from client.ui.dialogs.secure_backup import ReadHistoryDialog, SecureBackupWizard
from client.ui.dialogs.security_settings import SecuritySettings
from client.ui.dialogs.verification import VerificationDialog
from client.ui.i18n import error_text, tr
from client.ui.qt import (
    QAction,
    QCoreApplication,
    QInputDialog,
    QKeySequence,
    QMessageBox,
    QObject,
    QtWidgets,
)
from client.ui.views.main_window import MainWindow
from client.ui.widgets.notice_bar import NoticeBar

log = logging.getLogger(__name__)


class VerificationController(QObject):
    def __init__(
        self,
        session: MatrixSession,
        bridge: SessionBridge,
        window: MainWindow,
        offer_backup: bool = True,
    ) -> None:
        super().__init__(window)
        self.offer_backup = offer_backup  # not in the throwaway demo account
        self.session = session
        self.window = window
        self.dialogs: dict[str, VerificationDialog] = {}
        self._waiting: dict[str, VerificationView] = {}  # incoming, behind the notice
        self.waiting_bar = NoticeBar(tr("Verification requests waiting"), window)
        window.add_notice(self.waiting_bar)
        self.identity_bar = NoticeBar(tr("Identity changed"), window)
        self.identity_bar.setObjectName("identityChangedBar")
        window.add_notice(self.identity_bar)
        window.roomShown.connect(lambda _room: self.show_identity_banner())
        bridge.verificationChanged.connect(self.on_view)
        menu = window.add_menu(tr("&Security"))
        self.verify_device_action = QAction(tr("Verify &this device…"), window)
        self.verify_device_action.setStatusTip(
            tr("Verify this device with another of your devices")
        )
        self.verify_device_action.triggered.connect(self.verify_this_device)
        self.verify_contact_action = QAction(tr("Verify this &contact…"), window)
        self.verify_contact_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.verify_contact_action.setStatusTip(tr("Verify the person in this direct chat"))
        self.verify_contact_action.triggered.connect(self.verify_contact)
        menu.addAction(self.verify_device_action)
        menu.addAction(self.verify_contact_action)
        menu.addSeparator()
        self.my_devices_action = QAction(tr("My &devices…"), window)
        self.my_devices_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.my_devices_action.setStatusTip(tr("See, verify, rename or sign out your devices"))
        self.my_devices_action.triggered.connect(lambda: self.show_devices(session.user_id))
        self.contact_devices_action = QAction(tr("&Contact's security…"), window)
        self.contact_devices_action.setStatusTip(
            tr("See the devices of the person in this direct chat and verify them")
        )
        self.contact_devices_action.triggered.connect(self.show_contact_devices)
        menu.addAction(self.my_devices_action)
        menu.addAction(self.contact_devices_action)
        window.addAction(self.my_devices_action)
        window.addAction(self.verify_contact_action)
        menu.addSeparator()
        self.backup_action = QAction(tr("Set up secure &backup…"), window)
        self.backup_action.setStatusTip(tr("Create a recovery key that keeps your history safe"))
        self.backup_action.triggered.connect(self.secure_backup_wizard)
        self.history_action = QAction(tr("&Read your history…"), window)
        self.history_action.setStatusTip(tr("Unlock your history with your recovery key"))
        self.history_action.triggered.connect(self.read_history)
        menu.addAction(self.backup_action)
        menu.addAction(self.history_action)
        menu.addSeparator()
        self.export_action = QAction(tr("&Export message keys…"), window)
        self.export_action.setStatusTip(
            tr("Save your message keys to a file protected by a passphrase")
        )
        self.export_action.triggered.connect(self.export_keys)
        self.import_action = QAction(tr("&Import message keys…"), window)
        self.import_action.setStatusTip(
            tr("Read message keys from a file exported by Pli or Element")
        )
        self.import_action.triggered.connect(self.import_keys)
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)
        menu.addSeparator()
        self.settings_action = QAction(tr("Security &settings…"), window)
        self.settings_action.setStatusTip(tr("Secure backup status, recovery key, key files"))
        self.settings_action.triggered.connect(self.security_settings)
        menu.addAction(self.settings_action)
        self.device_dialogs: dict[str, DevicesDialog] = {}
        self._warned: set[str] = set()
        self._conflicts: set[tuple[str, str]] = set()
        self._announced: set[str] = set()
        bridge.trustChanged.connect(self.on_trust_changed)
        bridge.deviceKeysConflict.connect(self.on_device_keys_conflict)

    # --- flows -> dialogs -----------------------------------------------------------------------

    def on_view(self, view: object) -> None:
        if not isinstance(view, VerificationView):
            return
        dialog = self.dialogs.get(view.flow_id)
        if view.state is State.DONE and view.flow_id not in self._announced:
            self._announced.add(view.flow_id)
            who = tr("your other device") if view.is_self else view.other_user
            self.window.announcer.announce(
                tr("Verification complete: {who} is verified.").format(who=who), assertive=True
            )
        if dialog is not None:
            dialog.show_view(view)
        elif view.state is State.INCOMING:
            # One request at a time in front of the user; the others wait behind one notice
            # (a sender, or a server, could otherwise pile dialogs on the screen).
            if self._incoming_dialog_open() or self._waiting:
                self._waiting[view.flow_id] = view
            else:
                self.open_dialog(view)
        else:
            self._waiting.pop(view.flow_id, None)  # answered elsewhere, cancelled, timed out
        self._show_waiting()

    def _incoming_dialog_open(self) -> bool:
        return any(not d.view.we_requested for d in self.dialogs.values())

    def _show_waiting(self) -> None:
        count = len(self._waiting)
        if count == 0:
            if self.waiting_bar.isVisible():
                self.waiting_bar.clear()
            return
        senders = sorted({v.other_user for v in self._waiting.values()})
        if count == 1:
            text = tr("A verification request from {who} is waiting.").format(who=senders[0])
        else:
            text = tr("{count} verification requests are waiting (from {who}).").format(
                count=count, who=", ".join(senders[:3]) + ("…" if len(senders) > 3 else "")
            )
        if text == self.waiting_bar.label.text():
            return
        appearing = self.waiting_bar.isHidden()
        self.waiting_bar.show_notice(
            text,
            [(tr("&Review"), self.review_waiting), (tr("Decline &all"), self.decline_waiting)],
        )
        if appearing:  # said once, not at every request of a flood
            self.window.announcer.announce(text)

    def review_waiting(self) -> None:
        """The oldest waiting request, in its dialog."""
        if self._waiting:
            flow_id = next(iter(self._waiting))
            self.open_dialog(self._waiting.pop(flow_id))
            self._show_waiting()

    def decline_waiting(self) -> None:
        for flow_id in list(self._waiting):
            self.act(flow_id, "cancel", b"")
        self._waiting.clear()
        self._show_waiting()

    def open_dialog(self, view: VerificationView) -> VerificationDialog:
        dialog = self.dialogs.get(view.flow_id)
        if dialog is None:
            dialog = VerificationDialog(
                view, lambda a, d: self.act(view.flow_id, a, d), self.window
            )
            dialog.finished.connect(lambda _r, f=view.flow_id: self.dialogs.pop(f, None))
            dialog.finished.connect(lambda _r: self._show_waiting())
            dialog.finished.connect(self.window.restore_focus)
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

    def _contact_of_current_room(self) -> str | None:
        room_id = self.window.current_room
        client = self.session.client
        if room_id is None or client is None or room_id not in client.rooms:
            return None
        others = [str(u) for u in client.rooms[room_id].users if u != self.session.user_id]
        if len(others) != 1:
            self.window.statusBar().showMessage(
                tr("Open a direct chat with the person you want to verify."), 8000
            )
            return None
        return others[0]

    def verify_contact(self) -> None:
        user_id = self._contact_of_current_room()
        if user_id is not None:
            self.verify_user(user_id)

    def verify_user(self, user_id: str) -> None:
        """In-room verification, in a direct chat with them (made if there is none)."""
        manager = self.session.verification
        if manager is None:
            return

        async def request() -> VerificationView:
            room_id = self._direct_room_with(user_id)
            if room_id is None:
                room_id = await self.session.create_direct_chat(user_id)
            assert manager is not None
            return await manager.request_user_verification(user_id, room_id)

        self.window.tasks.run(request(), self._opened, self._failed)

    def _direct_room_with(self, user_id: str) -> str | None:
        client = self.session.client
        if client is None:
            return None
        current = self.window.current_room
        candidates = [
            room_id
            for room_id, room in client.rooms.items()
            if set(room.users) == {self.session.user_id, user_id}
        ]
        if current in candidates:
            return current
        return candidates[0] if candidates else None

    # --- device lists -----------------------------------------------------------------------

    def show_contact_devices(self) -> None:
        user_id = self._contact_of_current_room()
        if user_id is not None:
            self.show_devices(user_id)

    def show_devices(self, user_id: str) -> DevicesDialog:
        dialog = self.device_dialogs.get(user_id)
        if dialog is None:
            own = user_id == self.session.user_id
            handlers: dict[str, Callable[..., None]] = {
                "rename": self._rename,
                "sign_out": self._sign_out,
                "verify_device": self._verify_own_device,
                "verify_user": lambda: self.verify_user(user_id),
                "acknowledge": lambda: self._acknowledge(user_id),
            }
            dialog = DevicesDialog(user_id, own, handlers, self.window)
            dialog.finished.connect(lambda _r, u=user_id: self.device_dialogs.pop(u, None))
            dialog.finished.connect(self.window.restore_focus)
            self.device_dialogs[user_id] = dialog
        dialog.show()
        dialog.raise_()
        self.refresh_devices(user_id)
        return dialog

    def refresh_devices(self, user_id: str) -> None:
        dialog = self.device_dialogs.get(user_id)
        trust = self.session.trust
        if dialog is None or trust is None:
            return

        def shown(rows: object) -> None:
            if isinstance(rows, list):
                dialog.show_devices(rows, trust.user_trust(user_id))

        self.window.tasks.run(self.session.devices_of(user_id), shown, self._failed)

    def rename_dialog(self, device_id: str) -> QInputDialog:
        return text_prompt(
            self.window, tr("Rename device"), tr("New name for {device}:").format(device=device_id)
        )

    def _rename(self, device_id: str) -> None:
        async def rename() -> None:
            name = await answer_of(self.rename_dialog(device_id))
            if name and name.strip():
                await self.session.rename_device(device_id, name.strip())
                self.refresh_devices(self.session.user_id)

        self.window.tasks.run(rename(), on_error=self._failed)

    def sign_out_box(self, device_id: str) -> QMessageBox:
        return question_box(
            self.window,
            tr("Sign out a device"),
            tr("Sign the device {device} out? It loses access to your messages.").format(
                device=device_id
            ),
        )

    def _sign_out(self, device_id: str) -> None:
        async def sign_out() -> None:
            if not await answered_yes(self.sign_out_box(device_id)):
                return
            await self.session.sign_out_device(device_id, self._ask_password)
            self.refresh_devices(self.session.user_id)

        self.window.tasks.run(sign_out(), on_error=self._failed)

    def _verify_own_device(self, device_id: str) -> None:
        manager = self.session.verification
        if manager is not None:
            self.window.tasks.run(
                manager.request_device_verification(self.session.user_id, device_id),
                self._opened,
                self._failed,
            )

    def _acknowledge(self, user_id: str) -> None:
        # The session's own "I understand": the messages held for this identity go too.
        self.session.acknowledge_identity_change(user_id)
        self.refresh_devices(user_id)
        self.show_identity_banner()

    # --- a verified contact's identity changed (MSC4153) ------------------------------------

    def show_identity_banner(self) -> None:
        """Above the conversation while someone in it changed identity since we verified
        them: sending there is held until the user decides."""
        room_id = self.window.current_room
        changed = self.session.identity_changes(room_id) if room_id else []
        if not changed:
            if self.identity_bar.isVisible():
                self.identity_bar.clear()
            return
        user_id = changed[0]
        who = self.session.display_name(room_id, user_id) if room_id else user_id
        text = tr(
            "{who}'s identity has changed since you verified them. Messages to this "
            "conversation are held until you decide."
        ).format(who=who if who == user_id else f"{who} ({user_id})")
        if text == self.identity_bar.label.text() and self.identity_bar.isVisible():
            return
        self.identity_bar.show_notice(
            text,
            [
                (tr("I &understand"), lambda: self._acknowledge(user_id)),
                (tr("&Verify again"), lambda: self.verify_user(user_id)),
            ],
        )
        self.window.announcer.announce(text, assertive=True)

    def on_trust_changed(self, user_id: str) -> None:
        self.show_identity_banner()
        self.refresh_devices(user_id)
        trust = self.session.trust
        if trust is None or user_id in self._warned or user_id == self.session.user_id:
            return
        if trust.user_trust(user_id) is UserTrust.CHANGED:
            self._warned.add(user_id)
            self.show_devices(user_id)  # the dialog shows the warning and "I understand"

    def conflict_box(self, user_id: str, device_id: str) -> QMessageBox:
        own = user_id == self.session.user_id
        text = (
            tr(
                "The server showed two different sets of keys for your device {device}. "
                "Pli sends it no keys and no secrets: this may be an attack."
            )
            if own
            else tr(
                "The server showed two different sets of keys for the device {device} of "
                "{user}. Pli sends it no message keys: this may be an attack."
            )
        ).format(device=device_id, user=user_id)
        advice = (
            tr("Sign that device out, then sign in on it again; verify it once more.")
            if own
            else tr("Ask {user} to sign that device out and sign in on it again.").format(
                user=user_id
            )
        )
        box = error_box(self.window, tr("Security warning"), text, advice)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setObjectName("deviceKeysConflict")
        return box

    def on_device_keys_conflict(self, user_id: str, device_id: str) -> None:
        """Said once per device and run: the core refuses every encryption to it already."""
        if (user_id, device_id) in self._conflicts:
            return
        self._conflicts.add((user_id, device_id))
        box = self.conflict_box(user_id, device_id)
        self.window.announcer.announce(box.text(), assertive=True)
        box.finished.connect(box.deleteLater)
        box.open()

    def _opened(self, view: object) -> None:
        if isinstance(view, VerificationView):
            self.open_dialog(view)

    def _failed(self, error: BaseException) -> None:
        self.window.tasks.run(show_error(self.window, tr("Verification"), error_text(error)))

    # --- after sign-in ---------------------------------------------------------------------

    def password_dialog(self) -> QInputDialog:
        return text_prompt(
            self.window,
            tr("Confirm your identity"),
            tr("Type your password to confirm:"),
            password=True,
        )

    async def _ask_password(self) -> str | None:
        return await answer_of(self.password_dialog())

    async def check_cross_signing(self) -> None:
        """Make our cross-signing keys on the account's first device; on a new device of an
        account that has them, offer to verify it with another device."""

        trust = self.session.trust
        if trust is not None and trust.store.damaged:
            await show_error(
                self.window,
                tr("Trust records reset"),
                tr(
                    "The file where Pli keeps which people and devices you verified was "
                    "damaged or altered, so Pli no longer trusts any of them. Verify your "
                    "contacts and devices again; tell your IT security contact if you did not "
                    "expect this."
                ),
            )
        try:
            await self.session.wait_synced(timeout=120)
            status = await self.session.ensure_cross_signing(self._ask_password)
        except (PliError, TimeoutError) as error:
            log.warning("cross-signing setup failed: %r", error)
            return
        log.info("cross-signing: %s", status.value)
        backup = self.session.backup
        if status is CrossSigningStatus.CREATED and backup is not None and self.offer_backup:
            self.secure_backup_wizard()
        elif status is CrossSigningStatus.NEEDS_VERIFICATION:
            has_backup = False
            if backup is not None:
                try:
                    has_backup = (await backup.status()).has_secret_storage
                except PliError as error:
                    log.info("backup status unavailable: %r", error)
            if has_backup:
                self.read_history()
            elif await ask_yes_no(
                self.window,
                tr("Verify this device"),
                tr(
                    "Your account is used on another device. Verify this one with it now, so "
                    "that your contacts and your other devices can trust it?"
                ),
            ):
                self.verify_this_device()

    def apply_policy(self, policy: Policy) -> None:
        """Settings the organisation manages show greyed, saying so."""
        if not policy.get("allow_key_export"):
            self.export_action.setEnabled(False)
            self.export_action.setStatusTip(QCoreApplication.translate("Policy", MANAGED))
            self.export_action.setToolTip(QCoreApplication.translate("Policy", MANAGED))

    # --- security settings ----------------------------------------------------------------

    def security_settings(self) -> SecuritySettings:
        backup = self.session.backup
        dialog = SecuritySettings(
            {
                "set_up": self._open_wizard,
                "change_key": self._change_key,
                "reset": self._reset_backup,
                "export": self.export_keys,
                "import": self.import_keys,
            },
            self.window,
        )
        dialog.show()
        self.settings_dialog = dialog
        if backup is not None:
            self.window.tasks.run(backup.status(), self._show_status, self._failed)
        return dialog

    def _open_wizard(self) -> None:
        self.secure_backup_wizard()

    def _show_status(self, status: object) -> None:
        dialog = getattr(self, "settings_dialog", None)
        if dialog is not None and isinstance(status, BackupStatus):
            dialog.show_status(status)

    def _change_key(self) -> None:
        backup = self.session.backup
        if backup is not None:
            wizard = SecureBackupWizard(backup.change_key, self.window.tasks.run, self.window)
            wizard.show()
            self.wizard = wizard

    def _reset_backup(self) -> None:
        async def reset() -> None:
            if await ask_yes_no(
                self.window,
                tr("Reset the backup"),
                tr(
                    "Start a new backup with a new recovery key? Keys only in the old backup "
                    "and on no device of yours will be lost."
                ),
            ):
                self.secure_backup_wizard()

        self.window.tasks.run(reset())

    # --- key files ------------------------------------------------------------------------

    def passphrase_dialog(self, title: str) -> QInputDialog:
        return text_prompt(self.window, title, tr("Passphrase of the key file:"), password=True)

    async def _key_file_passphrase(self, title: str) -> str | None:
        return await answer_of(self.passphrase_dialog(title)) or None

    def export_keys(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, tr("Export message keys"), "pli-keys.txt"
        )
        if path:
            self.window.tasks.run(self._export_keys(path), on_error=self._failed)

    async def _export_keys(self, path: str) -> None:
        passphrase = await self._key_file_passphrase(tr("Export message keys"))
        if passphrase:
            self.window.statusBar().showMessage(tr("Exporting message keys…"))

            def done(count: object) -> None:
                self.window.statusBar().showMessage(
                    tr("{count} message keys exported.").format(count=count), 8000
                )

            self.window.tasks.run(
                self.session.export_room_keys(Path(path), passphrase), done, self._failed
            )

    def import_keys(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self.window, tr("Import message keys"))
        if path:
            self.window.tasks.run(self._import_keys(path), on_error=self._failed)

    async def _import_keys(self, path: str) -> None:
        passphrase = await self._key_file_passphrase(tr("Import message keys"))
        if passphrase:
            self.window.statusBar().showMessage(tr("Importing message keys…"))

            def done(result: object) -> None:
                added = result[0] if isinstance(result, tuple) else 0
                self.window.statusBar().showMessage(
                    tr("{count} message keys imported.").format(count=added), 8000
                )

            self.window.tasks.run(
                self.session.import_room_keys(Path(path), passphrase), done, self._failed
            )

    # --- secure backup ---------------------------------------------------------------------

    def secure_backup_wizard(self) -> SecureBackupWizard | None:
        backup = self.session.backup
        if backup is None:
            return None
        wizard = SecureBackupWizard(backup.set_up, self.window.tasks.run, self.window)
        wizard.show()
        self.wizard = wizard
        return wizard

    def read_history(self) -> ReadHistoryDialog | None:
        backup = self.session.backup
        if backup is None:
            return None
        dialog = ReadHistoryDialog(
            backup.unlock, self.verify_this_device, self.window.tasks.run, self.window
        )
        dialog.show()
        self.history_dialog = dialog
        return dialog
