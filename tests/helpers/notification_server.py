"""A freedesktop notification service on the test's private D-Bus session (jeepney, in a
thread): it records every Notify call the way a desktop's daemon would receive it."""

from __future__ import annotations

import threading
from typing import Any

from jeepney import HeaderFields, MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.Notifications"


class NotificationServer(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True, name="test-notifications")
        self.received: list[tuple[Any, ...]] = []
        self.ready = threading.Event()
        self._stopping = threading.Event()

    def run(self) -> None:
        with open_dbus_connection(bus="SESSION") as connection:
            connection.send_and_get_reply(message_bus.RequestName(SERVICE), timeout=5)
            self.ready.set()
            while not self._stopping.is_set():
                try:
                    message = connection.receive(timeout=0.2)
                except TimeoutError:
                    continue
                header = message.header
                if header.message_type is not MessageType.method_call:
                    continue
                if header.fields.get(HeaderFields.member) == "Notify":
                    self.received.append(tuple(message.body))
                    connection.send(new_method_return(message, "u", (len(self.received),)))
                elif header.fields.get(HeaderFields.member) == "GetCapabilities":
                    connection.send(new_method_return(message, "as", (["body"],)))

    def stop(self) -> None:
        self._stopping.set()
        self.join(timeout=5)

    def summaries(self) -> list[tuple[str, str]]:
        """(title, body) of each notification received."""
        return [(str(n[3]), str(n[4])) for n in self.received]
