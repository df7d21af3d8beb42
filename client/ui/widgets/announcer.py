"""Spoken announcements for screen readers (a new message in the open conversation, a
verification that succeeded). Qt 6.8+ carries them as QAccessibleAnnouncementEvent: Orca and
NVDA read them without moving the focus. The last announcements are kept for tests and for
the status bar, which shows the same sentence to sighted users."""

from __future__ import annotations

from collections import deque

from client.ui.qt import QObject, QtGui, QWidget, Signal


class Announcer(QObject):
    announced = Signal(str)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.recent: deque[str] = deque(maxlen=20)

    def announce(self, text: str, assertive: bool = False) -> None:
        self.recent.append(text)
        event = QtGui.QAccessibleAnnouncementEvent(self.widget, text)
        politeness = QtGui.QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
        QtGui.QAccessible.updateAccessibility(event)
        self.announced.emit(text)
