"""Keyboard only (QTest key events, no clicks, no direct calls for the user's steps): sign in,
open a conversation, accept it, send a message, open and close the device list, find the
message with Ctrl+F, and start a verification of the contact with Ctrl+Shift+V."""

from __future__ import annotations

from pathlib import Path

from client.core.events import VerificationChanged
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.core.verification.flow import State
from client.ui.dialogs.devices import DevicesDialog
from client.ui.dialogs.login import LoginDialog
from client.ui.qt import Qt
from client.ui.verification_controller import VerificationController
from tests.helpers.accounts import logged_in_session
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
ALT, CTRL_SHIFT = (
    Qt.KeyboardModifier.AltModifier,
    (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
)


async def no_password() -> str | None:
    return None


async def test_keyboard_only_path(
    qtbot, synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    bob, bob_events = await logged_in_session(synapse, other_user, tmp_path / "bob", memory_store)
    await bob.ensure_cross_signing(no_password)
    session = MatrixSession(Profile(tmp_path / "alice"), memory_store)
    window = None
    try:
        # Sign in: the fields in Tab order, typed into; Enter submits.
        dialog = LoginDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        fields = [dialog.user_edit]
        while len(fields) < 3:
            fields.append(fields[-1].nextInFocusChain())
        assert fields == [dialog.user_edit, dialog.password_edit, dialog.server_edit]
        for field, text in zip(fields, (user.user_id, user.password, synapse.url), strict=True):
            qtbot.keyClicks(field, text)
        qtbot.keyClick(dialog.server_edit, Qt.Key.Key_Return)
        await wait_until(lambda: dialog.result() == LoginDialog.DialogCode.Accepted, 30, "login")

        window = open_window(qtbot, session)
        controller = VerificationController(session, window._bridge_ref, window)
        await session.ensure_cross_signing(no_password)
        window.activateWindow()
        room_id = await bob.create_direct_chat(session.user_id)
        await wait_until(lambda: window.rooms.row_of(room_id) >= 0, what="the invitation")

        # Open it with Alt+Down, accept with the button's mnemonic (Alt+A).
        qtbot.keyClick(window, Qt.Key.Key_Down, ALT)
        assert window.current_room == room_id
        qtbot.keyClick(window, Qt.Key.Key_A, ALT)
        await wait_until(lambda: window.composer.isEnabled(), 30, "joined")

        # Type and send with Enter.
        qtbot.keyClicks(window.composer, "Bonjour au clavier")
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
        await wait_until(
            lambda: any(i.body == "Bonjour au clavier" for i in bob.timeline(room_id)),
            30,
            "bob receives it",
        )

        # My devices: Ctrl+Shift+D; Esc closes it.
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
        devices = controller.device_dialogs.get(session.user_id)
        assert isinstance(devices, DevicesDialog) and devices.isVisible()
        await wait_until(lambda: len(devices.rows) >= 1, what="the device list")
        qtbot.keyClick(devices, Qt.Key.Key_Escape)
        assert not devices.isVisible()

        # The keyboard is back in the window: Ctrl+F finds the message, Esc closes the bar.
        await wait_until(window.composer.hasFocus, 10, "the keyboard back in the message box")
        qtbot.keyClick(window.composer, Qt.Key.Key_F, CTRL)
        qtbot.keyClicks(window.find_bar.edit, "clavier")
        assert window.find_bar.result.text() == "1 of 1"
        qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
        await wait_until(window.composer.hasFocus, 10, "the message box after the find bar")

        # Verify the contact of this chat: Ctrl+Shift+V sends bob a request; the dialog opens.
        qtbot.keyClick(window.composer, Qt.Key.Key_V, CTRL_SHIFT)
        await wait_until(lambda: controller.dialogs, 30, "the verification dialog")
        dialog = next(iter(controller.dialogs.values()))
        assert dialog.isVisible()

        def bob_was_asked() -> bool:
            views = [e.view for e in bob_events.of(VerificationChanged)]  # type: ignore[attr-defined]
            return any(v.state is State.INCOMING and v.other_user == session.user_id for v in views)

        await wait_until(bob_was_asked, 30, "bob receives the request")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels and closes it
        assert not dialog.isVisible()

    finally:
        if window is not None:
            window.close()
            await window.tasks.cancel_all()
        await session.close()
        await bob.close()


async def test_ctrl_k_and_alt_arrows_change_the_open_conversation(qtbot, tmp_path: Path) -> None:
    """Ctrl+K: type part of a conversation's name, Enter opens it; Alt+Down / Alt+Up open
    the next and previous conversation of the list (wrapping). Key events only."""
    from client.core.events import RoomSummary
    from client.core.secrets.store import MemorySecretStore
    from client.ui.bridge.session_bridge import SessionBridge
    from client.ui.qt import QApplication, QInputDialog
    from client.ui.views.main_window import MainWindow

    session = MatrixSession(Profile(tmp_path / "p"), MemorySecretStore())
    window = MainWindow(session, SessionBridge())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    for n, (room_id, name) in enumerate(
        (("!a:hs", "Camille Martin"), ("!b:hs", "Équipe projet"), ("!c:hs", "Service RH"))
    ):
        window._on_room_updated(RoomSummary(room_id, name, "", 3000 - n, 0, False, True, False))
    order = [window.rooms.index(r).data() for r in range(window.rooms.rowCount())]
    assert order == ["Camille Martin", "Équipe projet", "Service RH"]
    await wait_until(window.isActiveWindow, 10, "the window active")

    def prompt() -> QInputDialog | None:
        shown = [d for d in window.findChildren(QInputDialog) if d.isVisible()]
        return shown[0] if shown else None

    async def jump(typed: str) -> None:
        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        await wait_until(prompt, 10, "the jump prompt")
        dialog = prompt()
        assert dialog is not None
        field = QApplication.focusWidget()
        assert field is not None and dialog.isAncestorOf(field)  # the keyboard is in it
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        await wait_until(lambda: prompt() is None, 10, "the prompt closed")
        await wait_until(window.isActiveWindow, 10, "the keyboard back in the window")

    try:
        await jump("projet")  # part of the name, not its start
        await wait_until(lambda: window.current_room == "!b:hs", 10, "Équipe projet open")
        # The message box when it can type (this offline window cannot), else the list.
        assert (window.composer if window.composer.isEnabled() else window.room_view).hasFocus()
        await jump("serv")  # the start of a name, any case
        await wait_until(lambda: window.current_room == "!c:hs", 10, "Service RH open")

        # Esc closes the prompt and nothing changes.
        qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
        await wait_until(prompt, 10, "the jump prompt")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        await wait_until(lambda: prompt() is None, 10, "the prompt closed by Esc")
        await wait_until(window.isActiveWindow, 10, "the keyboard back in the window")
        assert window.current_room == "!c:hs"

        qtbot.keyClick(window, Qt.Key.Key_Up, ALT)
        assert window.current_room == "!b:hs"
        qtbot.keyClick(window, Qt.Key.Key_Up, ALT)
        assert window.current_room == "!a:hs"
        qtbot.keyClick(window, Qt.Key.Key_Up, ALT)  # wraps to the last
        assert window.current_room == "!c:hs"
        qtbot.keyClick(window, Qt.Key.Key_Down, ALT)  # wraps to the first
        assert window.current_room == "!a:hs"
        qtbot.keyClick(window, Qt.Key.Key_Down, ALT)
        assert window.current_room == "!b:hs"
    finally:
        window.close()
        await window.tasks.cancel_all()
