"""Pli → Settings: the interface language (system, English, French) and notifications (on or
off, keywords that notify in any conversation). When the organisation's policy fixes a
setting, its control is greyed and says "Managed by your organisation"."""

from __future__ import annotations

from pathlib import Path

from client.core.policy.loader import Policy
from client.core.policy.schema import MANAGED
from client.core.settings import UserSettings
from client.ui.i18n import tr
from client.ui.qt import (
    QCoreApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QtWidgets,
    QVBoxLayout,
    QWidget,
)


class SettingsDialog(QDialog):
    def __init__(
        self, policy: Policy, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self.path = path
        self.settings = UserSettings.load(path)
        self.setWindowTitle(tr("Settings"))
        self.setAccessibleName(tr("Settings"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        label = QLabel(tr("&Language:"), self)
        self.language = QtWidgets.QComboBox(self)
        self.language.setAccessibleName(tr("Interface language"))
        # Language names in their own language, as every system shows them.
        for code, name in (("", tr("Same as the system")), ("en", "English"), ("fr", "Français")):
            self.language.addItem(name, code)
        label.setBuddy(self.language)
        row.addWidget(label)
        row.addWidget(self.language, 1)
        layout.addLayout(row)

        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(tr("About this setting"))
        layout.addWidget(self.note)

        if policy.locked("language"):
            self.language.setCurrentIndex(max(0, self.language.findData(policy.get("language"))))
            self.language.setEnabled(False)
            managed = QCoreApplication.translate("Policy", MANAGED)
            self.language.setToolTip(managed)
            self.language.setAccessibleDescription(managed)
            self.note.setText(managed)
        else:
            self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
            self.note.setText(tr("A new language applies the next time Pli starts."))

        self.notifications = QtWidgets.QCheckBox(tr("Show &desktop notifications"), self)
        self.notifications.setAccessibleName(tr("Show desktop notifications"))
        self.notifications.setAccessibleDescription(
            tr("For direct chats, mentions of you and your keywords; muted conversations never.")
        )
        self.notifications.setChecked(self.settings.notifications)
        layout.addWidget(self.notifications)
        keyword_row = QHBoxLayout()
        keyword_label = QLabel(tr("&Keywords:"), self)
        self.keywords = QtWidgets.QLineEdit(", ".join(self.settings.keywords), self)
        self.keywords.setAccessibleName(tr("Keywords that notify"))
        self.keywords.setPlaceholderText(tr("For example: crise, urgent"))
        keyword_label.setBuddy(self.keywords)
        keyword_row.addWidget(keyword_label)
        keyword_row.addWidget(self.keywords, 1)
        layout.addLayout(keyword_row)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(tr("&Save"), self)
        self.save_button.setAccessibleName(tr("Save the settings"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(tr("&Cancel"), self)
        cancel.setAccessibleName(tr("Close without saving"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def save(self) -> None:
        if not self.policy.locked("language"):
            self.settings.language = str(self.language.currentData())
        self.settings.notifications = self.notifications.isChecked()
        self.settings.keywords = [
            word.strip() for word in self.keywords.text().split(",") if word.strip()
        ][:50]
        try:
            self.settings.save(self.path)
        except OSError as error:
            self.note.setText(
                tr("The settings could not be saved: {reason}").format(reason=error.strerror)
            )
            return
        self.accept()


def interface_language(policy: Policy, cli_language: str | None, path: Path | None = None) -> str:
    """Which language to load: the policy's, else --lang, else the user's setting, else the
    system's ("" lets the translator follow the system)."""
    user = UserSettings.load(path).language or None
    return str(policy.get("language", cli_language or user) or "")
