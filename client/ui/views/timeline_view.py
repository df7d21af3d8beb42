"""The timeline list: what a row offers besides being read.

Mouse: a link asks before opening (linkActivated; the window shows the real target), a
reaction chip adds or takes back my reaction, the quote of a reply jumps to the message it
answers. Keyboard (the list focused): the context menu (Menu key or Shift+F10) has Reply, React,
Edit, Delete and Copy for the current message; Alt+R reply, Alt+E edit, Alt+M react directly.
Scrolling to the top asks for older messages (olderRequested) while the strip above the list
says they are loading.
"""

from __future__ import annotations

from typing import Any

from client.core.events import ItemState, TimelineItem
from client.ui.models.timeline import TimelineModel
from client.ui.qt import (
    QAction,
    QApplication,
    QKeySequence,
    QLabel,
    QListView,
    QMenu,
    QModelIndex,
    QStyleOptionViewItem,
    Qt,
    QtGui,
    Signal,
)
from client.ui.views.timeline_delegate import TimelineDelegate


class TimelineView(QListView):
    replyRequested = Signal(object)  # TimelineItem
    editRequested = Signal(object)
    reactRequested = Signal(object)  # open the emoji picker for it
    reactionToggled = Signal(object, object)  # TimelineItem, Reaction
    deleteRequested = Signal(object)
    linkActivated = Signal(str)
    attachmentActivated = Signal(object)  # TimelineItem: open its file (a click on it)
    saveRequested = Signal(object)  # TimelineItem: save its file where the user says
    cancelRequested = Signal(object)  # TimelineItem: stop sending it (pending or failed)
    olderRequested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Messages"))
        self.setAccessibleDescription(
            self.tr(
                "Arrow keys move between messages. The context menu key offers reply, react, "
                "edit, delete, copy, and open or save a file."
            )
        )
        self.timeline_delegate = TimelineDelegate(self)
        self.setItemDelegate(self.timeline_delegate)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMouseTracking(True)
        self.can_redact_others = False  # the room's power levels allow deleting others' messages
        self.loading = QLabel(self.tr("Loading older messages…"), self)
        self.loading.setObjectName("loadingOlder")
        self.loading.setAccessibleName(self.tr("Loading older messages"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setAutoFillBackground(True)
        self.loading.hide()
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        for shortcut, signal in (
            ("Alt+R", self.replyRequested),
            ("Alt+E", self.editRequested),
            ("Alt+M", self.reactRequested),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, s=signal: self._emit_for_current(s))
            self.addAction(action)

    # --- loading older messages ------------------------------------------------------------------

    def set_loading(self, loading: bool) -> None:
        self.loading.setVisible(loading)
        if loading:
            self.loading.setGeometry(0, 0, self.viewport().width(), self.fontMetrics().height() * 2)
            self.loading.raise_()

    def keep_at_top(self, event_id: str) -> None:
        """After older rows came in above: the row the user was reading stays where it was."""
        model = self.model()
        if isinstance(model, TimelineModel) and model.row_of(event_id) >= 0:
            self.scrollTo(
                model.index(model.row_of(event_id), 0), QListView.ScrollHint.PositionAtTop
            )

    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def top_event_id(self) -> str:
        item = self.item_at_row(self.indexAt(self.viewport().rect().topLeft()).row())
        return item.event_id if item is not None else ""

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        at_top = self.currentIndex().row() <= 0
        if at_top and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Home):
            self.olderRequested.emit()  # also when the rows do not fill the view yet
        super().keyPressEvent(event)

    def _scrolled(self, value: int) -> None:
        model = self.model()
        if value == self.verticalScrollBar().minimum() and model is not None and model.rowCount():
            self.olderRequested.emit()

    # --- rows ------------------------------------------------------------------------------------

    def item_at_row(self, row: int) -> TimelineItem | None:
        model = self.model()
        if not isinstance(model, TimelineModel) or not 0 <= row < model.rowCount():
            return None
        return model.item(row)

    def current_item(self) -> TimelineItem | None:
        return self.item_at_row(self.currentIndex().row())

    def jump_to(self, event_id: str) -> bool:
        model = self.model()
        if not isinstance(model, TimelineModel) or model.row_of(event_id) < 0:
            return False
        index = model.index(model.row_of(event_id))
        self.setCurrentIndex(index)
        self.scrollTo(index, QListView.ScrollHint.PositionAtCenter)
        return True

    def _option(self, index: QModelIndex) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return option

    def _hit(self, position: Any) -> tuple[QModelIndex, QStyleOptionViewItem, int, int]:
        index = self.indexAt(position)
        option = self._option(index)
        return index, option, position.x() - option.rect.left(), position.y() - option.rect.top()

    # --- mouse -----------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        index, option, x, y = self._hit(event.position().toPoint())
        active = index.isValid() and bool(
            self.timeline_delegate.link_at(option, index, x, y)
            or self.timeline_delegate.reaction_at(option, index, x, y)
            or self.timeline_delegate.quote_at(option, index, x, y)
            or self.timeline_delegate.attachment_at(option, index, x, y)
        )
        shape = Qt.CursorShape.PointingHandCursor if active else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index, option, x, y = self._hit(event.position().toPoint())
        item = self.item_at_row(index.row()) if index.isValid() else None
        if item is None:
            return
        link = self.timeline_delegate.link_at(option, index, x, y)
        if link:
            self.linkActivated.emit(link)
            return
        if (
            item.attachment is not None
            and item.attachment.url
            and (self.timeline_delegate.attachment_at(option, index, x, y))
        ):
            self.attachmentActivated.emit(item)
            return
        reaction = self.timeline_delegate.reaction_at(option, index, x, y)
        if reaction is not None:
            self.reactionToggled.emit(item, reaction)
            return
        if item.reply_to and self.timeline_delegate.quote_at(option, index, x, y):
            self.jump_to(item.reply_to)

    # --- context menu ----------------------------------------------------------------------------

    def contextMenuEvent(self, event: QtGui.QContextMenuEvent) -> None:
        if event.reason() == QtGui.QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid():
                self.setCurrentIndex(index)
        item = self.current_item()
        if item is None:
            return
        menu = self.menu_for(item)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one menu per right click
        position = event.globalPos()
        if event.reason() != QtGui.QContextMenuEvent.Reason.Mouse:
            rect = self.visualRect(self.currentIndex())
            position = self.viewport().mapToGlobal(rect.topLeft())
        menu.popup(position)

    def menu_for(self, item: TimelineItem) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("messageMenu")
        menu.setAccessibleName(self.tr("Message actions"))
        on_server = item.state is ItemState.SENT
        entries = [
            (self.tr("&Reply"), "Alt+R", on_server, lambda: self.replyRequested.emit(item)),
            (self.tr("Re&act…"), "Alt+M", on_server, lambda: self.reactRequested.emit(item)),
            (
                self.tr("&Edit"),
                "Alt+E",
                on_server and item.own,
                lambda: self.editRequested.emit(item),
            ),
            (
                self.tr("&Delete…"),
                "",
                on_server and (item.own or self.can_redact_others),
                lambda: self.deleteRequested.emit(item),
            ),
            (self.tr("&Copy text"), "", bool(item.body) and item.attachment is None,
             lambda: self._copy(item)),
        ]  # fmt: skip
        if item.attachment is not None and item.attachment.url:
            entries[0:0] = [
                (self.tr("&Open"), "", on_server, lambda: self.attachmentActivated.emit(item)),
                (self.tr("&Save as…"), "", on_server, lambda: self.saveRequested.emit(item)),
            ]
        if item.own and item.state in (ItemState.PENDING, ItemState.FAILED):
            entries.append(
                (self.tr("S&top sending"), "", True, lambda: self.cancelRequested.emit(item))
            )
        for text, shortcut, enabled, slot in entries:
            action = menu.addAction(text)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setEnabled(bool(enabled))
            action.triggered.connect(slot)
        for reaction in item.reactions:
            if reaction.own_event_id:
                action = menu.addAction(self.tr("Take back {key}").format(key=reaction.key))
                action.triggered.connect(
                    lambda _=False, r=reaction: self.reactionToggled.emit(item, r)
                )
        return menu

    def _emit_for_current(self, signal: Any) -> None:
        item = self.current_item()
        if item is None or item.state is not ItemState.SENT:
            return
        if signal is self.editRequested and not item.own:
            return
        signal.emit(item)

    @staticmethod
    def _copy(item: TimelineItem) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(item.body)
