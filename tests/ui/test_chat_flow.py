"""The walking skeleton through real widgets: sign in via the dialog, open a direct chat,
exchange messages both ways, restart without a password, sign out and find nothing left."""

from __future__ import annotations

from pathlib import Path

from client.core.secrets.store import ACCESS_TOKEN, STORE_KEY
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.models.rooms import RoomRole
from client.ui.models.timeline import TimelineRole
from client.ui.qt import Qt
from tests.helpers.accounts import logged_in_session
from tests.helpers.waits import wait_until
from tests.ui.helpers import login_through_dialog, open_window


def bodies(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.timeline_view.model()
    if model is None:
        return []
    return [model.index(row).data(TimelineRole.BODY) for row in range(model.rowCount())]


async def test_sign_in_chat_both_ways_restart_and_sign_out(
    qtbot, synapse, user, other_user, tmp_path: Path, keyring_store
) -> None:
    session = await login_through_dialog(qtbot, synapse, user, tmp_path / "alice", keyring_store)
    window = open_window(qtbot, session)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "bob", keyring_store)
    try:
        await wait_until(lambda: window.connection_label.text() == "Online")

        async def no_password() -> str | None:
            return None

        # What the app does once the window is up (verification_controller): the account's
        # cross-signing keys on its first device, so that Bob shares room keys (MSC4153).
        await session.ensure_cross_signing(no_password)
        await window.start_direct_chat(bob.user_id)
        room_id = window.current_room
        assert room_id is not None
        assert window.encryption_label.text() == "End-to-end encrypted"
        await wait_until(lambda: any(r.is_invite for r in bob.rooms()))
        await bob.accept_invite(room_id)

        # Type, Shift+Enter for a second line, Enter to send.
        window.composer.setFocus()
        qtbot.keyClicks(window.composer, "Bonjour Bob")
        qtbot.keyClick(window.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(window.composer, "seconde ligne")
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
        await wait_until(lambda: window.composer.toPlainText() == "", what="composer cleared")
        await wait_until(
            lambda: any(i.body == "Bonjour Bob\nseconde ligne" for i in bob.timeline(room_id)),
            what="bob receives",
        )
        await bob.send_text(room_id, "Salut Alice !")
        await wait_until(lambda: "Salut Alice !" in bodies(window), what="alice's window shows it")
        assert bodies(window)[-2:] == ["Bonjour Bob\nseconde ligne", "Salut Alice !"]
        index = window.rooms.index(window.rooms.row_of(room_id))
        assert index.data(RoomRole.ENCRYPTED) is True
        assert "Salut Alice !" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    finally:
        window.close()
        await window.tasks.cancel_all()
        await session.close()

    # Restart: fresh objects, same profile, no password.
    again = MatrixSession(Profile(tmp_path / "alice"), keyring_store)
    assert await again.restore()
    window2 = open_window(qtbot, again)
    await wait_until(lambda: "Salut Alice !" in bodies(window2), what="history after restart")
    assert "Bonjour Bob\nseconde ligne" in bodies(window2)

    # Sign out from the window's action: profile and keyring entries are gone.
    account = f"{again.user_id}/{again.device_id}"
    await again.logout()
    window2.close()
    assert not (tmp_path / "alice").exists()
    assert keyring_store.get(account, STORE_KEY) is None
    assert keyring_store.get(account, ACCESS_TOKEN) is None
    await bob.close()
