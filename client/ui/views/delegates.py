"""Painting of room rows (name, last message, unread badge, shield); timeline rows are in
timeline_delegate.py."""

from __future__ import annotations

from client.ui.models.rooms import RoomRole
from client.ui.palette import row_text, selected_text
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
        name_rect = QRect(rect.left() + line + 4, rect.top(), rect.width() - 52 - 2 * line, line)
        name = QFontMetrics(bold).elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )

        muted = bool(index.data(RoomRole.MUTED))
        if muted:  # a shape, not only a colour: the crossed bell left of the badge
            painter.drawText(
                QRect(rect.right() - 34 - line - 4, rect.top(), line + 4, line),
                Qt.AlignmentFlag.AlignCenter,
                "\N{BELL WITH CANCELLATION STROKE}",
            )
        if unread:
            badge = QRect(rect.right() - 34, rect.top(), 34, line)
            # A muted conversation's count is drawn in the neutral mid colour: still there,
            # not calling for attention (and left out of the window title's total).
            painter.setBrush(
                option.palette.color(
                    QPalette.ColorRole.Mid if muted else QPalette.ColorRole.Highlight
                )
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, line / 2, line / 2)
            painter.setPen(
                option.palette.color(QPalette.ColorRole.WindowText)
                if muted
                else selected_text(option.palette)
            )
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
