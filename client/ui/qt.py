"""The one PySide6 import shim (as qutebrowser does): the rest of the UI imports Qt from here.
One exception: QtMultimedia is imported by widgets/qr_scanner.py alone, when a verification
dialog first opens, so that Pli's start does not load the camera stack."""

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)


class QLabel(QtWidgets.QLabel):
    """Plain text by default. Labels show names, topics and messages from the network, and
    Qt's default (AutoText) renders anything that looks like HTML: a display name holding
    `<img src="/dev/zero">` crashed the window, and `<img src="/home/…">` showed local files.
    No label in Pli needs rich text."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)


class QMessageBox(QtWidgets.QMessageBox):
    """Plain text too (its text and informative text can carry names and file names)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)


__all__ = [
    "QAbstractListModel",
    "QAction",
    "QApplication",
    "QColor",
    "QCoreApplication",
    "QDateTime",
    "QDialog",
    "QDialogButtonBox",
    "QEvent",
    "QFont",
    "QFontMetrics",
    "QFormLayout",
    "QFrame",
    "QHBoxLayout",
    "QInputDialog",
    "QKeySequence",
    "QLabel",
    "QLineEdit",
    "QListView",
    "QLocale",
    "QMainWindow",
    "QMenu",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPainter",
    "QPalette",
    "QPersistentModelIndex",
    "QPlainTextEdit",
    "QProgressBar",
    "QPushButton",
    "QRect",
    "QSize",
    "QSplitter",
    "QStyle",
    "QStyleOptionViewItem",
    "QStyledItemDelegate",
    "QTimer",
    "QTranslator",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "QtCore",
    "QtGui",
    "QtWidgets",
    "Signal",
    "Slot",
]
