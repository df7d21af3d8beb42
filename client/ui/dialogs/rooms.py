"""Dialogs for rooms and people: create a room, invite someone, room settings, members.

Every room Pli creates is end-to-end encrypted; the create dialog says so instead of offering
a switch. The member list shows each person's trust in words and a symbol (never colour
alone), their role, and "External" for people from a server outside the allowed ones.
"""

from __future__ import annotations

import math
from typing import Any

from client.core.crypto.trust import UserTrust
from client.core.session.room_admin import Member, Membership, valid_user_id
from client.ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QtWidgets,
    QVBoxLayout,
)


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QtWidgets.QPushButton]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(QCoreApplication.translate("RoomDialogs", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


class CreateRoomDialog(QDialog):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("createRoom")
        self.setWindowTitle(self.tr("New conversation"))
        self.setAccessibleName(self.tr("New conversation"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(255)
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setAccessibleName(self.tr("Topic"))
        self.topic_edit.setMaxLength(1000)
        self.invite_edit = QLineEdit(self)
        self.invite_edit.setAccessibleName(self.tr("People to invite"))
        self.invite_edit.setPlaceholderText(self.tr("@marie.dupont:gouv.fr, @paul:gouv.fr"))
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        topic_label = QLabel(self.tr("&Topic:"), self)
        topic_label.setBuddy(self.topic_edit)
        invite_label = QLabel(self.tr("&Invite:"), self)
        invite_label.setBuddy(self.invite_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(topic_label, self.topic_edit)
        form.addRow(invite_label, self.invite_edit)
        layout.addLayout(form)
        note = QLabel(
            self.tr("🔒 Messages and files in this conversation are end-to-end encrypted."), self
        )
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("Encryption"))
        layout.addWidget(note)
        self.problem = QLabel("", self)
        self.problem.setObjectName("createRoomProblem")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        box, self.create_button = _buttons(self, self.tr("&Create"))
        self.create_button.setAccessibleName(self.tr("Create the conversation"))
        self.create_button.setEnabled(False)
        self.name_edit.textChanged.connect(self._check)
        self.invite_edit.textChanged.connect(self._check)
        layout.addWidget(box)

    def invitees(self) -> list[str]:
        return [
            p.strip() for p in self.invite_edit.text().replace(";", ",").split(",") if p.strip()
        ]

    def _check(self) -> None:
        bad = [p for p in self.invitees() if not valid_user_id(p)]
        self.problem.setText(
            self.tr("Not a Matrix address: {list}").format(list=", ".join(bad)) if bad else ""
        )
        self.create_button.setEnabled(bool(self.name_edit.text().strip()) and not bad)


class InviteDialog(QDialog):
    def __init__(self, room_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("inviteDialog")
        self.setWindowTitle(self.tr("Invite to {room}").format(room=room_name))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Address of the person (for example @marie.dupont:gouv.fr):"), self)
        self.address = QLineEdit(self)
        self.address.setAccessibleName(self.tr("Address of the person"))
        label.setBuddy(self.address)
        layout.addWidget(label)
        layout.addWidget(self.address)
        box, self.invite_button = _buttons(self, self.tr("&Invite"))
        self.invite_button.setAccessibleName(self.tr("Send the invitation"))
        self.invite_button.setEnabled(False)
        self.address.textChanged.connect(
            lambda text: self.invite_button.setEnabled(valid_user_id(text.strip()))
        )
        layout.addWidget(box)


class RoomSettingsDialog(QDialog):
    def __init__(self, name: str, topic: str, encrypted: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomSettings")
        self.setWindowTitle(self.tr("Conversation settings"))
        self.setAccessibleName(self.tr("Conversation settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(255)
        self.topic_edit = QPlainTextEdit(topic, self)
        self.topic_edit.setAccessibleName(self.tr("Topic"))
        self.topic_edit.setTabChangesFocus(True)
        self.topic_edit.setMaximumHeight(80)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        topic_label = QLabel(self.tr("&Topic:"), self)
        topic_label.setBuddy(self.topic_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(topic_label, self.topic_edit)
        layout.addLayout(form)
        state = (
            self.tr("🔒 End-to-end encrypted (it cannot be turned off).")
            if encrypted
            else self.tr("⚠ Not encrypted: do not share sensitive information.")
        )
        encryption = QLabel(state, self)
        encryption.setAccessibleName(self.tr("Encryption"))
        encryption.setWordWrap(True)
        layout.addWidget(encryption)
        box, self.save_button = _buttons(self, self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the settings"))
        layout.addWidget(box)


def trust_text(trust: UserTrust | None) -> str:
    """A person's trust in words with a symbol (never colour alone)."""
    if trust is UserTrust.VERIFIED:
        return QCoreApplication.translate("MembersDialog", "✔ Verified")
    if trust is UserTrust.CHANGED:
        return QCoreApplication.translate("MembersDialog", "⚠ Identity changed")
    if trust in (UserTrust.UNVERIFIED, UserTrust.NO_CROSS_SIGNING):
        return QCoreApplication.translate("MembersDialog", "⚠ Not verified")
    return QCoreApplication.translate("MembersDialog", "… Unknown")


class MembersDialog(QDialog):
    COLUMNS = 4

    def __init__(self, room_name: str, members: list[Member], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("members")
        self.setWindowTitle(self.tr("People in {room}").format(room=room_name))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        self.table = QtWidgets.QTableWidget(len(members), self.COLUMNS, self)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Address"), self.tr("Role"), self.tr("Trust")]
        )
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        for row, member in enumerate(members):
            name = member.display_name
            if member.membership is Membership.INVITED:
                name = self.tr("{name} (invited)").format(name=name)
            address = member.user_id
            if member.external:
                address = self.tr("{address} — External").format(address=address)
            for column, text in enumerate(
                (name, address, self.role(member.power_level), trust_text(member.trust))
            ):
                self.table.setItem(row, column, QtWidgets.QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def role(self, level: float) -> str:
        if math.isinf(level):
            return self.tr("Owner")
        if level >= 100:
            return self.tr("Administrator")
        if level >= 50:
            return self.tr("Moderator")
        return self.tr("Member")
