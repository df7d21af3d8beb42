"""Search all conversations (Ctrl+Shift+F): the encrypted local index, as you type; Enter (or
a double click) opens the conversation at that message. Results are read out as "room, sender
at time: text"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from client.core.storage.cache import SearchHit
from client.ui.qt import (
    QDateTime,
    QDialog,
    QLabel,
    QLineEdit,
    QLocale,
    Qt,
    QTimer,
    QtWidgets,
    QVBoxLayout,
    Signal,
)

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchDialog(QDialog):
    chosen = Signal(object)  # SearchHit

    def __init__(
        self,
        search: Callable[[str], list[SearchHit]],
        room_name: Callable[[str], str],
        parent: Any = None,
        sender_name: Callable[[str, str], str] = lambda room, user: user,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search all conversations"))
        self.setAccessibleName(self.tr("Search all conversations"))
        self.resize(620, 420)
        self._search = search
        self._room_name = room_name
        self._sender_name = sender_name
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Words to find:"), self)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Words to find"))
        self.edit.setPlaceholderText(self.tr("For example: réunion budget"))
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        self.status = QLabel("", self)
        self.status.setObjectName("searchStatus")
        self.status.setAccessibleName(self.tr("Search results"))
        layout.addWidget(self.status)
        self.results = QtWidgets.QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Messages found"))
        self.results.setWordWrap(True)
        layout.addWidget(self.results, 1)
        note = QLabel(self.tr("Searches the messages kept on this device, encrypted."), self)
        note.setAccessibleName(self.tr("About search"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # while typing: search when the user pauses
        self._timer.timeout.connect(self.run)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._open_current)
        self.results.itemActivated.connect(lambda item: self._open(item))

    def run(self) -> None:
        text = self.edit.text().strip()
        self.results.clear()
        if not text:
            self.status.setText("")
            return
        hits = self._search(text)
        for hit in hits:
            moment = QDateTime.fromMSecsSinceEpoch(hit.timestamp)
            when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
            line = self.tr("{room} — {sender}, {time}\n{text}").format(
                room=self._room_name(hit.room_id),
                sender=self._sender_name(hit.room_id, hit.sender),
                time=when,
                text=hit.snippet,
            )
            item = QtWidgets.QListWidgetItem(line)
            item.setData(HIT_ROLE, hit)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line.replace("\n", ": "))
            self.results.addItem(item)
        text_found = (
            self.tr("%n message(s) found", "", len(hits)) if hits else self.tr("Nothing found.")
        )
        self.status.setText(text_found)
        self.status.setAccessibleDescription(text_found)
        if hits:
            self.results.setCurrentRow(0)

    def _open_current(self) -> None:
        if self._timer.isActive():  # Enter before the pause: search now
            self._timer.stop()
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QtWidgets.QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.chosen.emit(hit)
            self.accept()
