"""Device lists with trust badges: my devices (rename, sign out, verify) and a contact's
(verify the person; see a changed security key). Trust is shown by text and symbol, never by
colour alone."""

from __future__ import annotations

from collections.abc import Callable

from client.core.crypto.trust import DeviceTrust, UserTrust
from client.core.session.account_security import DeviceSummary
from client.ui.i18n import tr
from client.ui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPushButton,
    Qt,
    QtCore,
    QtWidgets,
    QVBoxLayout,
    QWidget,
)


def trust_badge(trust: DeviceTrust) -> str:
    return {
        DeviceTrust.VERIFIED: tr("✔ Verified"),
        DeviceTrust.CROSS_SIGNED: tr("✔ Verified by its owner"),
        DeviceTrust.UNVERIFIED: tr("⚠ Not verified"),
    }[trust]


class DevicesDialog(QDialog):
    """`actions` keys: rename(device_id), sign_out(device_id), verify_device(device_id),
    verify_user(), acknowledge(); each is called with the row's device id where it applies."""

    COLUMNS = 4

    def __init__(
        self,
        user_id: str,
        own: bool,
        actions: dict[str, Callable[..., None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.user_id = user_id
        self.own = own
        self.handlers = actions
        self.rows: list[DeviceSummary] = []
        title = tr("My devices") if own else tr("Devices of {user}").format(user=user_id)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        self.acknowledge_button = QPushButton(tr("I &understand"), self)
        self.acknowledge_button.setAccessibleName(tr("Acknowledge the changed security key"))
        self.acknowledge_button.setVisible(False)
        self.acknowledge_button.clicked.connect(lambda: self.handlers["acknowledge"]())
        layout.addWidget(self.acknowledge_button)
        self.table = QtWidgets.QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([tr("Device"), tr("ID"), tr("Trust"), tr("Last seen")])
        self.table.setAccessibleName(tr("Devices"))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setAccessibleName(tr("Columns"))
        self.table.verticalHeader().setAccessibleName(tr("Rows"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        specs = (
            [
                ("rename", tr("&Rename…"), tr("Rename the selected device")),
                ("verify_device", tr("&Verify…"), tr("Verify the selected device")),
                ("sign_out", tr("&Sign out…"), tr("Sign the selected device out")),
            ]
            if own
            else [("verify_user", tr("&Verify this person…"), tr("Verify this person"))]
        )
        for name, text, accessible in specs:
            button = QPushButton(text, self)
            button.setAccessibleName(accessible)
            button.clicked.connect(lambda _c=False, n=name: self._run(n))
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        close = QPushButton(tr("&Close"), self)
        close.setAccessibleName(tr("Close the device list"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self._update_buttons()

    def show_devices(self, rows: list[DeviceSummary], user_trust: UserTrust | None = None) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for index, device in enumerate(rows):
            name = device.display_name or tr("(no name)")
            if device.is_this_device:
                name = tr("{name} (this device)").format(name=name)
            seen = ""
            if device.last_seen_ms:
                moment = QtCore.QDateTime.fromMSecsSinceEpoch(device.last_seen_ms)
                seen = locale.toString(moment, QLocale.FormatType.ShortFormat)
            cells = [name, device.device_id, trust_badge(device.trust), seen]
            for column, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        changed = user_trust is UserTrust.CHANGED
        self.warning.setVisible(changed)
        self.acknowledge_button.setVisible(changed)
        if changed:
            self.warning.setText(
                tr(
                    "⚠ The security key of {user} has changed. They may have reset their "
                    "account, or someone may be impersonating them. Their devices are not "
                    "trusted until you verify them again."
                ).format(user=self.user_id)
            )
        self._update_buttons()

    def selected(self) -> DeviceSummary | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        index = rows[0].row()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _update_buttons(self) -> None:
        device = self.selected()
        for name, button in self.buttons.items():
            if name == "verify_user":
                button.setEnabled(True)
            elif name == "verify_device":
                button.setEnabled(
                    device is not None
                    and not device.is_this_device
                    and device.trust is DeviceTrust.UNVERIFIED
                )
            elif name == "sign_out":
                button.setEnabled(device is not None and not device.is_this_device)
            else:
                button.setEnabled(device is not None)

    def _run(self, name: str) -> None:
        if name == "verify_user":
            self.handlers[name]()
            return
        device = self.selected()
        if device is not None:
            self.handlers[name](device.device_id)
