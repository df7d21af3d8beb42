"""Small widgets of the verification dialog: the QR code view and the emoji grid."""

from __future__ import annotations

import io

import segno

from client.core.verification.sas import SasEmoji
from client.ui.qt import (
    QCoreApplication,
    QFont,
    QHBoxLayout,
    QLabel,
    QLocale,
    Qt,
    QtGui,
    QVBoxLayout,
    QWidget,
)


def qr_pixmap(payload: bytes, scale: int = 6) -> QtGui.QPixmap:
    """One byte-mode segment (the spec's requirement), medium error correction."""
    code = segno.make_qr(payload, mode="byte", error="m")
    png = io.BytesIO()
    code.save(png, kind="png", scale=scale, border=4)
    pixmap = QtGui.QPixmap()
    pixmap.loadFromData(png.getvalue(), "PNG")
    return pixmap


class QrCodeView(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(QCoreApplication.translate("Verification", "Verification QR code"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "Verification", "Scan this code with the camera of the other device."
            )
        )
        self.payload: bytes | None = None

    def show_payload(self, payload: bytes | None) -> None:
        if payload == self.payload:
            return
        self.payload = payload
        if payload is None:
            self.clear()
        else:
            self.setPixmap(qr_pixmap(payload))


def ui_language() -> str:
    """The spec's emoji names are keyed like "fr", "pt_BR"."""
    return QLocale().name()


class EmojiGrid(QWidget):
    """Seven emoji with their names in the user's language, each readable by a screen reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self.cells: list[tuple[QLabel, QLabel]] = []
        for _ in range(7):
            cell = QWidget(self)
            column = QVBoxLayout(cell)
            symbol = QLabel(cell)
            font = QFont(symbol.font())
            font.setPointSizeF(font.pointSizeF() * 2.6)
            symbol.setFont(font)
            symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name = QLabel(cell)
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(symbol)
            column.addWidget(name)
            self._row.addWidget(cell)
            self.cells.append((symbol, name))
        self.names: list[str] = []

    def show_emoji(self, emoji: tuple[SasEmoji, ...], language: str | None = None) -> None:
        language = language or ui_language()
        self.names = [e.name(language) for e in emoji]
        for (symbol, name), item, text in zip(self.cells, emoji, self.names, strict=False):
            symbol.setText(item.emoji)
            symbol.setAccessibleName(text)
            name.setText(text)
        self.setAccessibleName(
            QCoreApplication.translate("Verification", "Emoji to compare: {names}").format(
                names=", ".join(self.names)
            )
        )
