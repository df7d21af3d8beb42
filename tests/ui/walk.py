"""What a user (or a screen reader) can see of a window: its texts, and its controls."""

from __future__ import annotations

import re
from collections.abc import Iterator

from client.ui.qt import Qt, QtCore, QtGui, QtWidgets

CONTROLS = (
    QtWidgets.QAbstractButton,
    QtWidgets.QLineEdit,
    QtWidgets.QPlainTextEdit,
    QtWidgets.QTextEdit,
    QtWidgets.QAbstractItemView,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QAbstractSlider,
)
TAG = re.compile(r"<[^>]+>")


def shown_widgets(top: QtWidgets.QWidget) -> Iterator[QtWidgets.QWidget]:
    yield top
    for child in top.findChildren(QtWidgets.QWidget):
        if child.isVisibleTo(top) and not child.objectName().startswith("qt_"):
            yield child


def _model_texts(view: QtWidgets.QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    # A list model hides columnCount(); it has one column.
    columns = 1 if isinstance(model, QtCore.QAbstractListModel) else model.columnCount()
    for row in range(min(model.rowCount(), 50)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.ToolTipRole,
            ):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
    if isinstance(view, QtWidgets.QTableView):
        for column in range(model.columnCount(QtCore.QModelIndex())):
            value = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(value, str):
                yield value


def _action_texts(actions: list[QtGui.QAction]) -> Iterator[str]:
    for action in actions:
        yield from (action.text(), action.toolTip(), action.statusTip())
        menu = action.menu()
        if menu is not None:
            yield from _action_texts(menu.actions())


def visible_texts(top: QtWidgets.QWidget) -> set[str]:
    """Every string shown or read out: titles, labels, buttons, placeholders, tooltips,
    accessible names and descriptions, list and table contents, menus."""
    found: list[str] = []
    for widget in shown_widgets(top):
        found += [widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription()]
        found.append(widget.toolTip())
        if isinstance(widget, QtWidgets.QLabel | QtWidgets.QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QtWidgets.QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QtWidgets.QAbstractItemView) and not isinstance(
            widget, QtWidgets.QComboBox
        ):
            found += list(_model_texts(widget))
        if isinstance(widget, QtWidgets.QMainWindow):
            found += list(_action_texts(widget.menuBar().actions()))
        if isinstance(widget, QtWidgets.QMessageBox):
            # Its labels are Qt's own (qt_msgbox_label…), skipped above: read them here.
            found += [widget.text(), widget.informativeText(), widget.detailedText()]
    return {TAG.sub(" ", text).replace("&", "").strip() for text in found if text} - {""}


def control_problems(top: QtWidgets.QWidget) -> list[str]:
    """Interactive controls without an accessible name (a button's text counts as its name)
    or that the keyboard cannot reach."""
    problems = []
    for widget in shown_widgets(top):
        if not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget, QtWidgets.QScrollBar):
            continue  # a view's own scroll bar: the view itself scrolls with the keyboard
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        label = f"{type(widget).__name__} {widget.objectName()!r}"
        if not name:
            problems.append(f"{label} has no accessible name")
        if isinstance(widget, QtWidgets.QHeaderView):
            continue  # a table's header: its table takes the focus and reads the headers
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            problems.append(f"{label} cannot take keyboard focus")
    return problems
