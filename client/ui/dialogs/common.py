"""Awaiting dialogs without nested event loops (exec() would re-enter qasync), and the small
factories that build Pli's message boxes and one-line prompts: the app shows what they build,
and the test gallery builds the same dialogs to walk them (French, accessible names)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from client.ui.qt import QDialog, QInputDialog, QLineEdit, QMessageBox, Qt, QtWidgets, QWidget


async def show_and_wait(dialog: QDialog) -> int:
    """open() the dialog and wait for it to finish; returns the dialog's result code."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    return await future


def error_box(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    """What happened and what to do (never a traceback), with OK."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(title)
    return box


async def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A blocking error message: what happened and what to do (never a traceback)."""
    box = error_box(parent, title, text, details)
    await show_and_wait(box)
    box.deleteLater()


def question_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A question answered Yes or No; No is the default (Enter does not destroy anything)."""
    box = QMessageBox(parent)
    box.setObjectName("questionBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAccessibleName(title)
    return box


async def answered_yes(box: QMessageBox) -> bool:
    """Show a question_box() and wait: True when the answer is Yes."""
    await show_and_wait(box)
    answer = box.result() == QMessageBox.StandardButton.Yes
    box.deleteLater()
    return answer


async def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    return await answered_yes(question_box(parent, title, text))


def _field_name(label: str) -> str:
    """The accessible name of a prompt's field: its label without the mnemonic or the colon
    ("Conversation :" -> "Conversation")."""
    return label.replace("&", "").rstrip(" :\u00a0\u202f")


def _finish_prompt(dialog: QInputDialog, title: str, label: str) -> QInputDialog:
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    for text in dialog.findChildren(QtWidgets.QLabel):
        text.setTextFormat(Qt.TextFormat.PlainText)  # labels can carry names
    name = _field_name(label)
    for field in dialog.findChildren(QtWidgets.QLineEdit) + dialog.findChildren(
        QtWidgets.QComboBox
    ):
        field.setAccessibleName(name)
    return dialog


def text_prompt(
    parent: QWidget | None, title: str, label: str, *, password: bool = False, text: str = ""
) -> QInputDialog:
    """A one-line question (what QInputDialog.getText shows), its field named by its label."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("textPrompt")
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    return _finish_prompt(dialog, title, label)


def item_prompt(
    parent: QWidget | None, title: str, label: str, items: Sequence[str], editable: bool = True
) -> QInputDialog:
    """A choice in a list, typed or picked (what QInputDialog.getItem shows)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("itemPrompt")
    dialog.setLabelText(label)
    dialog.setComboBoxItems(list(items))
    dialog.setComboBoxEditable(editable)
    if items:
        dialog.setTextValue(items[0])
    return _finish_prompt(dialog, title, label)


async def answer_of(dialog: QInputDialog) -> str | None:
    """Show a text_prompt() or item_prompt() and wait: its text, or None when cancelled."""
    result = await show_and_wait(dialog)
    text = dialog.textValue()
    dialog.deleteLater()
    return text if result == QDialog.DialogCode.Accepted else None
