"""No phone-home: a whole session — sign-in with the homeserver the admin policy names,
sync, send, a verification by emoji — contacts nothing but that homeserver. Every
connection of the process is recorded (Python sockets by audit hook, every TCP socket the
process holds — Qt's included — from /proc)."""

from __future__ import annotations

from pathlib import Path

from client.core.policy.loader import Policy
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.dialogs.login import LoginDialog
from client.ui.qt import Qt
from tests.helpers.accounts import Recorder, direct_chat, logged_in_session
from tests.helpers.connections import recording
from tests.helpers.verify import verify_by_emoji
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window


async def test_a_whole_session_talks_only_to_the_homeserver(
    qtbot, synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    policy = Policy({"default_homeserver": synapse.url}, {"default_homeserver": "policy.json"})
    homeserver = synapse.url.split("//", 1)[1].rstrip("/")
    async with recording() as seen:
        events = Recorder()
        alice = MatrixSession(Profile(tmp_path / "alice"), memory_store, events, policy=policy)
        bob, bob_events = await logged_in_session(
            synapse, other_user, tmp_path / "bob", memory_store, policy
        )
        window = None
        try:
            dialog = LoginDialog(alice)
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.server_edit.text() == synapse.url  # filled in from the policy
            dialog.user_edit.setText(user.user_id)
            dialog.password_edit.setText(user.password)
            qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
            await wait_until(lambda: alice.logged_in, 30, "sign-in")
            window = open_window(qtbot, alice)
            await alice.wait_synced()

            async def no_password() -> str | None:
                return None

            await alice.ensure_cross_signing(no_password)
            await bob.ensure_cross_signing(no_password)
            room_id = await direct_chat(alice, bob)
            await alice.send_text(room_id, "Rien ne sort d’ici")
            await wait_until(
                lambda: any(i.body == "Rien ne sort d’ici" for i in bob.timeline(room_id)),
                30,
                "bob reads it",
            )
            await verify_by_emoji(alice, events, bob, bob_events, room_id)
        finally:
            if window is not None:
                window.close()
                await window.tasks.cancel_all()
            await alice.close()
            await bob.close()
    assert seen.connects, "the recorder saw nothing: it would not see a phone-home either"
    assert seen.destinations() == {homeserver}
    assert seen.lookups <= {"127.0.0.1"}  # no name lookup of any other host


async def test_the_recorder_sees_sockets_opened_by_qt(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The /proc sampling catches a connection made in C++ by Qt's network layer, which no
    Python hook sees: the check above would catch Qt phoning home."""
    import asyncio

    from PySide6.QtNetwork import QTcpSocket

    server = await asyncio.start_server(lambda _r, _w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with recording() as seen:
            qt_socket = QTcpSocket()
            qt_socket.connectToHost("127.0.0.1", port)
            await wait_until(lambda: f"127.0.0.1:{port}" in seen.held, 10, "the Qt socket in /proc")
            assert f"127.0.0.1:{port}" not in seen.connects  # no Python hook saw it
            qt_socket.abort()
    finally:
        server.close()
