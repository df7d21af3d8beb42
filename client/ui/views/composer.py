"""The message composer: Enter sends, Shift+Enter is a new line. The text stays in the box
until the server has the message, so a failed send loses nothing."""

from __future__ import annotations

from typing import Any

from client.ui.qt import QPlainTextEdit, Qt, QtCore, QtGui, Signal


def local_files(source: QtCore.QMimeData) -> list[str]:
    """The local files a drop or a paste carries ([] for text, remote URLs, or a mix)."""
    if not source.hasUrls():
        return []
    urls = source.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [url.toLocalFile() for url in urls]


class Composer(QPlainTextEdit):
    sendRequested = Signal(str)
    filesDropped = Signal(list)  # local paths, dropped or pasted: sent as files
    imagePasted = Signal(object)  # a QImage from the clipboard: sent as a PNG
    escapePressed = Signal()  # leave a reply or an edit
    upInEmpty = Signal()  # Up with nothing typed: edit my last message

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setAccessibleName(self.tr("Message"))
        self.setAccessibleDescription(
            self.tr("Type your message. Enter sends it; Shift+Enter starts a new line.")
        )
        self.setPlaceholderText(self.tr("Write an encrypted message…"))
        self.setTabChangesFocus(True)
        self.setMaximumHeight(90)
        self.setMinimumHeight(48)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            if not self.isReadOnly():
                text = self.toPlainText()
                if text.strip():
                    self.sendRequested.emit(text)
            event.accept()
            return
        if enter:  # Shift+Enter: a real newline (Qt would insert U+2028)
            self.insertPlainText("\n")
            event.accept()
            return
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_Escape and plain:
            self.escapePressed.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Up and plain and not self.toPlainText():
            self.upInEmpty.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- files and images: dropped on, or pasted into, the message box -------------------------

    def canInsertFromMimeData(self, source: QtCore.QMimeData) -> bool:
        if local_files(source) or source.hasImage():
            return True
        return bool(super().canInsertFromMimeData(source))

    def insertFromMimeData(self, source: QtCore.QMimeData) -> None:
        files = local_files(source)
        if files:
            self.filesDropped.emit(files)
            return
        if source.hasImage():
            image = source.imageData()
            if isinstance(image, QtGui.QImage) and not image.isNull():
                self.imagePasted.emit(image)
                return
        super().insertFromMimeData(source)
