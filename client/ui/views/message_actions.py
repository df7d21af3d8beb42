"""What the user does to messages, between the timeline and the session: reply and edit (a bar
above the composer says which; Esc leaves it), react (the picker, or a chip to take one back),
delete (after asking), and opening links (after showing the real target).

Up in an empty composer edits my last message, as in Teams and Element.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from client.core.errors import PliError
from client.core.events import ItemState, Reaction, TimelineItem
from client.ui.dialogs.common import answered_yes, question_box, show_and_wait
from client.ui.i18n import error_text
from client.ui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    Qt,
    QtCore,
    QtGui,
    QWidget,
)
from client.ui.widgets.emoji_picker import EmojiPicker

if TYPE_CHECKING:
    from client.ui.views.main_window import MainWindow


def open_in_browser(url: str) -> None:
    QtGui.QDesktopServices.openUrl(QtCore.QUrl(url))


class ComposeModeBar(QWidget):
    """ "Replying to Camille: …" or "Editing your message", with a Cancel button."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("composeMode")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel("", self)
        self.label.setAccessibleName(self.tr("Reply or edit in progress"))
        self.cancel = QPushButton(self.tr("Ca&ncel"), self)
        self.cancel.setAccessibleName(self.tr("Cancel the reply or the edit"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel)
        self.hide()


class MessageActions:
    def __init__(self, window: MainWindow, opener: Callable[[str], None] = open_in_browser) -> None:
        self.window = window
        self.opener = opener  # tests replace it: nothing leaves the machine
        self.reply_to: TimelineItem | None = None
        self.editing: TimelineItem | None = None
        self.bar = ComposeModeBar(window)
        self.bar.cancel.clicked.connect(self.cancel_mode)
        view = window.timeline_view
        view.replyRequested.connect(self.start_reply)
        view.editRequested.connect(self.start_edit)
        view.reactRequested.connect(lambda item: window.tasks.run(self.pick_reaction(item)))
        view.reactionToggled.connect(self.toggle_reaction)
        view.deleteRequested.connect(
            lambda item: window.tasks.run(self.delete(item), on_error=self._failed)
        )
        view.linkActivated.connect(lambda url: window.tasks.run(self.open_link(url)))

    # --- reply and edit --------------------------------------------------------------------------

    def start_reply(self, item: TimelineItem) -> None:
        self.editing = None
        self.reply_to = item
        first_line = (item.body or "").split("\n")[0][:120]
        self._show(
            QCoreApplication.translate("MessageActions", "Replying to {sender}: {text}").format(
                sender=item.sender_name, text=first_line
            )
        )

    def start_edit(self, item: TimelineItem) -> None:
        if not item.own or item.state is not ItemState.SENT:
            return
        self.reply_to = None
        self.editing = item
        composer = self.window.composer
        composer.setPlainText(item.body)
        cursor = composer.textCursor()
        cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
        composer.setTextCursor(cursor)
        self._show(
            QCoreApplication.translate("MessageActions", "Editing your message (Esc cancels)")
        )

    def edit_last_own(self) -> bool:
        """Up in an empty composer: edit my last sent message of this conversation."""
        model = self.window.timeline_view.model()
        rows = model.rowCount() if model is not None else 0
        for row in range(rows - 1, -1, -1):
            item = self.window.timeline_view.item_at_row(row)
            if item is not None and item.own and item.state is ItemState.SENT:
                self.start_edit(item)
                return True
        return False

    def _show(self, text: str) -> None:
        self.bar.label.setText(text)
        self.bar.label.setAccessibleDescription(text)
        self.bar.show()
        self.window.announcer.announce(text)
        self.window.composer.setFocus()

    def cancel_mode(self) -> None:
        if self.editing is not None:
            self.window.composer.clear()
        self.reply_to = None
        self.editing = None
        self.bar.hide()
        self.window.composer.setFocus()

    def send(self, room_id: str, text: str) -> None:
        """Send what the composer holds in the current mode (raises PliError)."""
        session = self.window.session
        if self.editing is not None and self.editing.room_id == room_id:
            if text.strip() != self.editing.body.strip():
                session.queue_edit(room_id, self.editing.event_id, text)
        elif self.reply_to is not None and self.reply_to.room_id == room_id:
            session.queue_text(room_id, text, reply_to=self.reply_to.event_id)
        else:
            session.queue_text(room_id, text)
        self.reply_to = None
        self.editing = None
        self.bar.hide()

    # --- reactions -------------------------------------------------------------------------------

    async def pick_reaction(self, item: TimelineItem) -> None:
        picker = EmojiPicker(self.window)
        await show_and_wait(picker)
        self.window.restore_focus()
        chosen = picker.chosen
        picker.deleteLater()
        if chosen:
            self.react(item, chosen)

    def react(self, item: TimelineItem, key: str) -> None:
        try:
            self.window.session.queue_reaction(item.room_id, item.event_id, key)
        except PliError as error:
            self.window.statusBar().showMessage(error_text(error), 10_000)

    def toggle_reaction(self, item: TimelineItem, reaction: Reaction) -> None:
        if reaction.own_event_id:
            self.window.tasks.run(
                self.window.session.redact(item.room_id, reaction.own_event_id),
                on_error=self._failed,
            )
        else:
            self.react(item, reaction.key)

    # --- delete ----------------------------------------------------------------------------------

    def delete_box(self, item: TimelineItem) -> QMessageBox:
        """The question before a message is deleted for everyone (No is the default)."""
        question = (
            QCoreApplication.translate(
                "MessageActions", "Delete this message for everyone? This cannot be undone."
            )
            if item.own
            else QCoreApplication.translate(
                "MessageActions", "Delete {sender}'s message for everyone? This cannot be undone."
            ).format(sender=item.sender_name)
        )
        return question_box(
            self.window, QCoreApplication.translate("MessageActions", "Delete message"), question
        )

    async def delete(self, item: TimelineItem) -> None:
        if not await answered_yes(self.delete_box(item)):
            self.window.restore_focus()
            return
        self.window.restore_focus()
        await self.window.session.redact(item.room_id, item.event_id)

    def _failed(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(error_text(error), 10_000)

    # --- links -----------------------------------------------------------------------------------

    def link_dialog(self, url: str) -> tuple[QMessageBox, QPushButton | None]:
        """The question before a link opens: its real target, Open or Cancel (Cancel is the
        default). Links Pli does not open (matrix:, anything else) get an explanation only."""
        target = QtCore.QUrl(url)
        box = QMessageBox(self.window)
        box.setObjectName("confirmLink")
        box.setIcon(QMessageBox.Icon.Question)
        title = QCoreApplication.translate("MessageActions", "Open a link")
        box.setWindowTitle(title)
        box.setAccessibleName(title)
        shown = target.toDisplayString()
        ace = bytes(QtCore.QUrl.toAce(target.host()).data()).decode("ascii", "replace")
        if target.host() and ace != target.host().lower():
            # An internationalised name can imitate another (а-pple.com with a Cyrillic а):
            # say how the computer spells it.
            shown += "\n" + QCoreApplication.translate(
                "MessageActions", "Spelled for the computer: {host}"
            ).format(host=ace)
        if target.scheme().lower() == "mailto" and target.query():
            shown = target.toString(QtCore.QUrl.ComponentFormattingOption.FullyEncoded)
        box.setInformativeText(shown)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        if target.scheme().lower() not in ("https", "http", "mailto"):
            box.setText(
                QCoreApplication.translate("MessageActions", "Pli cannot open this kind of link:")
            )
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            return box, None
        box.setText(QCoreApplication.translate("MessageActions", "This link leads to:"))
        open_button = box.addButton(
            QCoreApplication.translate("MessageActions", "&Open"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        open_button.setAccessibleName(
            QCoreApplication.translate("MessageActions", "Open the link in your browser")
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        return box, open_button

    async def open_link(self, url: str) -> None:
        """Links open only after the user has seen where they lead (the text of a link can
        say anything). Only web and e-mail links leave Pli."""
        box, open_button = self.link_dialog(url)
        await show_and_wait(box)
        self.window.restore_focus()
        confirmed = open_button is not None and box.clickedButton() is open_button
        box.deleteLater()
        if confirmed:
            self.opener(QtCore.QUrl(url).toString())
