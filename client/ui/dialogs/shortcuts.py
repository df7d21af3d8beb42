"""Help → Keyboard shortcuts: every shortcut of Pli in one table (read by screen readers as
"action, keys")."""

from __future__ import annotations

from client.ui.i18n import tr
from client.ui.qt import QDialog, QPushButton, QtWidgets, QVBoxLayout, QWidget


def shortcuts() -> list[tuple[str, str]]:
    return [
        (tr("Jump to a conversation"), "Ctrl+K"),
        (tr("Next conversation"), "Alt+Down"),
        (tr("Previous conversation"), "Alt+Up"),
        (tr("Find in this conversation"), "Ctrl+F"),
        (tr("New direct chat"), "Ctrl+N"),
        (tr("Send the message"), tr("Enter")),
        (tr("New line in a message"), tr("Shift+Enter")),
        (tr("Leave the message box"), tr("Tab")),
        (tr("Edit my last message (empty message box)"), tr("Up")),
        (tr("Stop replying or editing"), tr("Esc")),
        (tr("Reply to the selected message"), "Alt+R"),
        (tr("React to the selected message"), "Alt+M"),
        (tr("Edit the selected message (mine)"), "Alt+E"),
        (tr("Actions on the selected message"), tr("Menu or Shift+F10")),
        (tr("My devices"), "Ctrl+Shift+D"),
        (tr("Verify this contact"), "Ctrl+Shift+V"),
        (tr("Close a dialog"), tr("Esc")),
        (tr("Settings"), "Ctrl+,"),
        (tr("Keyboard shortcuts"), "F1"),
        (tr("Quit"), "Ctrl+Q"),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.setAccessibleName(tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = shortcuts()
        self.table = QtWidgets.QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.horizontalHeader().setAccessibleName(tr("Columns"))
        self.table.verticalHeader().setAccessibleName(tr("Rows"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (action, keys) in enumerate(rows):
            self.table.setItem(row, 0, QtWidgets.QTableWidgetItem(action))
            self.table.setItem(row, 1, QtWidgets.QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        close = QPushButton(tr("&Close"), self)
        close.setAccessibleName(tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.resize(460, 420)
