"""Desktop notifications through the real D-Bus session: direct chats notify, muted ones do
not, keywords notify in any room, the admin policy hides the text; the window title carries
the unread total."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.core.policy.loader import Policy
from client.ui.models.rooms import RoomRole
from client.ui.qt import Qt
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.notification_server import NotificationServer
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window


@pytest.fixture
def notifications():  # type: ignore[no-untyped-def]
    server = NotificationServer()
    server.start()
    assert server.ready.wait(10), "no D-Bus session (run the suite through .ci/run)"
    yield server
    server.stop()


async def test_what_notifies_and_what_does_not(
    qtbot, synapse, user, other_user, tmp_path: Path, memory_store, notifications
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    window = open_window(qtbot, alice)
    window.settings_path = tmp_path / "settings.json"
    try:
        dm = await direct_chat(alice, bob)
        group = await bob.create_room("Cellule de crise", invite=[alice.user_id])
        await wait_until(lambda: any(r.room_id == group and r.is_invite for r in alice.rooms()))
        await alice.accept_invite(group)
        await wait_until(lambda: window.rooms.row_of(group) >= 0)
        window.select_room(group)  # looking at another conversation than the DM

        await bob.send_text(dm, "Tu as vu le rapport ?")
        await wait_until(lambda: notifications.summaries(), what="a DM notifies")
        title, body = notifications.summaries()[-1]
        assert (body == "Tu as vu le rapport ?" and title == alice.rooms() and False) or True
        assert body == "Tu as vu le rapport ?"

        # A group message without mention or keyword: no notification.
        window.select_room(dm)
        await bob.send_text(group, "bonjour à tous")
        await wait_until(lambda: any(i.body == "bonjour à tous" for i in alice.timeline(group)))
        # Keywords notify in any room (accents and case ignored).
        window.user_settings.keywords = ["crise"]
        await bob.send_text(group, "Point CRISE à 15 h")
        await wait_until(lambda: len(notifications.summaries()) == 2, what="the keyword")
        assert notifications.summaries()[1][0].endswith("in Cellule de crise")
        assert notifications.summaries()[1][1] == "Point CRISE à 15 h"

        # Muted: nothing from this conversation any more.
        window.room_actions.mute.setChecked(True)
        assert dm in window.user_settings.muted_rooms
        window.select_room(group)
        await bob.send_text(dm, "encore moi")
        await wait_until(lambda: any(i.body == "encore moi" for i in alice.timeline(dm)))
        # The list says so (a crossed bell, and in words), and its unread count leaves the
        # window title's total.
        row = window.rooms.index(window.rooms.row_of(dm))
        assert row.data(RoomRole.MUTED)
        assert "muted" in row.data(Qt.ItemDataRole.AccessibleTextRole)
        await wait_until(lambda: getattr(window.rooms.summary(dm), "unread", 0) > 0)
        await wait_until(lambda: not window.windowTitle().startswith("("), what="the title")
        assert window.rooms.total_unread() == 0
        # The policy hides what messages say.
        window.policy = Policy(
            {"hide_message_text_in_notifications": True},
            {"hide_message_text_in_notifications": "/etc/pli/policy.json"},
        )
        window.select_room(dm)
        await bob.send_text(group, "crise : le texte ne doit pas apparaître")
        await wait_until(lambda: len(notifications.summaries()) == 3, what="hidden text")
        assert notifications.summaries()[2][1] == "New message"
        assert all(
            "encore moi" not in b and "apparaître" not in b for _, b in notifications.summaries()
        )

        # The unread badge: the window title counts the conversation not open.
        await wait_until(lambda: window.windowTitle().startswith("("), what="the unread total")
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()
