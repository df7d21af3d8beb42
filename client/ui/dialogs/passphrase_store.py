"""No system keyring, and the organisation allows a passphrase-protected key store instead
(policy `allow_passphrase_store`): create it (passphrase typed twice) or open it. The slow key
derivation runs in a worker thread while the dialog shows a busy bar; a wrong passphrase leaves
the dialog open with a sentence, and nothing on disk changes."""

from __future__ import annotations

from client.ui.i18n import tr
from client.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)


class PassphraseStoreDialog(QDialog):
    def __init__(self, create: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseStore")
        self.creating = create
        title = tr("Protect your keys") if create else tr("Open your keys")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.text = QLabel(
            tr(
                "This computer has no system keyring. Your organisation allows Pli to keep "
                "your encryption keys in a file protected by a passphrase. Choose one that "
                "you do not use anywhere else: anyone who has this file and the passphrase "
                "can read your messages. If you forget it, you will have to sign in again."
            )
            if create
            else tr("Type the passphrase that protects your encryption keys on this computer."),
            self,
        )
        self.text.setWordWrap(True)
        self.text.setAccessibleName(tr("Explanation"))
        layout.addWidget(self.text)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Passphrase"))
        form.addRow(tr("&Passphrase:"), self.passphrase)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(tr("Passphrase again"))
        if create:
            form.addRow(tr("&Again:"), self.confirm)
        else:
            self.confirm.hide()
        layout.addLayout(form)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(tr("Problem"))
        self.problem.hide()
        layout.addWidget(self.problem)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # the key derivation gives no progress; it takes about a second
        self.busy.setAccessibleName(tr("Opening the keys"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _check(self) -> None:
        if self.creating and self.passphrase.text() != self.confirm.text():
            self.show_problem(tr("The two passphrases differ."))
            return
        self.accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.confirm.setEnabled(not busy)
