"""Desktop notifications and the unread badge.

Linux: the freedesktop notification service (org.freedesktop.Notifications on the session bus)
through jeepney, which keyring already brings for the Secret Service; the call runs in a
worker thread so a slow notification daemon never blocks the window. Elsewhere (Windows,
macOS): the tray icon's balloon (QSystemTrayIcon.showMessage). Without either, nothing is
shown and the unread counts in the room list and the window title remain.

What notifies is decided in core (messages/notify.py); the admin policy
`hide_message_text_in_notifications` replaces the text with "New message".
"""

from __future__ import annotations

import asyncio
import html
import logging
import sys
from typing import TYPE_CHECKING, Any

from client.core.messages.notify import Notice
from client.ui.models.timeline import authenticity_text
from client.ui.qt import QCoreApplication, QtWidgets
from client.ui.widgets.icons import icon

if TYPE_CHECKING:
    from client.ui.views.main_window import MainWindow

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def freedesktop_notify(title: str, body: str) -> int:
    """One Notify call on the session bus (blocking: run it in a thread). The notification id,
    or 0 when there is no notification service."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
    message = new_method_call(
        address,
        "Notify",
        "susssasa{sv}i",
        (
            "Pli",
            0,
            "pli",
            title,
            body,
            [],
            {"category": ("s", "im.received"), "desktop-entry": ("s", "pli")},
            -1,
        ),
    )
    with open_dbus_connection(bus="SESSION") as connection:
        reply = connection.send_and_get_reply(message, timeout=5)
    return int(reply.body[0]) if reply.body else 0


class Notifier:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.shown: list[tuple[str, str]] = []  # (title, body) of what was sent, for tests
        self.tray: Any = None
        if sys.platform != "linux" and QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QtWidgets.QSystemTrayIcon(icon("pli"), window)
            self.tray.activated.connect(lambda _reason: window.bring_to_front())
            self.tray.show()

    def texts(self, notice: Notice) -> tuple[str, str]:
        if notice.is_direct:
            title = notice.sender_name
        else:
            title = QCoreApplication.translate("Notifier", "{sender} in {room}").format(
                sender=notice.sender_name, room=notice.room_name
            )
        body = (
            notice.text
            if notice.text is not None
            else QCoreApplication.translate("Notifier", "New message")
        )
        warning = authenticity_text(notice.authenticity)
        if warning:
            body = f"\N{WARNING SIGN} {warning}\n{body}"
        return title, body

    def notify(self, notice: Notice) -> None:
        title, body = self.texts(notice)
        self.shown = [*self.shown[-19:], (title, body)]
        # Notification servers read the body as markup (links, images): escaped, so a
        # message cannot put a clickable link or a picture in the notification.
        body = html.escape(body, quote=False)
        if self.tray is not None:
            self.tray.showMessage(title, body, icon("pli"))
            return
        if sys.platform == "linux":
            self.window.tasks.run(self._freedesktop(title, body))

    async def _freedesktop(self, title: str, body: str) -> None:
        try:
            await asyncio.to_thread(freedesktop_notify, title, body)
        except Exception as error:  # no daemon, no bus: the unread counts remain
            log.info("no desktop notification: %r", error)

    def set_unread(self, text: str) -> None:
        if self.tray is not None:
            self.tray.setToolTip(text or "Pli")
