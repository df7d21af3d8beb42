"""Main window: room list | room header, invite bar, timeline, composer; connection state in
the status bar. Talks to the core only through MatrixSession's async methods and the bridge's
signals."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from client.core.errors import PliError
from client.core.events import (
    ConnectionChanged,
    ConnectionState,
    ItemState,
    RoomActivity,
    RoomSummary,
    TimelineItem,
)
from client.core.messages.notify import notice_for
from client.core.policy.loader import Policy
from client.core.session import MatrixSession
from client.core.settings import UserSettings
from client.core.storage.outbox import OutboxEntry
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.bridge.tasks import TaskRunner
from client.ui.dialogs.common import answer_of, answered_yes, item_prompt, question_box, text_prompt
from client.ui.dialogs.search import SearchDialog
from client.ui.i18n import error_text
from client.ui.models.rooms import RoomListModel, RoomRole
from client.ui.models.timeline import TimelineModel, display_body
from client.ui.notifier import Notifier
from client.ui.qt import (
    QAction,
    QHBoxLayout,
    QInputDialog,
    QKeySequence,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QtGui,
    QTimer,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
)
from client.ui.views.composer import Composer, local_files
from client.ui.views.delegates import RoomDelegate
from client.ui.views.file_actions import FileActions
from client.ui.views.find_bar import FindBar
from client.ui.views.message_actions import MessageActions
from client.ui.views.room_actions import RoomActions
from client.ui.views.timeline_view import TimelineView
from client.ui.widgets.announcer import Announcer
from client.ui.widgets.icons import icon, shield


class MainWindow(QMainWindow):
    closed = Signal()
    roomShown = Signal(str)  # a conversation is now the one shown (its room id)
    logoutRequested = Signal()

    def __init__(
        self,
        session: MatrixSession,
        bridge: SessionBridge,
        parent: Any = None,
        policy: Policy | None = None,
        settings_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.policy = policy or Policy()
        self.announcer = Announcer(self)
        self.bridge = bridge
        self.tasks = TaskRunner()
        self.current_room: str | None = None
        self.timelines: dict[str, TimelineModel] = {}
        self.drafts: dict[str, str] = {}
        self.send_problem = ""  # why the last message could not even be queued
        self._loading_older: set[str] = set()
        self._typing_since = 0.0  # when we last told the room we are typing (0: not typing)
        self._close_confirmed = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Pli — {user}").format(user=session.user_id))
        self.setAccessibleName(self.tr("Pli main window"))
        self.resize(980, 640)
        self.setWindowIcon(icon("pli"))

        self.rooms = RoomListModel(self)
        self._unread_timer = QTimer(self)
        self._unread_timer.setSingleShot(True)
        self._unread_timer.setInterval(0)
        self._unread_timer.timeout.connect(self._show_unread_total)
        self._build()
        self._build_menu()
        bridge.roomUpdated.connect(self._on_room_updated)
        bridge.roomRemoved.connect(self._on_room_removed)
        bridge.itemAdded.connect(self._on_item)
        bridge.itemChanged.connect(self._on_item_changed)
        bridge.itemRemoved.connect(self._on_item_removed)
        bridge.connectionChanged.connect(self._on_connection)
        bridge.roomActivity.connect(self._on_activity)
        self.settings_path = settings_path
        self.user_settings = UserSettings.load(settings_path)
        self.rooms.set_muted(set(self.user_settings.muted_rooms))
        self.notifier = Notifier(self)
        self.room_actions = RoomActions(self)
        self.rooms.fill(session.rooms())  # from the cache at start: 1,000 rooms at once
        self.unread_changed()
        if self.rooms.rowCount() == 1:  # the only conversation: open it
            self.select_room(self.rooms.index(0).data(RoomRole.ROOM_ID))
        self._on_connection(ConnectionChanged(session.state))

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        self.new_chat_button = QPushButton(self.tr("&New chat…"), left)
        self.new_chat_button.setAccessibleName(self.tr("Start a new encrypted direct chat"))
        self.new_chat_button.clicked.connect(self.ask_new_chat)
        left_layout.addWidget(self.new_chat_button)
        self.room_view = QListView(left)
        self.room_view.setObjectName("roomList")
        self.room_view.setAccessibleName(self.tr("Conversations"))
        self.room_view.setModel(self.rooms)
        self.room_view.setItemDelegate(RoomDelegate(self.room_view))
        self.room_view.selectionModel().currentChanged.connect(self._on_room_selected)
        left_layout.addWidget(self.room_view)

        right = QWidget(splitter)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 6, 6, 6)
        # Notices for the whole account (verification requests waiting), above the room.
        self.notices = QVBoxLayout()
        layout.addLayout(self.notices)
        self.room_title = QLabel(self.tr("Choose a conversation"), right)
        self.room_title.setObjectName("roomTitle")
        self.room_title.setAccessibleName(self.tr("Conversation name"))
        font = self.room_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.room_title.setFont(font)
        self.encryption_label = QLabel("", right)
        self.encryption_label.setAccessibleName(self.tr("Encryption state"))
        header = QHBoxLayout()
        self.encryption_icon = QLabel(right)
        header.addWidget(self.room_title, 1)
        header.addWidget(self.encryption_icon)
        header.addWidget(self.encryption_label)
        layout.addLayout(header)
        self.topic_label = QLabel("", right)
        self.topic_label.setObjectName("roomTopic")
        self.topic_label.setAccessibleName(self.tr("Topic of the conversation"))
        self.topic_label.setWordWrap(True)
        self.topic_label.hide()
        layout.addWidget(self.topic_label)
        # Sovereignty: people from servers outside the organisation's allowed ones.
        self.sovereignty_banner = QLabel("", right)
        self.sovereignty_banner.setObjectName("sovereigntyBanner")
        self.sovereignty_banner.setAccessibleName(self.tr("External participants"))
        self.sovereignty_banner.setWordWrap(True)
        banner_font = self.sovereignty_banner.font()
        banner_font.setBold(True)
        self.sovereignty_banner.setFont(banner_font)
        self.sovereignty_banner.hide()
        layout.addWidget(self.sovereignty_banner)

        self.invite_bar = QWidget(right)
        invite_layout = QHBoxLayout(self.invite_bar)
        invite_layout.setContentsMargins(0, 0, 0, 0)
        self.invite_label = QLabel("", self.invite_bar)
        self.accept_button = QPushButton(self.tr("&Accept"), self.invite_bar)
        self.accept_button.setAccessibleName(self.tr("Accept the invitation"))
        self.decline_button = QPushButton(self.tr("&Decline"), self.invite_bar)
        self.decline_button.setAccessibleName(self.tr("Decline the invitation"))
        self.accept_button.clicked.connect(self.accept_invite)
        self.decline_button.clicked.connect(self.decline_invite)
        invite_layout.addWidget(self.invite_label, 1)
        invite_layout.addWidget(self.accept_button)
        invite_layout.addWidget(self.decline_button)
        self.invite_bar.hide()
        layout.addWidget(self.invite_bar)

        self.timeline_view = TimelineView(right)
        self.timeline_view.olderRequested.connect(self.load_older)
        self.find_bar = FindBar(right)
        self.find_bar.step.connect(self.find_step)
        self.find_bar.closed.connect(self.composer_focus)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.timeline_view, 1)

        self.typing_label = QLabel("", right)
        self.typing_label.setObjectName("typing")
        self.typing_label.setAccessibleName(self.tr("Who is typing"))
        layout.addWidget(self.typing_label)

        self.error_bar = QWidget(right)
        error_layout = QHBoxLayout(self.error_bar)
        error_layout.setContentsMargins(0, 0, 0, 0)
        self.error_label = QLabel("", self.error_bar)
        self.error_label.setObjectName("sendError")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Sending problem"))
        self.retry_button = QPushButton(self.tr("&Retry"), self.error_bar)
        self.retry_button.setAccessibleName(self.tr("Retry sending the message"))
        self.retry_button.clicked.connect(self.retry_send)
        self.discard_button = QPushButton(self.tr("D&iscard"), self.error_bar)
        self.discard_button.setAccessibleName(self.tr("Discard the message that was not sent"))
        self.discard_button.clicked.connect(self.discard_failed)
        error_layout.addWidget(self.error_label, 1)
        error_layout.addWidget(self.retry_button)
        error_layout.addWidget(self.discard_button)
        self.error_bar.hide()
        layout.addWidget(self.error_bar)

        composer_row = QHBoxLayout()
        self.composer = Composer(right)
        self.composer.sendRequested.connect(self.send)
        self.composer.textChanged.connect(self._typing_changed)
        self.message_actions = MessageActions(self)
        self.composer.escapePressed.connect(self.message_actions.cancel_mode)
        self.composer.upInEmpty.connect(self.message_actions.edit_last_own)
        layout.addWidget(self.message_actions.bar)
        self.send_button = QPushButton(self.tr("&Send"), right)
        self.send_button.setAccessibleName(self.tr("Send the message"))
        self.send_button.clicked.connect(lambda: self.send(self.composer.toPlainText()))
        self.file_actions = FileActions(self)
        self.timeline_view.timeline_delegate.thumbnails = self.file_actions.thumbnail
        self.timeline_view.attachmentActivated.connect(
            lambda item: self.tasks.run(self.file_actions.open(item))
        )
        self.timeline_view.saveRequested.connect(
            lambda item: self.tasks.run(self.file_actions.save(item))
        )
        self.timeline_view.cancelRequested.connect(self.stop_sending)
        self.attach_button = QPushButton(self.tr("A&ttach…"), right)
        self.attach_button.setAccessibleName(self.tr("Send a file or an image"))
        self.attach_button.setToolTip(
            self.tr("Send a file or an image (you can also drop or paste it here)")
        )
        self.attach_button.clicked.connect(
            lambda: self.tasks.run(self.file_actions.choose_and_attach())
        )
        self.composer.filesDropped.connect(
            lambda paths: self.tasks.run(
                self.file_actions.confirm_and_attach([Path(p) for p in paths])
            )
        )
        self.composer.imagePasted.connect(
            lambda image: self.tasks.run(self.file_actions.attach_image(image))
        )
        composer_row.addWidget(self.attach_button)
        composer_row.addWidget(self.composer, 1)
        composer_row.addWidget(self.send_button)
        layout.addLayout(composer_row)
        self.composer.setEnabled(False)
        self.send_button.setEnabled(False)
        self.attach_button.setEnabled(False)
        self.setAcceptDrops(True)  # files dropped anywhere on the window are sent

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 700])
        self.setCentralWidget(splitter)

        self.connection_label = QLabel("", self)
        self.connection_label.setObjectName("connectionState")
        self.connection_label.setAccessibleName(self.tr("Connection state"))
        self.statusBar().addPermanentWidget(self.connection_label)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Pli"))
        new_chat = QAction(self.tr("&New direct chat…"), self)
        new_chat.setShortcut(QKeySequence("Ctrl+N"))
        new_chat.triggered.connect(self.ask_new_chat)
        menu.addAction(new_chat)
        reconnect = QAction(self.tr("&Reconnect now"), self)
        reconnect.triggered.connect(self.session.reconnect_now)
        menu.addAction(reconnect)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.show_settings)
        menu.addAction(self.settings_action)
        self.addAction(self.settings_action)
        menu.addSeparator()
        logout = QAction(self.tr("Sign &out of this device…"), self)
        logout.triggered.connect(self.logoutRequested.emit)
        menu.addAction(logout)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.addAction(new_chat)
        self.addAction(quit_action)

        go = self.menuBar().addMenu(self.tr("&Go"))
        self.jump_action = QAction(self.tr("&Jump to a conversation…"), self)
        self.jump_action.setShortcut(QKeySequence("Ctrl+K"))
        self.jump_action.triggered.connect(self.jump_to_room)
        self.next_action = QAction(self.tr("&Next conversation"), self)
        self.next_action.setShortcut(QKeySequence("Alt+Down"))
        self.next_action.triggered.connect(lambda: self.step_room(1))
        self.previous_action = QAction(self.tr("&Previous conversation"), self)
        self.previous_action.setShortcut(QKeySequence("Alt+Up"))
        self.previous_action.triggered.connect(lambda: self.step_room(-1))
        self.find_action = QAction(self.tr("&Find in this conversation…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.find_bar.open_bar)
        self.search_action = QAction(self.tr("&Search all conversations…"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.triggered.connect(self.open_search)
        for action in (
            self.jump_action,
            self.next_action,
            self.previous_action,
            self.find_action,
            self.search_action,
        ):
            go.addAction(action)
            self.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu = help_menu
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.addAction(self.shortcuts_action)

    def open_search(self) -> None:
        dialog = SearchDialog(self.session.search, self._room_name, self, self.session.display_name)
        dialog.chosen.connect(
            lambda hit: self.tasks.run(self.show_message(hit.room_id, hit.event_id))
        )
        dialog.finished.connect(self.restore_focus)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._search_dialog = dialog

    def _room_name(self, room_id: str) -> str:
        summary = self.rooms.summary(room_id)
        return summary.name if summary is not None else room_id

    async def show_message(self, room_id: str, event_id: str) -> bool:
        """Open a conversation at one message (a search result), loading older pages if it
        is far back."""
        self.select_room(room_id)
        if self.current_room != room_id:
            return False
        found = await self.session.load_until(room_id, event_id)
        if found and self.current_room == room_id:
            self.timeline_view.jump_to(event_id)
            self.timeline_view.setFocus()
        return found

    def add_notice(self, bar: QWidget) -> None:
        self.notices.addWidget(bar)

    def add_menu(self, title: str) -> QMenu:
        """A menu of another part of the UI, placed before Help (which stays last)."""
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        return menu

    # --- keyboard navigation -----------------------------------------------------------------

    def step_room(self, delta: int) -> None:
        """Alt+Down / Alt+Up: the next or previous conversation of the list, wrapping."""
        count = self.rooms.rowCount()
        if not count:
            return
        current = self.room_view.currentIndex().row()
        row = (current + delta) % count if current >= 0 else 0
        self.room_view.setCurrentIndex(self.rooms.index(row))
        self.composer.setFocus()

    def jump_dialog(self, names: list[str]) -> QInputDialog:
        dialog = item_prompt(
            self, self.tr("Jump to a conversation"), self.tr("Conversation:"), names, True
        )
        # What is typed stays as typed (no inline completion that a first Enter would only
        # accept): one Enter opens the conversation that best matches it (see _jump).
        for combo in dialog.findChildren(QtWidgets.QComboBox):
            combo.setCompleter(None)  # type: ignore[arg-type]  # None removes it
            combo.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        return dialog

    def jump_to_room(self) -> None:
        """Ctrl+K: type part of a conversation's name, Enter opens it."""
        rooms = [
            (str(index.data()), str(index.data(RoomRole.ROOM_ID)))
            for index in (self.rooms.index(r) for r in range(self.rooms.rowCount()))
        ]
        if rooms:
            self.tasks.run(self._jump(rooms))

    async def _jump(self, rooms: list[tuple[str, str]]) -> None:
        """By room id, not row: syncs go on while the prompt is open and reorder the list."""
        typed = (await answer_of(self.jump_dialog([n for n, _ in rooms])) or "").strip()
        typed = typed.casefold()
        # The whole name, else the first that starts with what was typed, else that contains it.
        found = (
            [r for n, r in rooms if n.casefold() == typed]
            or [r for n, r in rooms if typed and n.casefold().startswith(typed)]
            or [r for n, r in rooms if typed and typed in n.casefold()]
        )
        if found:
            self.select_room(found[0])
        self.restore_focus()

    def composer_focus(self) -> None:
        self.composer.setFocus()

    def restore_focus(self, *_result: object) -> None:
        """When a dialog closes, the keyboard comes back to the window (some platforms, and
        the offscreen one, leave no window active), on the message box when it can type."""
        self.activateWindow()
        (self.composer if self.composer.isEnabled() else self.room_view).setFocus()

    def find_step(self, text: str, direction: int) -> None:
        """Select the next match of `text` in the open conversation: direction -1 is older,
        +1 newer, 0 starts again from the newest message (the text changed)."""
        model = self.timeline_view.model()
        needle = text.casefold().strip()
        if not isinstance(model, TimelineModel) or not needle:
            self.find_bar.show_result(0, 0)
            return
        matches = [
            row
            for row, item in enumerate(model.items())
            if needle in display_body(item).casefold() or needle in item.sender_name.casefold()
        ]
        if not matches:
            self.find_bar.show_result(0, 0)
            return
        current = self.timeline_view.currentIndex().row()
        if direction == 0 or current < 0:
            row = matches[-1]
        elif direction < 0:
            row = next((r for r in reversed(matches) if r < current), matches[-1])
        else:
            row = next((r for r in matches if r > current), matches[0])
        index = model.index(row)
        self.timeline_view.setCurrentIndex(index)
        self.timeline_view.scrollTo(index)
        position = len(matches) - matches.index(row)  # 1 = the newest match
        self.find_bar.show_result(position, len(matches))

    def show_settings(self) -> None:
        from client.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.policy, self.settings_path, parent=self)
        dialog.finished.connect(self.restore_focus)
        # Notification choices apply at once (the language at the next start).
        dialog.accepted.connect(
            lambda: setattr(self, "user_settings", UserSettings.load(self.settings_path))
        )
        dialog.show()
        self.settings_dialog = dialog

    def show_shortcuts(self) -> None:
        from client.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.finished.connect(self.restore_focus)
        dialog.show()
        self.shortcuts_dialog = dialog

    # --- core events -------------------------------------------------------------------------

    def _on_room_updated(self, summary: RoomSummary) -> None:
        self.rooms.upsert(summary)
        self.unread_changed()
        if summary.room_id == self.current_room:
            self._show_room_header(summary)
        if self.current_room is None and self.rooms.rowCount() == 1:
            self.select_room(summary.room_id)

    def unread_changed(self) -> None:
        """The unread total is shown again once after a burst of changes (1,000 rooms at
        start, or a conversation muted)."""
        self._unread_timer.start()

    def _show_unread_total(self) -> None:
        """The unread badge: the total in the window title (and the tray's tooltip)."""
        total = self.rooms.total_unread()
        title = self.tr("Pli — {user}").format(user=self.session.user_id)
        unread = self.tr("%n unread message(s)", "", total) if total else ""
        self.setWindowTitle(f"({total}) {title}" if total else title)
        self.notifier.set_unread(unread)

    def _on_room_removed(self, room_id: str) -> None:
        if room_id == self.current_room:
            # Unset first: removing the current row would make the list select its neighbour,
            # opening a conversation the user did not choose (and, when many rooms go at once,
            # opening each of them in turn).
            self.room_view.setCurrentIndex(QModelIndex())
        self.rooms.remove(room_id)
        if room_id == self.current_room:
            # What was typed there stays its draft (shown again if the conversation comes
            # back), never carried into the next conversation opened.
            text = self.composer.toPlainText()
            if text:
                self.drafts[room_id] = text
            self.composer.clear()
            self.current_room = None
            self.timeline_view.setModel(None)
            self.room_title.setText(self.tr("Choose a conversation"))
            self.topic_label.hide()
            self.sovereignty_banner.hide()
            self.room_actions.refresh()
            self._refresh_composer()

    def _timeline(self, room_id: str) -> TimelineModel:
        model = self.timelines.get(room_id)
        if model is None:
            model = TimelineModel(room_id, self)
            for item in self.session.timeline(room_id):
                model.add(item)
            self.timelines[room_id] = model
        return model

    def _on_item(self, item: TimelineItem) -> None:
        model = self.timelines.get(item.room_id)
        newest = True  # a room not opened yet: freshness alone decides (notice_for)
        if model is not None:
            reading_latest = self.timeline_view.at_bottom()
            model.add(item)
            newest = model.rowCount() > 0 and model.item(model.rowCount() - 1) is item
            if item.room_id == self.current_room and newest:  # not older history coming in
                if reading_latest or item.own:  # not while the user reads older messages
                    self.timeline_view.scrollToBottom()
                if self.isVisible() and not item.own:
                    self.tasks.run(self.session.mark_read(item.room_id))
                if not item.own and time.time() * 1000 - item.timestamp < 120_000:
                    # Only what just arrived: the history a first sync loads is not news.
                    self.announcer.announce(
                        self.tr("{sender}: {text}").format(
                            sender=item.sender_name, text=display_body(item)[:300]
                        )
                    )
        if newest:
            looking = item.room_id == self.current_room and self.isActiveWindow()
            self._maybe_notify(item, shown=looking)

    def _maybe_notify(self, item: TimelineItem, shown: bool) -> None:
        """A desktop notification, unless the user is looking at this conversation."""
        settings = self.user_settings
        if shown or not settings.notifications:
            return
        notice = notice_for(
            item,
            self.rooms.summary(item.room_id),
            int(time.time() * 1000),
            settings.keywords,
            settings.muted_rooms,
            bool(self.policy.get("hide_message_text_in_notifications")),
        )
        if notice is not None:
            self.notifier.notify(notice)

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _on_item_removed(self, room_id: str, event_id: str) -> None:
        model = self.timelines.get(room_id)
        if model is not None:
            model.remove(event_id)
        if room_id == self.current_room:
            self._refresh_composer()

    def _on_item_changed(self, item: TimelineItem) -> None:
        if item.room_id in self.timelines:
            self.timelines[item.room_id].change(item)
        if item.room_id == self.current_room and item.own:
            self._refresh_composer()  # a message refused, or retried

    # --- typing and read receipts ------------------------------------------------------------

    def _on_activity(self, activity: RoomActivity) -> None:
        model = self.timelines.get(activity.room_id)
        if model is not None:
            model.set_seen(activity.seen)
        if activity.room_id == self.current_room:
            self._show_typing(activity.typing)

    def _show_typing(self, names: tuple[str, ...]) -> None:
        if not names:
            text = ""
        elif len(names) == 1:
            text = self.tr("{name} is typing…").format(name=names[0])
        elif len(names) == 2:
            text = self.tr("{first} and {second} are typing…").format(
                first=names[0], second=names[1]
            )
        else:
            text = self.tr("Several people are typing…")
        self.typing_label.setText(text)
        self.typing_label.setAccessibleDescription(text)

    def _typing_changed(self) -> None:
        """Tell the room we type (again every 20 s while we do), and when we stop."""
        room_id = self.current_room
        if room_id is None or not self.composer.isEnabled() or not self.session.logged_in:
            return
        typing = bool(self.composer.toPlainText().strip())
        now = time.monotonic()
        if typing and now - self._typing_since > 20:
            self._typing_since = now
            self.tasks.run(self.session.set_typing(room_id, True))
        elif not typing and self._typing_since:
            self._typing_since = 0.0
            self.tasks.run(self.session.set_typing(room_id, False))

    def _on_connection(self, change: ConnectionChanged) -> None:
        texts = {
            ConnectionState.CONNECTING: self.tr("Connecting…"),
            ConnectionState.ONLINE: self.tr("Online"),
            ConnectionState.RECONNECTING: self.tr("Connection lost — reconnecting…"),
            ConnectionState.OFFLINE: self.tr("Offline — retrying in {seconds} s"),
        }
        text = texts[change.state].format(seconds=round(change.retry_in))
        self.connection_label.setText(text)
        self.connection_label.setAccessibleDescription(text)

    # --- rooms -------------------------------------------------------------------------------

    def select_room(self, room_id: str) -> None:
        row = self.rooms.row_of(room_id)
        if row >= 0:
            self.room_view.setCurrentIndex(self.rooms.index(row))

    def _on_room_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        summary: RoomSummary = current.data(RoomRole.SUMMARY)
        if self.current_room is not None and self.current_room != summary.room_id:
            self.drafts[self.current_room] = self.composer.toPlainText()
            self.composer.setPlainText(self.drafts.pop(summary.room_id, ""))
        if self._typing_since and self.current_room is not None and self.session.logged_in:
            self._typing_since = 0.0
            self.tasks.run(self.session.set_typing(self.current_room, False))
        self.current_room = summary.room_id
        self.send_problem = ""  # a problem of another conversation's message
        model = self._timeline(summary.room_id)
        self.timeline_view.setModel(model)
        model.set_unread_marker(summary.unread)
        activity = self.session.activity(summary.room_id)
        model.set_seen(activity.seen)
        self._show_typing(activity.typing)
        self.timeline_view.scrollToBottom()
        self.timeline_view.doItemsLayout()
        if self.timeline_view.verticalScrollBar().maximum() == 0:
            self.load_older()  # too few rows to scroll: fetch some history at once
        self._show_room_header(summary)
        self._refresh_composer()
        self.roomShown.emit(summary.room_id)
        if not summary.is_invite and summary.unread:
            self.tasks.run(self.session.mark_read(summary.room_id))

    def load_older(self) -> None:
        """Back-pagination for the open conversation (scrolled to the top, or Up on the first
        message); the loading strip shows meanwhile, and the row being read stays put."""
        room_id = self.current_room
        if room_id is None or room_id in self._loading_older or not self.session.has_older(room_id):
            return
        self._loading_older.add(room_id)
        self.timeline_view.set_loading(True)
        anchor = self.timeline_view.top_event_id()

        async def load() -> None:
            try:
                added = await self.session.load_older(room_id)
            finally:
                self._loading_older.discard(room_id)
                if room_id == self.current_room:
                    self.timeline_view.set_loading(False)
            if room_id == self.current_room:
                self.timeline_view.keep_at_top(anchor)
                self.announcer.announce(
                    self.tr("%n older message(s) loaded", "", added)
                    if added
                    else self.tr("This is the start of the conversation.")
                )

        self.tasks.run(load(), on_error=self._older_failed)

    def _older_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("Older messages could not be loaded: {reason}").format(
                reason=error_text(error)
            ),
            10_000,
        )

    def _show_room_header(self, summary: RoomSummary) -> None:
        self.room_title.setText(summary.name)
        if summary.encrypted:
            self.encryption_label.setText(self.tr("End-to-end encrypted"))
        else:
            self.encryption_label.setText(
                self.tr("Not encrypted: do not share sensitive information")
            )
        self.encryption_icon.setPixmap(shield(summary.encrypted).pixmap(18, 18))
        self.encryption_label.setAccessibleDescription(self.encryption_label.text())
        self.topic_label.setText(summary.topic)
        self.topic_label.setAccessibleDescription(summary.topic)
        self.topic_label.setVisible(bool(summary.topic))
        external = ""
        if summary.external:
            external = self.tr("⚠ External participants from {servers}").format(
                servers=", ".join(summary.external)
            )
        self.sovereignty_banner.setText(external)
        self.sovereignty_banner.setAccessibleDescription(external)
        self.sovereignty_banner.setVisible(bool(external))
        self.room_actions.refresh()
        self.invite_bar.setVisible(summary.is_invite)
        if summary.is_invite:
            self.invite_label.setText(
                self.tr("{inviter} invites you to this conversation.").format(
                    inviter=summary.inviter or self.tr("Someone")
                )
            )
        self._refresh_composer()

    def accept_invite(self) -> None:
        room_id = self.current_room
        if room_id is None:
            return
        self.accept_button.setEnabled(False)
        self.tasks.run(
            self.session.accept_invite(room_id),
            on_done=lambda _: self.accept_button.setEnabled(True),
            on_error=self._invite_failed,
        )

    def decline_invite(self) -> None:
        room_id = self.current_room
        if room_id is None:
            return
        self.tasks.run(self.session.decline_invite(room_id), on_error=self._invite_failed)

    def _invite_failed(self, error: BaseException) -> None:
        self.accept_button.setEnabled(True)
        self.statusBar().showMessage(error_text(error), 15000)

    def new_chat_dialog(self) -> QInputDialog:
        return text_prompt(
            self,
            self.tr("New direct chat"),
            self.tr("Address of the person (for example @marie.dupont:example.gouv.fr):"),
        )

    def ask_new_chat(self) -> None:
        self.tasks.run(self._ask_new_chat())

    async def _ask_new_chat(self) -> None:
        user_id = await answer_of(self.new_chat_dialog())
        if user_id and user_id.strip():
            self.start_direct_chat(user_id.strip())
        else:
            self.restore_focus()

    def start_direct_chat(self, user_id: str) -> asyncio.Task[Any]:
        self.statusBar().showMessage(
            self.tr("Creating an encrypted chat with {user}…").format(user=user_id)
        )
        return self.tasks.run(
            self.session.create_direct_chat(user_id),
            on_done=self._direct_chat_ready,
            on_error=lambda error: self.statusBar().showMessage(error_text(error), 15000),
        )

    def _direct_chat_ready(self, room_id: str) -> None:
        self.statusBar().clearMessage()
        self.select_room(room_id)

    # --- sending -----------------------------------------------------------------------------
    # A message goes to the session's outbox (durable and encrypted) the moment the user sends
    # it: the composer is free at once, the row shows "Sending…" until the server has it, and
    # the session sends it again by itself after an outage or a restart, to the room it was
    # written for. A message the server refuses shows "Not sent"; the bar under the timeline
    # offers Retry and Discard for it. Nothing is dropped silently.

    def send(self, text: str) -> None:
        room_id = self.current_room
        if room_id is None or not text.strip():
            return
        self.composer.clear()  # before queueing: a reordered room list must not see it
        try:
            self.message_actions.send(room_id, text)
        except PliError as error:  # not written anywhere: the text stays in the box
            self.composer.setPlainText(text)
            self.send_problem = error_text(error)
            self._refresh_composer()
            return
        self.send_problem = ""
        self.composer.setFocus()
        self._refresh_composer()

    def stop_sending(self, item: TimelineItem) -> None:
        """A message (or file) not on the server yet that the user no longer wants sent."""
        if not item.own or item.state not in (ItemState.PENDING, ItemState.FAILED):
            return
        for entry in self.session.outbox_entries(item.room_id):
            if entry.local_id == item.event_id:
                self.session.discard_message(entry.txn_id)
        self._refresh_composer()

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if local_files(event.mimeData()) and self.attach_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths and self.attach_button.isEnabled():
            event.acceptProposedAction()
            self.tasks.run(self.file_actions.confirm_and_attach([Path(p) for p in paths]))

    def _failed_messages(self) -> list[OutboxEntry]:
        if self.current_room is None or self.session.outbox is None:
            return []
        return self.session.outbox_entries(self.current_room, failed_only=True)

    def retry_send(self) -> None:
        """Retry: the first refused message of this conversation, with its transaction id."""
        failed = self._failed_messages()
        if failed:
            self.session.retry_message(failed[0].txn_id)
        self._refresh_composer()

    def discard_failed(self) -> None:
        failed = self._failed_messages()
        if failed:
            self.session.discard_message(failed[0].txn_id)
        self._refresh_composer()

    def _refresh_composer(self) -> None:
        room_id = self.current_room
        summary = self.rooms.summary(room_id) if room_id else None
        can_send = summary is not None and not summary.is_invite and summary.can_send
        self.composer.setEnabled(can_send)
        self.send_button.setEnabled(can_send)
        self.attach_button.setEnabled(can_send)
        failed = self._failed_messages()
        if self.send_problem:
            self.error_label.setText(self.send_problem)
        elif failed:
            self.error_label.setText(
                self.tr("A message could not be sent: {reason}").format(reason=failed[0].failed)
            )
        self.error_label.setAccessibleDescription(self.error_label.text())
        self.retry_button.setVisible(bool(failed) and not self.send_problem)
        self.discard_button.setVisible(bool(failed) and not self.send_problem)
        self.error_bar.setVisible(bool(self.send_problem or failed))
        if summary is not None and not summary.encrypted:
            self.composer.setPlaceholderText(self.tr("Write a message (NOT encrypted)…"))
        else:
            self.composer.setPlaceholderText(self.tr("Write an encrypted message…"))

    def has_unsent_text(self) -> bool:
        """Typed text not sent yet (what is in the outbox is kept and goes out later)."""
        if self.composer.toPlainText().strip():
            return True
        return any(text.strip() for room, text in self.drafts.items() if room != self.current_room)

    # --- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: Any) -> None:
        if not self._close_confirmed and self.has_unsent_text():
            event.ignore()
            self.tasks.run(self._confirm_close())
            return
        self.closed.emit()
        super().closeEvent(event)

    def quit_box(self) -> QMessageBox:
        return question_box(
            self,
            self.tr("Quit Pli"),
            self.tr("Some text you typed has not been sent. Quit anyway and lose it?"),
        )

    async def _confirm_close(self) -> None:
        if await answered_yes(self.quit_box()):
            self._close_confirmed = True
            self.close()
