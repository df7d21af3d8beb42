"""The reaction picker: the usual reactions as buttons (named for screen readers in the UI
language), or any emoji typed in the field. Arrow keys and Tab move, Enter picks, Esc closes."""

from __future__ import annotations

from typing import Any

from client.core.i18n import QT_TRANSLATE_NOOP
from client.ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QtWidgets,
    QVBoxLayout,
)

MAX_KEY = 64


QUICK_REACTIONS = [
    ("👍", QT_TRANSLATE_NOOP("EmojiPicker", "thumbs up")),
    ("👎", QT_TRANSLATE_NOOP("EmojiPicker", "thumbs down")),
    ("❤️", QT_TRANSLATE_NOOP("EmojiPicker", "heart")),
    ("😂", QT_TRANSLATE_NOOP("EmojiPicker", "laughing")),
    ("😮", QT_TRANSLATE_NOOP("EmojiPicker", "surprised")),
    ("😢", QT_TRANSLATE_NOOP("EmojiPicker", "sad")),
    ("🎉", QT_TRANSLATE_NOOP("EmojiPicker", "celebration")),
    ("🙏", QT_TRANSLATE_NOOP("EmojiPicker", "thank you")),
    ("✅", QT_TRANSLATE_NOOP("EmojiPicker", "done")),
    ("👀", QT_TRANSLATE_NOOP("EmojiPicker", "looking into it")),
    ("🚀", QT_TRANSLATE_NOOP("EmojiPicker", "rocket")),
    ("❓", QT_TRANSLATE_NOOP("EmojiPicker", "question")),
]


def reaction_name(key: str) -> str:
    for emoji, name in QUICK_REACTIONS:
        if emoji == key:
            return QCoreApplication.translate("EmojiPicker", name)
    return key


class EmojiPicker(QDialog):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("emojiPicker")
        self.setWindowTitle(self.tr("React"))
        self.setAccessibleName(self.tr("Choose a reaction"))
        self.chosen = ""
        layout = QVBoxLayout(self)
        grid = QtWidgets.QGridLayout()
        self.buttons: list[QPushButton] = []
        for n, (emoji, name) in enumerate(QUICK_REACTIONS):
            button = QPushButton(emoji, self)
            button.setAccessibleName(QCoreApplication.translate("EmojiPicker", name))
            button.setToolTip(button.accessibleName())
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, e=emoji: self.pick(e))
            grid.addWidget(button, n // 6, n % 6)
            self.buttons.append(button)
        layout.addLayout(grid)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Other:"), self)
        self.other = QLineEdit(self)
        self.other.setAccessibleName(self.tr("Other reaction"))
        self.other.setPlaceholderText(self.tr("Type or paste an emoji"))
        self.other.setMaxLength(MAX_KEY)
        label.setBuddy(self.other)
        row.addWidget(label)
        row.addWidget(self.other, 1)
        layout.addLayout(row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.react_button = box.addButton(self.tr("&React"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.react_button.setAccessibleName(self.tr("React with the typed emoji"))
        self.react_button.setEnabled(False)
        box.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.other.textChanged.connect(
            lambda text: self.react_button.setEnabled(bool(text.strip()))
        )
        box.accepted.connect(lambda: self.pick(self.other.text().strip()))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.buttons[0].setFocus()

    def pick(self, key: str) -> None:
        if key and len(key) <= MAX_KEY:
            self.chosen = key
            self.accept()
