"""The server says this device is signed out (deleted from another device, or by an admin).
Nothing is deleted until the user decides: the window stays readable behind this dialog, the
message keys can be exported to a file first, then the user quits keeping the data (the next
start says the same) or deletes it."""

from __future__ import annotations

from client.ui.i18n import tr
from client.ui.qt import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Signal


class SignedOutDialog(QDialog):
    KEEP = 1
    DELETE = 2
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Signed out"))
        self.setAccessibleName(tr("Signed out"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.text = QLabel(
            tr(
                "This device was signed out by the server or from another device. Your "
                "messages and keys on this computer are kept until you decide. Export your "
                "message keys first if you may need to read this history elsewhere."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.text.setAccessibleName(tr("What happened"))
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.export_button = QPushButton(tr("&Export message keys…"), self)
        self.export_button.setAccessibleName(tr("Export message keys to a file"))
        self.export_button.clicked.connect(self.exportRequested.emit)
        self.delete_button = QPushButton(tr("&Delete the local data"), self)
        self.delete_button.setAccessibleName(tr("Delete this device's messages and keys"))
        self.delete_button.clicked.connect(lambda: self.done(self.DELETE))
        self.keep_button = QPushButton(tr("&Quit and keep the data"), self)
        self.keep_button.setAccessibleName(tr("Quit Pli and keep the data"))
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(lambda: self.done(self.KEEP))
        for button in (self.export_button, self.delete_button, self.keep_button):
            row.addWidget(button)
        layout.addLayout(row)

    def reject(self) -> None:  # Esc or the window's close button: nothing is deleted
        self.done(self.KEEP)
