"""Painting of timeline rows: day separators, the "New messages" marker, sender grouping, the
quoted message a reply answers, rich text (sanitised HTML only: core's rich_text), "edited",
reactions as chips, mentions with an accent bar and the words "mentions you" for screen
readers (never colour alone).

One layout function serves sizeHint, paint and hit-testing (TimelineView asks it which link,
reaction or quote is under the mouse), so they cannot disagree.

    ┌──────────── jeudi 26 novembre 2026 ────────────┐   day separator (first row of a day)
    │ ─────────────── New messages ───────────────── │   unread marker
    │ Camille                              14:02 ✎   │   header (not repeated for a group)
    │ ▎Moi: La note est prête ?                      │   quote of the replied message
    │ Oui, **envoyée**.                              │   body (QTextDocument)
    │ [👍 2] [🎉 1]                                   │   reactions
    └────────────────────────────────────────────────┘
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from client.core.events import ItemState, Reaction, Shield, TimelineItem
from client.ui.models.timeline import (
    TimelineModel,
    attachment_text,
    authenticity_text,
    display_body,
    display_time,
    seen_text,
)
from client.ui.palette import muted_text, own_name, readable, row_text, warning_text
from client.ui.qt import (
    QColor,
    QCoreApplication,
    QDateTime,
    QFont,
    QFontMetrics,
    QLocale,
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
    QtCore,
    QtGui,
)
from client.ui.views.delegates import PAD, draw_row_background

GROUP_WINDOW_MS = 5 * 60 * 1000  # a sender's messages closer than this share one header
DOC_CACHE = 400  # laid-out documents kept (a screenful needs ~30)
ACCENT = 3  # width of the mention / quote bar
SHIELD_GLYPH = "\N{WARNING SIGN}"  # beside the authenticity sentence (the words say it all)

_Index = QModelIndex | QPersistentModelIndex


def day_of(item: TimelineItem) -> date | None:
    if not item.timestamp:
        return None
    day = QDateTime.fromMSecsSinceEpoch(item.timestamp).date()
    return date(day.year(), day.month(), day.day())


def day_label(day: date, today: date | None = None) -> str:
    today = today or date.today()
    if day == today:
        return QCoreApplication.translate("TimelineDelegate", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("TimelineDelegate", "Yesterday")
    return str(
        QLocale().toString(
            QtCore.QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
    )


def starts_day(item: TimelineItem, previous: TimelineItem | None) -> bool:
    return day_of(item) is not None and (previous is None or day_of(previous) != day_of(item))


def continues_group(item: TimelineItem, previous: TimelineItem | None) -> bool:
    """Same sender, same day, a few minutes apart, both plain sent messages: no new header."""
    return (
        previous is not None
        and previous.sender == item.sender
        and item.state is ItemState.SENT
        and previous.state is ItemState.SENT
        and 0 <= item.timestamp - previous.timestamp <= GROUP_WINDOW_MS
        and day_of(item) == day_of(previous)
    )


def row_width(option: QStyleOptionViewItem) -> int:
    """The width rows are laid out for: the view's viewport (sizeHint gets no useful rect)."""
    viewport = getattr(option.widget, "viewport", None)
    if callable(viewport) and viewport().width() > 0:
        return int(viewport().width())
    return option.rect.width() if option.rect.width() > 0 else 600


@dataclass
class RowLayout:
    height: int = 0
    day: QRect | None = None
    day_text: str = ""
    marker: QRect | None = None
    header: QRect | None = None
    quote: QRect | None = None
    quote_text: str = ""
    body: QRect = field(default_factory=QRect)
    document: QtGui.QTextDocument | None = None
    chips: list[tuple[QRect, Reaction]] = field(default_factory=list)
    seen: QRect | None = None
    seen_text: str = ""
    attachment: QRect | None = None  # the file chip or the image
    attachment_text: str = ""
    is_image: bool = False
    image: QtGui.QImage | None = None
    progress: QRect | None = None
    progress_value: tuple[int, int] = (0, 0)
    shield: QRect | None = None  # the authenticity sentence under the message (issue 15.2)
    shield_text: str = ""


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        # The window's thumbnail cache (file_actions.FileActions.thumbnail): an image row's
        # picture once downloaded, None meanwhile.
        self.thumbnails: Callable[[TimelineItem, bool], QtGui.QImage | None] | None = None
        self._documents: OrderedDict[tuple[object, ...], QtGui.QTextDocument] = OrderedDict()

    # --- layout ----------------------------------------------------------------------------------

    def layout(self, option: QStyleOptionViewItem, index: _Index, load: bool = True) -> RowLayout:
        """`load`: may this layout start downloading an image? Only for rows being painted
        (sizeHint runs for every row of the room)."""
        model = index.model()
        item: TimelineItem = model.item(index.row())  # type: ignore[attr-defined]
        previous = model.item(index.row() - 1) if index.row() > 0 else None  # type: ignore[attr-defined]
        width = row_width(option)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        inner = max(50, width - 2 * PAD)
        out = RowLayout()
        y = PAD // 2
        if starts_day(item, previous):
            day = day_of(item)
            assert day is not None
            out.day, out.day_text = QRect(PAD, y, inner, line + PAD), day_label(day)
            y += line + PAD
        if isinstance(model, TimelineModel) and model.unread_from == item.event_id:
            out.marker = QRect(PAD, y, inner, line + 4)
            y += line + 4
        if not continues_group(item, previous) or out.day is not None or out.marker is not None:
            out.header = QRect(PAD, y, inner, line)
            y += line + 2
        if item.reply_to:
            parent = model.find(item.reply_to) if isinstance(model, TimelineModel) else None
            quoted = (
                QCoreApplication.translate("TimelineDelegate", "{sender}: {text}").format(
                    sender=parent.sender_name, text=display_body(parent).split("\n")[0]
                )
                if parent is not None
                else QCoreApplication.translate(
                    "TimelineDelegate", "In reply to an earlier message"
                )
            )
            out.quote_text = metrics.elidedText(
                quoted, Qt.TextElideMode.ElideRight, inner - ACCENT - PAD
            )
            out.quote = QRect(PAD, y, inner, line + 4)
            y += line + 6
        attachment = (
            item.attachment
            if item.state in (ItemState.SENT, ItemState.PENDING, ItemState.FAILED)
            else None
        )
        if attachment is not None:
            image = self.thumbnails(item, load) if self.thumbnails is not None else None
            if image is not None:
                out.image = image
                out.attachment = QRect(PAD, y, image.width(), image.height())
            else:
                out.attachment = QRect(PAD, y, min(inner, 360), line * 2 + PAD)
            out.attachment_text = attachment_text(attachment)
            out.is_image = attachment.is_image
            y += out.attachment.height() + 4
            progress = (
                model.progress.get(item.event_id) if isinstance(model, TimelineModel) else None
            )
            if item.state is ItemState.PENDING and progress is not None:
                out.progress = QRect(PAD, y, min(inner, 360), line)
                out.progress_value = progress
                y += line + 4
        else:
            document = self.document(item, option, inner)
            height = int(document.size().height())
            out.document, out.body = document, QRect(PAD, y, inner, height)
            y += height
        warning = authenticity_text(item.authenticity) if item.state is ItemState.SENT else ""
        if warning:
            y += 2
            out.shield_text = metrics.elidedText(
                f"{SHIELD_GLYPH} {warning}", Qt.TextElideMode.ElideRight, inner
            )
            out.shield = QRect(PAD, y, inner, line)
            y += line + 2
        if item.reactions:
            y += 2
            x = PAD
            for reaction in item.reactions:
                text = f"{reaction.key} {reaction.count}"
                chip_width = metrics.horizontalAdvance(text) + 2 * PAD
                if x + chip_width > PAD + inner and x > PAD:
                    x, y = PAD, y + line + 8
                out.chips.append((QRect(x, y, chip_width, line + 4), reaction))
                x += chip_width + 4
            y += line + 6
        if isinstance(model, TimelineModel) and item.event_id in model.seen:
            out.seen_text = metrics.elidedText(
                seen_text(model.seen[item.event_id]), Qt.TextElideMode.ElideLeft, inner
            )
            out.seen = QRect(PAD, y + 2, inner, line)
            y += line + 2
        out.height = y + PAD // 2
        return out

    def document(
        self, item: TimelineItem, option: QStyleOptionViewItem, width: int
    ) -> QtGui.QTextDocument:
        font = QFont(option.font)
        special = item.state is not ItemState.SENT
        key = (item.event_id, item.body, item.html, item.state, width, font.toString())
        cached = self._documents.get(key)
        if cached is not None:
            self._documents.move_to_end(key)
            return cached
        document = QtGui.QTextDocument()
        document.setDocumentMargin(0)
        if special:
            font.setItalic(True)
        document.setDefaultFont(font)
        if item.html and not special:
            document.setHtml(item.html)  # sanitised in core (rich_text.sanitise)
        else:
            text = escape(display_body(item)).replace("\n", "<br>")
            if item.msgtype == "m.emote" and not special:
                text = f"* {escape(item.sender_name)} {text}"
            document.setHtml(text)
        document.setTextWidth(width)
        self._documents[key] = document
        if len(self._documents) > DOC_CACHE:
            self._documents.popitem(last=False)
        return document

    # --- QStyledItemDelegate ---------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(row_width(option), self.layout(option, index, load=False).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model = index.model()
        item: TimelineItem = model.item(index.row())  # type: ignore[attr-defined]
        layout = self.layout(option, index)
        painter.save()
        draw_row_background(painter, option)
        origin = option.rect.topLeft()
        painter.translate(origin)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = row_text(palette, selected)
        muted = muted_text(palette, selected)
        metrics = QFontMetrics(option.font)

        if layout.day is not None:
            painter.setPen(muted)
            mid = layout.day.center().y()
            label_width = metrics.horizontalAdvance(layout.day_text) + 2 * PAD
            left_end = layout.day.center().x() - label_width // 2
            painter.drawLine(layout.day.left(), mid, left_end, mid)
            painter.drawLine(left_end + label_width, mid, layout.day.right(), mid)
            painter.drawText(layout.day, Qt.AlignmentFlag.AlignCenter, layout.day_text)
        if layout.marker is not None:
            accent = readable(
                palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base)
            )
            painter.setPen(accent)
            mid = layout.marker.center().y()
            painter.drawLine(layout.marker.left(), mid, layout.marker.right(), mid)
            text = QCoreApplication.translate("TimelineDelegate", "New messages")
            box = QRect(0, 0, metrics.horizontalAdvance(text) + 2 * PAD, layout.marker.height())
            box.moveCenter(layout.marker.center())
            painter.fillRect(box, palette.color(QPalette.ColorRole.Base))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

        if item.mentions_me:
            top = layout.header.top() if layout.header is not None else layout.body.top()
            bar = QRect(1, top, ACCENT, layout.height - top - PAD // 2)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))

        if layout.header is not None:
            when = display_time(item)
            if item.edited:
                when = QCoreApplication.translate("TimelineDelegate", "{time} (edited)").format(
                    time=when
                )
            when_width = metrics.horizontalAdvance(when) + PAD
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(own_name(palette, selected) if item.own else text_color)
            painter.drawText(
                layout.header.adjusted(0, 0, -when_width, 0),
                Qt.AlignmentFlag.AlignLeft,
                item.sender_name,
            )
            painter.setFont(option.font)
            painter.setPen(muted)
            painter.drawText(layout.header, Qt.AlignmentFlag.AlignRight, when)
        elif item.edited:
            painter.setPen(muted)
            painter.drawText(
                layout.body,
                Qt.AlignmentFlag.AlignRight,
                QCoreApplication.translate("TimelineDelegate", "(edited)"),
            )

        if layout.quote is not None:
            painter.fillRect(
                QRect(layout.quote.left(), layout.quote.top(), ACCENT, layout.quote.height()),
                muted,
            )
            painter.setPen(muted)
            painter.drawText(
                layout.quote.adjusted(ACCENT + PAD, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                layout.quote_text,
            )

        if layout.document is not None:
            context = QtGui.QAbstractTextDocumentLayout.PaintContext()
            context.palette = QPalette(palette)
            body_color = text_color if item.state is ItemState.SENT else muted
            context.palette.setColor(QPalette.ColorRole.Text, body_color)
            painter.save()
            painter.translate(layout.body.topLeft())
            layout.document.documentLayout().draw(painter, context)
            painter.restore()

        if layout.attachment is not None:
            self._paint_attachment(painter, layout, palette, text_color, muted, metrics)

        if layout.shield is not None:
            small = QFont(option.font)
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
            painter.setFont(small)
            red = item.authenticity.shield is Shield.RED
            painter.setPen(warning_text(palette, selected) if red else muted)
            painter.drawText(layout.shield, Qt.AlignmentFlag.AlignLeft, layout.shield_text)
            painter.setFont(option.font)

        if layout.seen is not None:
            small = QFont(option.font)
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(layout.seen, Qt.AlignmentFlag.AlignRight, layout.seen_text)
            painter.setFont(option.font)

        for rect, reaction in layout.chips:
            mine = bool(reaction.own_event_id)
            painter.setPen(
                readable(
                    palette.color(QPalette.ColorRole.Highlight),
                    palette.color(QPalette.ColorRole.Base),
                    3.0,
                )
                if mine
                else muted
            )
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 6, 6)
            chip_font = QFont(option.font)
            chip_font.setBold(mine)
            painter.setFont(chip_font)
            painter.setPen(text_color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{reaction.key} {reaction.count}")
        painter.restore()

    def _paint_attachment(
        self,
        painter: QPainter,
        layout: RowLayout,
        palette: QPalette,
        text_color: QColor,
        muted: QColor,
        metrics: QFontMetrics,
    ) -> None:
        rect = layout.attachment
        assert rect is not None
        if layout.image is not None:
            painter.drawImage(rect.topLeft(), layout.image)
            painter.setPen(muted)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        else:
            painter.setPen(muted)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 6, 6)
            icon = (
                "🖼"
                if layout.attachment_text and "image" in layout.attachment_text.lower()
                else "📄"
            )
            line = metrics.height()
            painter.setPen(text_color)
            painter.drawText(
                QRect(rect.left() + PAD, rect.top() + PAD // 2, line * 2, line * 2),
                Qt.AlignmentFlag.AlignCenter,
                icon,
            )
            text_rect = rect.adjusted(line * 2 + PAD * 2, PAD // 2, -PAD, -PAD // 2)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(
                    layout.attachment_text, Qt.TextElideMode.ElideMiddle, text_rect.width()
                ),
            )
            painter.setPen(muted)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                QCoreApplication.translate("TimelineDelegate", "Click to open"),
            )
        if layout.progress is not None:
            done, total = layout.progress_value
            share = done / total if total else 0.0
            bar = layout.progress
            painter.setPen(muted)
            painter.drawRect(bar.adjusted(0, 0, -1, -1))
            filled = QRect(bar.left(), bar.top(), int(bar.width() * share), bar.height())
            painter.fillRect(filled, palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(text_color)
            painter.drawText(
                bar,
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("TimelineDelegate", "Uploading… {percent} %").format(
                    percent=int(share * 100)
                ),
            )

    # --- hit testing (TimelineView) --------------------------------------------------------------

    def link_at(self, option: QStyleOptionViewItem, index: _Index, x: int, y: int) -> str:
        """The link target under a point of the row (row coordinates), or ""."""
        layout = self.layout(option, index)
        if layout.document is None or not layout.body.contains(x, y):
            return ""
        point = QtCore.QPointF(x - layout.body.left(), y - layout.body.top())
        return str(layout.document.documentLayout().anchorAt(point) or "")

    def reaction_at(
        self, option: QStyleOptionViewItem, index: _Index, x: int, y: int
    ) -> Reaction | None:
        for rect, reaction in self.layout(option, index).chips:
            if rect.contains(x, y):
                return reaction
        return None

    def attachment_at(self, option: QStyleOptionViewItem, index: _Index, x: int, y: int) -> bool:
        rect = self.layout(option, index).attachment
        return rect is not None and rect.contains(x, y)

    def quote_at(self, option: QStyleOptionViewItem, index: _Index, x: int, y: int) -> bool:
        quote = self.layout(option, index).quote
        return quote is not None and quote.contains(x, y)
