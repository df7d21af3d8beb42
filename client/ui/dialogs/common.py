"""Awaiting dialogs without nested event loops (exec() would re-enter qasync)."""

from __future__ import annotations

import asyncio

from client.ui.qt import QDialog, QMessageBox, QWidget


async def show_and_wait(dialog: QDialog) -> int:
    """open() the dialog and wait for it to finish; returns the dialog's result code."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    return await future


async def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A blocking error message: what happened and what to do (never a traceback)."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(title)
    await show_and_wait(box)
    box.deleteLater()


async def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAccessibleName(title)
    await show_and_wait(box)
    answer = box.result() == QMessageBox.StandardButton.Yes
    box.deleteLater()
    return answer
