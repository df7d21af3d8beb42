"""Every control has an accessible name and can be reached with the keyboard."""

from __future__ import annotations

from pathlib import Path

from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.dialogs.login import LoginDialog
from client.ui.qt import Qt, QtWidgets
from client.ui.views.main_window import MainWindow

CONTROLS = (
    QtWidgets.QAbstractButton,
    QtWidgets.QLineEdit,
    QtWidgets.QPlainTextEdit,
    QtWidgets.QAbstractItemView,
    QtWidgets.QProgressBar,
)


def unnamed_controls(root: QtWidgets.QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QtWidgets.QWidget):
        if widget.objectName().startswith("qt_"):  # Qt's own internals (menu bar extension)
            continue
        if isinstance(widget, CONTROLS) and not widget.accessibleName():
            # Qt gives buttons their text as name; count those as named.
            text = getattr(widget, "text", lambda: "")()
            if not text:
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_login_dialog_controls_are_named_and_focusable(qtbot, tmp_path: Path) -> None:
    dialog = LoginDialog(MatrixSession(Profile(tmp_path / "p"), MemorySecretStore()))
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    for edit in (dialog.user_edit, dialog.password_edit, dialog.server_edit):
        assert edit.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Labels carry mnemonics bound to their fields (Alt+U, Alt+P, Alt+S).
    buddies = [label.buddy() for label in dialog.findChildren(QtWidgets.QLabel) if label.buddy()]
    assert set(buddies) == {dialog.user_edit, dialog.password_edit, dialog.server_edit}


def test_main_window_controls_are_named_and_in_tab_order(qtbot, tmp_path: Path) -> None:
    session = MatrixSession(Profile(tmp_path / "p"), MemorySecretStore())
    window = MainWindow(session, SessionBridge())
    qtbot.addWidget(window)
    window.show()
    assert unnamed_controls(window) == []
    chain = []
    widget = window.new_chat_button
    for _ in range(300):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is window.new_chat_button:
            break
    for needed in (window.room_view, window.timeline_view, window.composer, window.send_button):
        assert needed in chain and needed.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab leaves the composer instead of inserting a tab character.
    assert window.composer.tabChangesFocus()
    # Menu actions have keyboard shortcuts.
    shortcuts = {a.text(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["&Quit"] and shortcuts["&New direct chat…"]


def test_verification_and_device_dialogs_are_named_and_focusable(qtbot) -> None:  # type: ignore[no-untyped-def]
    from client.core.crypto.trust import DeviceTrust
    from client.core.session.account_security import DeviceSummary
    from client.core.verification.view import VerificationView
    from client.ui.dialogs.devices import DevicesDialog
    from client.ui.dialogs.verification import VerificationDialog
    from tests.helpers.flow_pairs import in_room_pair

    alice, _bob = in_room_pair()
    dialog = VerificationDialog(VerificationView.of(alice), lambda _a, _d: None)
    qtbot.addWidget(dialog)
    for page in dialog.pages.values():
        dialog.stack.setCurrentWidget(page)
        assert unnamed_controls(dialog) == []
    for button in dialog.findChildren(QtWidgets.QPushButton):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    devices = DevicesDialog("@a:hs", True, {})
    qtbot.addWidget(devices)
    devices.show_devices([DeviceSummary("@a:hs", "DEV", "Desk", DeviceTrust.VERIFIED, True, 0)])
    assert unnamed_controls(devices) == []
    assert devices.table.item(0, 2).text().startswith("✔")  # a symbol and words, not colour


def test_security_and_backup_dialogs_are_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    from client.core.crypto.secure_backup import BackupStatus
    from client.ui.dialogs.secure_backup import ReadHistoryDialog, SecureBackupWizard
    from client.ui.dialogs.security_settings import SecuritySettings

    settings = SecuritySettings(
        {k: lambda: None for k in ("set_up", "change_key", "reset", "export", "import")}
    )
    settings.show_status(BackupStatus(True, "1", True, 3, 4))
    assert "3" in settings.status.text() and "4" in settings.status.text()
    assert not settings.buttons["set_up"].isEnabled() and settings.buttons["change_key"].isEnabled()
    wizard = SecureBackupWizard(lambda _p: None, lambda *a: None)  # type: ignore[arg-type,return-value]
    history = ReadHistoryDialog(lambda _s: None, lambda: None, lambda *a: None)  # type: ignore[arg-type,return-value]
    for dialog in (settings, wizard, history):
        qtbot.addWidget(dialog)
        if dialog is wizard:
            for page in wizard.pages:
                wizard.show_page(page)
                assert unnamed_controls(wizard) == []
        assert unnamed_controls(dialog) == []


def test_keyboard_shortcuts_page_lists_the_shortcuts(qtbot, tmp_path: Path) -> None:
    from client.ui.dialogs.shortcuts import ShortcutsDialog

    session = MatrixSession(Profile(tmp_path / "p"), MemorySecretStore())
    window = MainWindow(session, SessionBridge())
    qtbot.addWidget(window)
    keys = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+K", "Alt+Down", "Alt+Up", "F1", "Ctrl+N", "Ctrl+Q"} <= keys
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {"Ctrl+K", "Alt+Down", "Alt+Up", "F1", "Ctrl+Shift+D", "Ctrl+Shift+V"} <= listed
    assert {"Ctrl+F", "Ctrl+,"} <= listed and {"Ctrl+F", "Ctrl+,"} <= keys
    assert unnamed_controls(dialog) == []


def test_every_window_and_dialog_in_every_state(qtbot, tmp_path: Path) -> None:
    """The walk over Pli's whole gallery (tests/ui/gallery.py): every interactive control
    shown has an accessible name and takes keyboard focus."""
    from tests.ui.gallery import scenes
    from tests.ui.walk import control_problems

    seen = 0
    problems: list[str] = []
    for name, widget in scenes(qtbot, tmp_path):
        seen += 1
        problems += [f"{name}: {problem}" for problem in control_problems(widget)]
    assert seen >= 50
    assert problems == [], "\n".join(problems)
