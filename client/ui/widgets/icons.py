"""Pli's SVG icons from resources/icons (no emoji: many workstations have no emoji font)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from client.ui.qt import QtGui

ICONS_DIR = Path(__file__).resolve().parent.parent.parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QtGui.QIcon:
    return QtGui.QIcon(str(ICONS_DIR / f"{name}.svg"))


def shield(encrypted: bool) -> QtGui.QIcon:
    return icon("encrypted" if encrypted else "not-encrypted")
