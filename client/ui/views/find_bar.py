"""Ctrl+F: find text in the open conversation. Enter goes to the next (older) match, Shift+Enter
to the previous one, Esc closes the bar and gives the focus back to the message box. It looks
through the messages loaded in the window; full-text search of the whole encrypted history
comes with the local search index (issue 5)."""

from __future__ import annotations

from typing import Any

from client.ui.i18n import tr
from client.ui.qt import QHBoxLayout, QLabel, QLineEdit, QPushButton, Qt, QtCore, QWidget, Signal


class FindBar(QWidget):
    """Emits `step(text, direction)`; the window answers with `show_result(row, count)`."""

    step = Signal(str, int)  # -1 = older (up the timeline), +1 = newer
    closed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("F&ind:"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setAccessibleName(tr("Find in this conversation"))
        self.edit.setAccessibleDescription(
            tr("Enter: older match, Shift+Enter: newer match, Esc: close")
        )
        self.edit.setPlaceholderText(tr("Find in this conversation…"))
        label.setBuddy(self.edit)
        self.result = QLabel("", self)
        self.result.setObjectName("findResult")
        self.result.setAccessibleName(tr("Find result"))
        self.older = QPushButton(tr("&Older"), self)
        self.older.setAccessibleName(tr("Previous match (older)"))
        self.newer = QPushButton(tr("Ne&wer"), self)
        self.newer.setAccessibleName(tr("Next match (newer)"))
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setAccessibleName(tr("Close the find bar"))
        for widget in (label, self.edit, self.result, self.older, self.newer, self.close_button):
            layout.addWidget(widget, 1 if widget is self.edit else 0)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(lambda _text: self._step(0))
        self.older.clicked.connect(lambda: self._step(-1))
        self.newer.clicked.connect(lambda: self._step(1))
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.result.clear()
        self.closed.emit()

    def _step(self, direction: int) -> None:
        self.step.emit(self.edit.text(), direction)

    def show_result(self, position: int, count: int) -> None:
        if not self.edit.text():
            self.result.clear()
        elif count == 0:
            self.result.setText(tr("Not found"))
        else:
            self.result.setText(tr("{position} of {count}").format(position=position, count=count))
        self.result.setAccessibleDescription(self.result.text())

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # Keys are taken before the line edit sees them: it would pass Return on to the window.
        if watched is self.edit and event.type() == QtCore.QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._step(1 if shift else -1)
                return True
        return False
