"""Settings → Security: the state of secure backup (on, keys backed up / total) and what to do
with it: set it up, change the recovery key or passphrase, reset the backup, export or import
a key file. Every action goes through the controller (`actions`)."""

from __future__ import annotations

from collections.abc import Callable

from client.core.crypto.secure_backup import BackupStatus
from client.ui.i18n import tr
from client.ui.qt import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class SecuritySettings(QDialog):
    def __init__(
        self, actions: dict[str, Callable[[], None]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Security settings"))
        self.setAccessibleName(tr("Security settings"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.status = QLabel(tr("Checking your secure backup…"), self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Secure backup status"))
        layout.addWidget(self.status)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, accessible in (
            ("set_up", tr("Set &up secure backup…"), tr("Set up secure backup")),
            (
                "change_key",
                tr("&Change the recovery key or passphrase…"),
                tr("Change the recovery key or passphrase"),
            ),
            ("reset", tr("&Reset the backup…"), tr("Reset the backup")),
            ("export", tr("&Export message keys…"), tr("Export message keys")),
            ("import", tr("&Import message keys…"), tr("Import message keys")),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(accessible)
            button.clicked.connect(actions[name])
            layout.addWidget(button)
            self.buttons[name] = button
        close = QPushButton(tr("&Close"), self)
        close.setAccessibleName(tr("Close the security settings"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)

    def show_status(self, status: BackupStatus) -> None:
        if status.version is None or not status.has_secret_storage:
            text = tr("Secure backup is off: a new computer could not read your history.")
        elif not status.trusted:
            text = tr(
                "Secure backup is on, but this device cannot add to it yet. Unlock it with "
                "your recovery key or verify this device."
            )
        else:
            text = tr(
                "Secure backup is on: {done} of {total} message keys of this device are backed up."
            ).format(done=status.backed_up, total=status.total)
        self.status.setText(text)
        on = status.version is not None and status.has_secret_storage
        self.buttons["set_up"].setEnabled(not on)
        self.buttons["change_key"].setEnabled(on and status.trusted)
        self.buttons["reset"].setEnabled(on)
