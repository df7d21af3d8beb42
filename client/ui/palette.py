"""Colours derived from the system palette, never hard-coded: Pli follows light, dark and
high-contrast themes. Every derived text colour is pushed until it reads at WCAG AA contrast
(4.5:1) on its background, because the palette's own "placeholder" grey often does not."""

from __future__ import annotations

from client.ui.qt import QColor, QPalette

AA = 4.5


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def over(color: QColor, background: QColor) -> QColor:
    """`color` with its alpha composited onto an opaque background."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * alpha + background.redF() * (1 - alpha),
        color.greenF() * alpha + background.greenF() * (1 - alpha),
        color.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def readable(color: QColor, background: QColor, minimum: float = AA) -> QColor:
    """`color`, moved towards black or white (whichever the background contrasts with more)
    in small steps until it reaches `minimum` contrast on `background`."""
    color = over(color, background)
    target = QColor("black") if luminance(background) > 0.179 else QColor("white")
    for step in range(21):
        mix = step / 20
        candidate = QColor.fromRgbF(
            color.redF() * (1 - mix) + target.redF() * mix,
            color.greenF() * (1 - mix) + target.greenF() * mix,
            color.blueF() * (1 - mix) + target.blueF() * mix,
        )
        if contrast(candidate, background) >= minimum:
            return candidate
    return target


def muted_text(palette: QPalette, selected: bool = False) -> QColor:
    """Secondary text (times, "waiting for the key"): the placeholder tone, made readable."""
    background = palette.color(
        QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
    )
    return readable(palette.color(QPalette.ColorRole.PlaceholderText), background)


def own_name(palette: QPalette, selected: bool = False) -> QColor:
    """The user's own name in the timeline: the theme's link colour, made readable. (The
    name itself says who wrote it; the colour only helps scanning.)"""
    if selected:
        return selected_text(palette)
    return readable(palette.color(QPalette.ColorRole.Link), palette.color(QPalette.ColorRole.Base))


WARNING_RED = "#d1242f"  # Element's "critical" red; moved to AA on the theme's background


def warning_text(palette: QPalette, selected: bool = False) -> QColor:
    """A message's red authenticity warning: red, made readable (light and dark themes)."""
    if selected:
        return selected_text(palette)
    return readable(QColor(WARNING_RED), palette.color(QPalette.ColorRole.Base))


def selected_text(palette: QPalette) -> QColor:
    """Text on a selected row. Themes do not always reach AA there (Fusion's white on its
    blue is 3.7:1), so it is made readable like the rest."""
    return readable(
        palette.color(QPalette.ColorRole.HighlightedText),
        palette.color(QPalette.ColorRole.Highlight),
    )


def row_text(palette: QPalette, selected: bool) -> QColor:
    return selected_text(palette) if selected else palette.color(QPalette.ColorRole.Text)
