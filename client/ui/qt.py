"""The one PySide6 import shim (as qutebrowser does): the rest of the UI imports Qt from here."""

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
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
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
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

__all__ = [
    "QAbstractListModel", "QAction", "QApplication", "QColor", "QCoreApplication", "QDialog",
    "QDialogButtonBox", "QEvent", "QFont", "QFontMetrics", "QFormLayout", "QHBoxLayout",
    "QInputDialog", "QKeySequence", "QLabel", "QLineEdit", "QListView", "QLocale", "QMainWindow",
    "QMessageBox", "QModelIndex", "QObject", "QPainter", "QPalette", "QPersistentModelIndex",
    "QPlainTextEdit", "QProgressBar", "QPushButton", "QRect", "QSize", "QSplitter", "QStyle",
    "QStyleOptionViewItem", "QStyledItemDelegate", "QTimer", "QTranslator", "QVBoxLayout",
    "QWidget", "Qt", "QtCore", "QtGui", "QtWidgets", "Signal", "Slot",
]
