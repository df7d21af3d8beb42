"""Secure backup dialogs: the "Secure your messages" wizard after an account's first sign-in,
and "Read your history" on a new device. They only call the core through `run` callbacks, and
show progress while the core works (PBKDF2 of a passphrase takes about half a second here).

Wizard pages: intro (optional passphrase) → working → the recovery key (copy, save, print)
→ check (type it back) → done.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from pathlib import Path

from client.core.crypto import recovery_key
from client.core.crypto.recovery_key import RecoveryKeyError
from client.ui.i18n import tr
from client.ui.qt import (
    QApplication,
    QDialog,
    QFont,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    Qt,
    QtGui,
    QtWidgets,
    QVBoxLayout,
    QWidget,
)

SetUp = Callable[[str | None], Awaitable[str]]
Unlock = Callable[[str], Awaitable[tuple[int, int]]]
Runner = Callable[..., object]


def _busy_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # busy: the core does not report steps for this
    bar.setAccessibleName(tr("Progress"))
    return bar


class SecureBackupWizard(QDialog):
    def __init__(self, set_up: SetUp, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_up = set_up
        self.runner = runner
        self.key = ""
        self.setWindowTitle(tr("Secure your messages"))
        self.setAccessibleName(tr("Secure your messages"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.stack = QtWidgets.QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.pages: dict[str, QWidget] = {}
        self._build()
        self.show_page("intro")

    def _page(self, name: str) -> QVBoxLayout:
        page = QWidget(self.stack)
        self.stack.addWidget(page)
        self.pages[name] = page
        return QVBoxLayout(page)

    def _build(self) -> None:
        box = self._page("intro")
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Optional: a passphrase you will remember"))
        self.passphrase.setAccessibleName(tr("Passphrase (optional)"))
        box.addWidget(self.passphrase)
        self.start_button = QPushButton(tr("&Create my recovery key"), self)
        self.start_button.setAccessibleName(tr("Create my recovery key"))
        self.start_button.clicked.connect(self._start)
        self.later_button = QPushButton(tr("&Later"), self)
        self.later_button.setAccessibleName(tr("Set up secure backup later"))
        self.later_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.later_button)
        box.addLayout(row)
        box.addStretch(1)

        box = self._page("working")
        box.addWidget(_busy_bar(self))
        box.addStretch(1)

        box = self._page("key")
        self.key_label = QLabel(self)
        mono = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        self.key_label.setFont(mono)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(tr("Your recovery key"))
        box.addWidget(self.key_label)
        row = QHBoxLayout()
        for text, name, slot in (
            (tr("&Copy"), tr("Copy the recovery key"), self._copy),
            (tr("&Save to a file…"), tr("Save the recovery key to a file"), self._save),
            (tr("&Print…"), tr("Print the recovery key"), self._print),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        box.addLayout(row)
        self.kept_button = QPushButton(tr("I have &kept it"), self)
        self.kept_button.setAccessibleName(tr("I have kept the recovery key"))
        self.kept_button.clicked.connect(lambda: self.show_page("check"))
        box.addWidget(self.kept_button)
        box.addStretch(1)

        box = self._page("check")
        self.check_edit = QLineEdit(self)
        self.check_edit.setAccessibleName(tr("Type your recovery key"))
        self.check_edit.setPlaceholderText("EsTc LW2K …")
        box.addWidget(self.check_edit)
        self.check_button = QPushButton(tr("&Check"), self)
        self.check_button.setAccessibleName(tr("Check the recovery key"))
        self.check_button.clicked.connect(self._check)
        self.back_button = QPushButton(tr("&Show it again"), self)
        self.back_button.setAccessibleName(tr("Show the recovery key again"))
        self.back_button.clicked.connect(lambda: self.show_page("key"))
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.back_button)
        box.addLayout(row)
        box.addStretch(1)

        box = self._page("done")
        self.close_button = QPushButton(tr("&Close"), self)
        self.close_button.setAccessibleName(tr("Close"))
        self.close_button.clicked.connect(self.accept)
        box.addWidget(self.close_button)
        box.addStretch(1)

    def show_page(self, name: str, error: str = "") -> None:
        texts = {
            "intro": (
                tr("Secure your messages"),
                tr(
                    "Pli keeps an encrypted copy of your message keys on your server, so that a "
                    "new or replaced computer can read your history. It is locked with a "
                    "recovery key that only you keep. You may add a passphrase too."
                ),
            ),
            "working": (tr("Securing your messages…"), tr("This takes a few seconds.")),
            "key": (
                tr("Your recovery key"),
                tr(
                    "Keep it somewhere safe, away from this computer: a password manager, or on "
                    "paper in a locked drawer. Anyone with it can read your messages. Pli "
                    "shows it only now."
                ),
            ),
            "check": (tr("Check your recovery key"), tr("Type or paste it to check you kept it.")),
            "done": (
                tr("Your messages are secured"),
                tr(
                    "Your message keys are backed up. On a new computer, sign in and use your "
                    "recovery key to read your history."
                ),
            ),
        }
        title, text = texts[name]
        self.title.setText(title)
        self.text.setText(error or text)
        self.setAccessibleDescription(error or text)
        self.stack.setCurrentWidget(self.pages[name])
        self.current_page = name

    def _start(self) -> None:
        phrase = self.passphrase.text() or None
        self.show_page("working")

        def made(key: object) -> None:
            self.key = str(key)
            self.key_label.setText(self.key)
            self.show_page("key")

        def failed(error: BaseException) -> None:
            from client.ui.i18n import error_text

            self.show_page("intro", error_text(error))

        self.runner(self.set_up(phrase), made, failed)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.key)

    def _save(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, tr("Save the recovery key"), "pli-recovery-key.txt"
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        path.write_text(self.key + "\n", encoding="utf-8")
        path.chmod(0o600)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            title = tr("Pli recovery key")
            document = QtGui.QTextDocument(f"{title}\n\n{self.key}\n")
            document.print_(printer)

    def _check(self) -> None:
        try:
            typed = recovery_key.decode(self.check_edit.text())
            same = hmac.compare_digest(typed, recovery_key.decode(self.key))
        except RecoveryKeyError:
            same = False
        if same:
            self.show_page("done")
        else:
            self.show_page("check", tr("That is not the same key. Look again, or show it again."))


class ReadHistoryDialog(QDialog):
    """On a new device: unlock with the recovery key or passphrase, or verify with another
    device instead."""

    def __init__(
        self,
        unlock: Unlock,
        verify_instead: Callable[[], None],
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.unlock = unlock
        self.runner = runner
        self.setWindowTitle(tr("Read your history"))
        self.setAccessibleName(tr("Read your history"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.text = QLabel(
            tr(
                "This is a new device. Type your recovery key or your passphrase to read your "
                "earlier messages, or verify it with another of your devices."
            ),
            self,
        )
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(tr("Recovery key or passphrase"))
        self.edit.setPlaceholderText(tr("Recovery key or passphrase"))
        layout.addWidget(self.edit)
        self.progress = _busy_bar(self)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        self.unlock_button = QPushButton(tr("&Unlock"), self)
        self.unlock_button.setAccessibleName(tr("Unlock with the recovery key or passphrase"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.verify_button = QPushButton(tr("&Verify with another device"), self)
        self.verify_button.setAccessibleName(tr("Verify with another device instead"))
        self.verify_button.clicked.connect(lambda: self._verify_instead(verify_instead))
        self.skip_button = QPushButton(tr("&Skip"), self)
        self.skip_button.setAccessibleName(tr("Skip for now"))
        self.skip_button.clicked.connect(self.reject)
        for button in (self.unlock_button, self.verify_button, self.skip_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.result_text = ""

    def _verify_instead(self, verify: Callable[[], None]) -> None:
        self.accept()
        verify()

    def _unlock(self) -> None:
        secret = self.edit.text()
        if not secret.strip():
            return
        self.progress.setVisible(True)
        self.unlock_button.setEnabled(False)

        def done(result: object) -> None:
            self.progress.setVisible(False)
            restored = result[0] if isinstance(result, tuple) else 0
            self.result_text = tr("Done: {count} message keys restored.").format(count=restored)
            self.text.setText(self.result_text)
            self.edit.clear()
            self.unlock_button.setEnabled(True)
            self.accept()

        def failed(error: BaseException) -> None:
            from client.ui.i18n import error_text

            self.progress.setVisible(False)
            self.unlock_button.setEnabled(True)
            self.text.setText(error_text(error))

        self.runner(self.unlock(secret), done, failed)
