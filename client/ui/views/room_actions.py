"""The Conversation menu: new room, invite, members, settings, leave — each a dialog that waits
without a nested event loop, then a session call whose failure becomes a sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from client.core.errors import PliError
from client.ui.dialogs.common import ask_yes_no, show_and_wait, show_error
from client.ui.dialogs.rooms import (
    CreateRoomDialog,
    InviteDialog,
    MembersDialog,
    RoomSettingsDialog,
)
from client.ui.i18n import error_text
from client.ui.qt import QAction, QCoreApplication, QDialog, QKeySequence

if TYPE_CHECKING:
    from client.ui.views.main_window import MainWindow


class RoomActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menu = window.add_menu(QCoreApplication.translate("RoomActions", "&Conversation"))
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("new", QCoreApplication.translate("RoomActions", "New &room…"), "Ctrl+Shift+N",
             self.create),
            ("invite", QCoreApplication.translate("RoomActions", "&Invite someone…"), "Ctrl+I",
             self.invite),
            ("members", QCoreApplication.translate("RoomActions", "&People…"), "Ctrl+Shift+M",
             self.members),
            ("settings", QCoreApplication.translate("RoomActions", "Conversation &settings…"),
             "", self.settings),
            ("leave", QCoreApplication.translate("RoomActions", "&Leave this conversation…"), "",
             self.leave),
        ):  # fmt: skip
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, s=slot: window.tasks.run(s()))
            menu.addAction(action)
            window.addAction(action)  # the shortcut works wherever the focus is
            self.actions[key] = action
        self.mute = QAction(
            QCoreApplication.translate("RoomActions", "&Mute notifications"), window
        )
        self.mute.setCheckable(True)
        self.mute.toggled.connect(self.set_muted)
        menu.addAction(self.mute)
        self.actions["mute"] = self.mute
        self.refresh()

    def set_muted(self, muted: bool) -> None:
        """Per-conversation mute, kept in the user's settings."""
        room_id = self.window.current_room
        settings = self.window.user_settings
        if room_id is None or muted == (room_id in settings.muted_rooms):
            return
        if muted:
            settings.muted_rooms.append(room_id)
        else:
            settings.muted_rooms.remove(room_id)
        self.window.rooms.set_muted(set(settings.muted_rooms))
        self.window.unread_changed()  # a muted conversation leaves the total
        try:
            settings.save(self.window.settings_path)
        except OSError as error:
            self.window.statusBar().showMessage(str(error.strerror or error), 10_000)

    def refresh(self) -> None:
        """Actions on the open conversation only when there is one (and may be used)."""
        summary = (
            self.window.rooms.summary(self.window.current_room)
            if self.window.current_room
            else None
        )
        joined = summary is not None and not summary.is_invite
        self.actions["invite"].setEnabled(joined and bool(summary and summary.can_invite))
        for key in ("members", "settings", "leave"):
            self.actions[key].setEnabled(joined)
        if "mute" in self.actions:
            self.mute.setEnabled(joined)
            self.mute.blockSignals(True)
            self.mute.setChecked(self.window.current_room in self.window.user_settings.muted_rooms)
            self.mute.blockSignals(False)

    async def _failed(self, title: str, error: BaseException) -> None:
        await show_error(self.window, title, error_text(error))
        self.window.restore_focus()

    async def create(self) -> None:
        dialog = CreateRoomDialog(self.window)
        await show_and_wait(dialog)
        self.window.restore_focus()
        if dialog.result() != QDialog.DialogCode.Accepted:
            return
        status = self.window.statusBar()
        status.showMessage(QCoreApplication.translate("RoomActions", "Creating the conversation…"))
        try:
            room_id = await self.window.session.create_room(
                dialog.name_edit.text().strip(),
                invite=dialog.invitees(),
                topic=dialog.topic_edit.text(),
            )
        except PliError as error:
            status.clearMessage()
            await self._failed(
                QCoreApplication.translate("RoomActions", "Conversation not created"), error
            )
            return
        status.clearMessage()
        self.window.select_room(room_id)

    async def invite(self) -> None:
        room_id = self.window.current_room
        summary = self.window.rooms.summary(room_id) if room_id else None
        if room_id is None or summary is None:
            return
        dialog = InviteDialog(summary.name, self.window)
        await show_and_wait(dialog)
        self.window.restore_focus()
        if dialog.result() != QDialog.DialogCode.Accepted:
            return
        address = dialog.address.text().strip()
        try:
            await self.window.session.invite(room_id, address)
        except PliError as error:
            await self._failed(QCoreApplication.translate("RoomActions", "Not invited"), error)
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate("RoomActions", "{user} is invited.").format(user=address),
            8000,
        )

    async def members(self) -> None:
        room_id = self.window.current_room
        summary = self.window.rooms.summary(room_id) if room_id else None
        if room_id is None or summary is None:
            return
        dialog = MembersDialog(summary.name, self.window.session.members(room_id), self.window)
        await show_and_wait(dialog)
        self.window.restore_focus()

    async def settings(self) -> None:
        room_id = self.window.current_room
        summary = self.window.rooms.summary(room_id) if room_id else None
        if room_id is None or summary is None:
            return
        dialog = RoomSettingsDialog(summary.name, summary.topic, summary.encrypted, self.window)
        await show_and_wait(dialog)
        self.window.restore_focus()
        if dialog.result() != QDialog.DialogCode.Accepted:
            return
        session = self.window.session
        try:
            name = dialog.name_edit.text().strip()
            if name and name != summary.name:
                await session.set_room_name(room_id, name)
            topic = dialog.topic_edit.toPlainText().strip()
            if topic != summary.topic:
                await session.set_room_topic(room_id, topic)
        except PliError as error:
            await self._failed(
                QCoreApplication.translate("RoomActions", "Settings not saved"), error
            )

    async def leave(self) -> None:
        room_id = self.window.current_room
        summary = self.window.rooms.summary(room_id) if room_id else None
        if room_id is None or summary is None:
            return
        if not await ask_yes_no(
            self.window,
            QCoreApplication.translate("RoomActions", "Leave the conversation"),
            QCoreApplication.translate(
                "RoomActions",
                "Leave {room}? Its new messages will no longer reach you; to come back, someone must invite you again.",  # noqa: E501
            ).format(room=summary.name),
        ):
            self.window.restore_focus()
            return
        self.window.restore_focus()
        try:
            await self.window.session.leave(room_id)
        except PliError as error:
            await self._failed(QCoreApplication.translate("RoomActions", "Not left"), error)
