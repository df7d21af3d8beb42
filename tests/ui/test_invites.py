"""Invitations sit on top of the room list; the invite bar accepts or declines them."""

from __future__ import annotations

from pathlib import Path

from client.ui.models.rooms import RoomRole
from tests.helpers.accounts import logged_in_session
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window


async def test_accept_and_decline_from_the_window(
    qtbot, synapse, user, other_user, tmp_path: Path, keyring_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", keyring_store)
    window = open_window(qtbot, alice)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", keyring_store)
    try:
        first = await bob.create_room("Cellule de crise", invite=[alice.user_id])
        await bob.send_text(first, "Point à 14 h")
        await wait_until(lambda: window.rooms.row_of(first) >= 0, what="the invite")
        second = await bob.create_room("Pot de départ", invite=[alice.user_id])
        await wait_until(lambda: window.rooms.row_of(second) >= 0)
        invites = [window.rooms.index(r).data(RoomRole.INVITE) for r in range(2)]
        assert invites == [True, True]

        window.select_room(first)
        assert window.invite_bar.isVisible() and not window.composer.isEnabled()
        assert bob.user_id in window.invite_label.text()
        qtbot.mouseClick(window.accept_button, qtbot_button())
        await wait_until(lambda: not window.invite_bar.isVisible(), what="joined")
        assert window.composer.isEnabled()
        assert window.encryption_label.text() == "End-to-end encrypted"
        await wait_until(
            lambda: any(i.body == "Point à 14 h" for i in alice.timeline(first)),
            what="history readable after joining",
        )

        window.select_room(second)
        assert window.invite_bar.isVisible()
        qtbot.mouseClick(window.decline_button, qtbot_button())
        await wait_until(lambda: window.rooms.row_of(second) < 0, what="declined invite gone")
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()


def qtbot_button():  # type: ignore[no-untyped-def]
    from client.ui.qt import Qt

    return Qt.MouseButton.LeftButton
