"""Lock and unlock the test gnome-keyring at run time (the keyring-locked cases).

Locking uses the Secret Service API. Unlocking without a prompt uses gnome-keyring's private
interface with the password packaging/dev/with-keyring gave the daemon; keyring's own unlock
would need a GUI prompter (headless, the prompt is dismissed and KeyringLocked is raised).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import secretstorage
from jeepney import DBusAddress, new_method_call
from jeepney.wrappers import unwrap_msg

_SERVICE = DBusAddress("/org/freedesktop/secrets", bus_name="org.freedesktop.secrets")
_LOGIN = "/org/freedesktop/secrets/collection/login"


def lock() -> None:
    with contextlib.closing(secretstorage.dbus_init()) as connection:
        secretstorage.get_default_collection(connection).lock()


def unlock() -> None:
    password = os.environ["PLI_TEST_KEYRING_PASSWORD"]
    with contextlib.closing(secretstorage.dbus_init()) as connection:
        _, session = unwrap_msg(
            connection.send_and_get_reply(
                new_method_call(
                    _SERVICE.with_interface("org.freedesktop.Secret.Service"),
                    "OpenSession",
                    "sv",
                    ("plain", ("s", "")),
                )
            )
        )
        unwrap_msg(
            connection.send_and_get_reply(
                new_method_call(
                    _SERVICE.with_interface(
                        "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"
                    ),
                    "UnlockWithMasterPassword",
                    "o(oayays)",
                    (_LOGIN, (session, b"", password.encode(), "text/plain")),
                )
            )
        )


@contextlib.contextmanager
def locked_keyring() -> Iterator[None]:
    lock()
    try:
        yield
    finally:
        unlock()
