"""Painting of room rows and timeline rows (name, last message, unread badge, shield;
sender, time, wrapped text, a muted italic placeholder while the key is missing)."""

from __future__ import annotations

from client.core.events import ItemState
from client.ui.models.rooms import RoomRole
from client.ui.models.timeline import TimelineRole
from client.ui.palette import muted_text, own_name, row_text, selected_text
from client.ui.qt import (
    QFont,
    QFontMetrics,
    QModelIndex,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
)
from client.ui.widgets.icons import shield

PAD = 8


def draw_row_background(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The style's own row background (selection, hover, focus), under our painting."""
    style = option.widget.style() if option.widget else None
    if style is not None:
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )


class RoomDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + PAD * 2 + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        draw_row_background(painter, option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(row_text(option.palette, selected))
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        metrics = QFontMetrics(option.font)
        line = metrics.height()

        unread = int(index.data(RoomRole.UNREAD) or 0)
        invite = bool(index.data(RoomRole.INVITE))
        encrypted = bool(index.data(RoomRole.ENCRYPTED))
        bold = QFont(option.font)
        bold.setBold(unread > 0 or invite)
        painter.setFont(bold)
        shield(encrypted).paint(painter, QRect(rect.left(), rect.top(), line, line))
        name_rect = QRect(rect.left() + line + 4, rect.top(), rect.width() - 44 - line, line)
        name = QFontMetrics(bold).elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )

        if unread:
            badge = QRect(rect.right() - 34, rect.top(), 34, line)
            painter.setBrush(option.palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, line / 2, line / 2)
            painter.setPen(selected_text(option.palette))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(min(unread, 999)))

        painter.setFont(option.font)
        painter.setPen(row_text(option.palette, selected))
        if invite:
            from client.ui.qt import QCoreApplication

            second = QCoreApplication.translate(
                "RoomDelegate", "Invitation — open to accept or decline"
            )
        else:
            second = str(index.data(RoomRole.LAST_MESSAGE) or "")
        second = metrics.elidedText(
            second.replace("\n", " "), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            second,
        )
        painter.restore()


class TimelineDelegate(QStyledItemDelegate):
    def _body_rect(self, option: QStyleOptionViewItem, width: int) -> QRect:
        metrics = QFontMetrics(option.font)
        return metrics.boundingRect(
            QRect(0, 0, max(50, width - 2 * PAD), 100000), int(Qt.TextFlag.TextWordWrap), "x"
        )

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 600
        if option.widget is not None:
            width = option.widget.width() - 20
        metrics = QFontMetrics(option.font)
        body = metrics.boundingRect(
            QRect(0, 0, max(50, width - 2 * PAD), 100000),
            int(Qt.TextFlag.TextWordWrap),
            str(index.data()),
        )
        return QSize(width, metrics.height() + body.height() + PAD * 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        draw_row_background(painter, option)
        rect = option.rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = row_text(option.palette, selected)

        when = str(index.data(TimelineRole.TIME))
        when_width = metrics.horizontalAdvance(when) + PAD  # a date makes it wider
        header = QFont(option.font)
        header.setBold(True)
        painter.setFont(header)
        own = bool(index.data(TimelineRole.OWN))
        painter.setPen(own_name(option.palette, selected) if own else text_color)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width() - when_width, line),
            Qt.AlignmentFlag.AlignLeft,
            str(index.data(TimelineRole.SENDER)),
        )
        painter.setFont(option.font)
        painter.setPen(muted_text(option.palette, selected))
        painter.drawText(
            QRect(rect.right() - when_width, rect.top(), when_width, line),
            Qt.AlignmentFlag.AlignRight,
            when,
        )

        body_font = QFont(option.font)
        waiting = index.data(TimelineRole.STATE) is not ItemState.SENT
        if waiting:
            body_font.setItalic(True)
            painter.setPen(muted_text(option.palette, selected))
        else:
            painter.setPen(text_color)
        painter.setFont(body_font)
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), rect.height() - line),
            int(Qt.TextFlag.TextWordWrap),
            str(index.data()),
        )
        painter.restore()
