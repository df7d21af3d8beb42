"""A bar across the top of the conversation pane: one sentence and its buttons.

For what needs the user but must not steal the keyboard from them: verification requests that
are waiting (several of them make one bar, not a pile of dialogs), a verified contact whose
identity changed. The sentence is the bar's accessible description, and a new sentence is
announced to screen readers; the buttons are ordinary push buttons (Tab reaches them).
"""

from __future__ import annotations

from collections.abc import Callable

from client.ui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel("", self)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        layout.addWidget(self.label, 1)
        self._buttons_layout = QHBoxLayout()
        layout.addLayout(self._buttons_layout)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_notice(self, text: str, buttons: list[tuple[str, Callable[[], None]]]) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for label, action in buttons:
            button = QPushButton(label, self)
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(action)
            self._buttons_layout.addWidget(button)
            self.buttons.append(button)
        self.show()

    def clear(self) -> None:
        self.hide()
        self.label.setText("")
