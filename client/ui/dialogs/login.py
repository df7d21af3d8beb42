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
    Qt,
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
        # Pinned by the policy (issue 15): the address is the organisation's, never typed.
        pinned = [str(url) for url in session.policy.get("allowed_server_urls") or []]
        if pinned or session.policy.get("allowed_homeservers"):
            self.server_edit.setText(pinned[0] if len(pinned) == 1 else "")
            self.server_edit.setReadOnly(True)
            self.server_edit.setPlaceholderText(self.tr("Set by your organisation"))
            self.server_edit.setToolTip(self.tr("Managed by your organisation"))
        # Where the password will go, shown before it is sent.
        self.server_found = QLabel("", self)
        self.server_found.setObjectName("serverFound")
        self.server_found.setTextFormat(Qt.TextFormat.PlainText)
        self.server_found.setWordWrap(True)
        self.server_found.setAccessibleName(self.tr("Server found"))
        self.server_found.hide()
        self._resolved: tuple[tuple[str, str], str] | None = None  # (user, server) -> base
        self.user_edit.editingFinished.connect(self._resolve_in_background)
        self.server_edit.editingFinished.connect(self._resolve_in_background)

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
        form.addRow("", self.server_found)

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

    def _inputs(self) -> tuple[str, str]:
        return self.user_edit.text().strip(), self.server_edit.text().strip()

    def _resolve_in_background(self) -> None:
        inputs = self._inputs()
        if self.relogin or not inputs[0] or (self._resolved and self._resolved[0] == inputs):
            return

        def shown(found: object) -> None:
            self._show_found(inputs, found)

        self.tasks.run(
            self.session.resolve_server(*inputs),
            on_done=shown,
            on_error=lambda _error: None,  # said at sign-in, with the sentence
        )

    def _show_found(self, asked: tuple[str, str], found: object) -> bool:
        """Show where the password will go; True when it is for what is typed now."""
        if not isinstance(found, tuple) or asked != self._inputs():
            return False
        self._resolved = (asked, str(found[0]))
        self.server_found.setText(self.tr("Server: {server}").format(server=found[0]))
        self.server_found.show()
        return True

    def submit(self) -> None:
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        if not user or not password:
            self.show_error(self.tr("Type your user name and your password."))
            return
        self.error_label.hide()
        inputs = self._inputs()
        if not self.relogin and not (self._resolved and self._resolved[0] == inputs):
            # The server is found first. When it is exactly the address typed, the password
            # goes there now; else it is shown and the password goes with the next press.
            self._busy(True)
            self.tasks.run(
                self.session.resolve_server(*inputs),
                on_done=lambda found: self._found(inputs, found),
                on_error=self._failed,
            )
            return
        self._busy(True)
        call = (
            self.session.relogin(password)
            if self.relogin
            else self.session.login(inputs[0], password, inputs[1])
        )
        self.tasks.run(
            call,
            on_done=self._done,
            on_error=self._failed,
        )

    def _found(self, asked: tuple[str, str], found: object) -> None:
        self._busy(False)
        if not self._show_found(asked, found):
            return
        typed = asked[1].rstrip("/").lower()
        if typed and isinstance(found, tuple) and str(found[0]).lower() == typed:
            self.submit()
            return
        self.show_error(self.tr("Check the server above, then press Sign in again."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

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
