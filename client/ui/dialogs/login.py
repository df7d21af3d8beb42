"""Sign-in dialog: server (optional), user, password. Errors are sentences; a busy bar shows
while Pli talks to the server. The password is never stored."""

from __future__ import annotations

from typing import Any

from client.core.session import MatrixSession
from client.ui.bridge.tasks import TaskRunner
from client.ui.i18n import error_text
from client.ui.palette import readable
from client.ui.qt import (
    QColor,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPalette,
    QProgressBar,
    QVBoxLayout,
)


class LoginDialog(QDialog):
    def __init__(
        self,
        session: MatrixSession,
        parent: Any = None,
        server: str = "",
        user: str = "",
        relogin: bool = False,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = TaskRunner()
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to Pli"))
        self.setAccessibleName(self.tr("Sign in to Pli"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "Sign in with your Matrix account. Your messages are end-to-end "
                "encrypted; your keys stay in this computer's keyring."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.user_edit = QLineEdit(user, self)
        self.user_edit.setObjectName("user")
        self.user_edit.setPlaceholderText(self.tr("@marie.dupont:example.gouv.fr"))
        self.user_edit.setAccessibleName(self.tr("User"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        # The organisation's homeserver, when its policy names one.
        server = server or str(session.policy.get("default_homeserver") or "")
        self.server_edit = QLineEdit(server, self)
        self.server_edit.setObjectName("server")
        self.server_edit.setPlaceholderText(self.tr("Found from your address if left empty"))
        self.server_edit.setAccessibleName(self.tr("Server"))

        form = QFormLayout()
        user_label = QLabel(self.tr("&User:"), self)
        user_label.setBuddy(self.user_edit)
        password_label = QLabel(self.tr("&Password:"), self)
        password_label.setBuddy(self.password_edit)
        server_label = QLabel(self.tr("&Server:"), self)
        server_label.setBuddy(self.server_edit)
        form.addRow(user_label, self.user_edit)
        form.addRow(password_label, self.password_edit)
        form.addRow(server_label, self.server_edit)

        self.error_label = QLabel("", self)
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        # Red, made readable on this theme's background (dark themes included).
        error_colour = readable(QColor("#b00020"), self.palette().color(QPalette.ColorRole.Window))
        self.error_label.setStyleSheet(f"color: {error_colour.name()};")
        self.error_label.setAccessibleName(self.tr("Sign-in problem"))
        self.error_label.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setAccessibleName(self.tr("Connecting"))
        self.progress.setFormat(self.tr("Connecting…"))
        self.progress.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign &in"))
        ok.setAccessibleName(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.relogin = relogin
        if relogin:
            # Soft logout: same account, same device, its keys are kept.
            intro.setText(
                self.tr(
                    "Your session has expired. Type your password to continue on "
                    "this device; your keys are kept."
                )
            )
            self.user_edit.setText(session.user_id)
            self.user_edit.setReadOnly(True)
            server_label.hide()
            self.server_edit.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        (self.password_edit if relogin else self.user_edit).setFocus()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.user_edit, self.password_edit, self.server_edit):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def submit(self) -> None:
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        if not user or not password:
            self.show_error(self.tr("Type your user name and your password."))
            return
        self.error_label.hide()
        self._busy(True)
        call = (
            self.session.relogin(password)
            if self.relogin
            else self.session.login(user, password, self.server_edit.text().strip())
        )
        self.tasks.run(
            call,
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, _result: object) -> None:
        self._busy(False)
        self.password_edit.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.show_error(error_text(error))
        self.password_edit.setFocus()
        self.password_edit.selectAll()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
