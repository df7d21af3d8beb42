"""Every window and dialog of Pli, in each of its states, for the walks of the accessibility
and French tests. `scenes(qtbot, tmp_path)` yields (name, top-level widget) with the state
already shown; a new window or dialog must be added here so that both walks cover it."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from pathlib import Path

from client.core.crypto.secure_backup import BackupStatus
from client.core.crypto.trust import DeviceTrust, UserTrust
from client.core.events import (
    Attachment,
    Authenticity,
    ConnectionChanged,
    ConnectionState,
    ItemState,
    Reaction,
    RoomActivity,
    RoomSummary,
    TimelineItem,
)
from client.core.policy.loader import Policy
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.session.account_security import DeviceSummary
from client.core.session.room_admin import Member, Membership
from client.core.session.session import file_too_large
from client.core.storage.cache import SearchHit
from client.core.storage.paths import Profile
from client.core.verification.flow import State
from client.core.verification.messages import CancelCode
from client.core.verification.view import VerificationView
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.controller import Splash
from client.ui.dialogs.common import error_box, question_box
from client.ui.dialogs.devices import DevicesDialog
from client.ui.dialogs.login import LoginDialog
from client.ui.dialogs.passphrase_store import PassphraseStoreDialog
from client.ui.dialogs.rooms import (
    CreateRoomDialog,
    InviteDialog,
    MembersDialog,
    RoomSettingsDialog,
)
from client.ui.dialogs.search import SearchDialog
from client.ui.dialogs.secure_backup import ReadHistoryDialog, SecureBackupWizard
from client.ui.dialogs.security_settings import SecuritySettings
from client.ui.dialogs.settings import SettingsDialog
from client.ui.dialogs.shortcuts import ShortcutsDialog
from client.ui.dialogs.signed_out import SignedOutDialog
from client.ui.dialogs.verification import VerificationDialog
from client.ui.i18n import error_text, tr
from client.ui.qt import QCoreApplication, QtWidgets
from client.ui.verification_controller import VerificationController
from client.ui.views.main_window import MainWindow
from client.ui.widgets.emoji_picker import EmojiPicker
from client.ui.widgets.qr_scanner import QrScanner
from tests.helpers.flow_pairs import in_room_pair

Scene = tuple[str, QtWidgets.QWidget]


async def _never(*_args: object) -> None:
    return None


def _noop(*_args: object) -> None:
    return None


def main_window_scenes(qtbot, tmp_path: Path) -> Iterator[Scene]:  # type: ignore[no-untyped-def]
    session = MatrixSession(Profile(tmp_path / "gallery"), MemorySecretStore())
    bridge = SessionBridge()
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window._verification = VerificationController(session, bridge, window)  # its menus
    window.show()
    now = int(time.time() * 1000)
    rooms = [
        RoomSummary("!a:hs", "Camille Martin", "À demain", now, 0, False, True, True),
        # Unread, never opened here (opening would mark it read on the server).
        RoomSummary("!u:hs", "Service RH", "Réunion", now - 500, 3, False, True, False),
        RoomSummary("!b:hs", "Équipe projet", "", now - 1000, 0, False, False, False),
        RoomSummary("!c:hs", "Dominique", "", now - 2000, 0, True, True, True, "@d:hs"),
    ]
    for summary in rooms:
        window._on_room_updated(summary)
    window.select_room("!a:hs")
    model = window._timeline("!a:hs")
    for n, (state, body) in enumerate(
        ((ItemState.SENT, "Bonjour"), (ItemState.WAITING_FOR_KEY, ""), (ItemState.UNSUPPORTED, ""))
    ):
        model.add(
            TimelineItem("!a:hs", f"$e{n}", "@c:hs", "Camille", now + n, body, state, True, n == 0)
        )
    window._on_connection(ConnectionChanged(ConnectionState.ONLINE))
    yield "main window, encrypted room", window
    window._on_connection(ConnectionChanged(ConnectionState.OFFLINE, 12))
    window.find_bar.open_bar()
    window.find_bar.edit.setText("zzz")
    yield "main window, offline, find bar", window
    window.find_bar.close_bar()
    window.select_room("!b:hs")
    yield "main window, room not encrypted", window
    window.select_room("!c:hs")
    yield "main window, invitation", window

    # The rich timeline: a reply, reactions, an edit, a mention, a deleted message, a link.
    window.select_room("!a:hs")
    rich = [
        dataclasses.replace(
            model.item(0), event_id="$r1", timestamp=now + 10, body="Oui, envoyée",
            html='Oui, <a href="https://www.service-public.fr">envoyée</a>', reply_to="$e0",
            edited=True, mentions_me=True,
            reactions=(Reaction("👍", 2, "$mine", ("Camille", "Moi")), Reaction("🎉", 1)),
        ),
        dataclasses.replace(model.item(0), event_id="$r2", timestamp=now + 20,
                            state=ItemState.REDACTED, body=""),
    ]  # fmt: skip
    files = [
        dataclasses.replace(
            model.item(0), event_id="$f1", timestamp=now + 21, body="rapport.pdf",
            msgtype="m.file",
            attachment=Attachment("rapport.pdf", 1_234_567, "application/pdf", "mxc://hs/f1"),
        ),
        dataclasses.replace(
            model.item(0), event_id="$f2", timestamp=now + 22, body="plan.png", msgtype="m.image",
            attachment=Attachment("plan.png", 20_000, "image/png", "mxc://hs/f2", (), 640, 480),
        ),
        dataclasses.replace(
            model.item(0), event_id="~up", timestamp=now + 23, body="annexe.zip", own=True,
            state=ItemState.PENDING, msgtype="m.file",
            attachment=Attachment("annexe.zip", 5_000_000, "application/zip", ""),
        ),
    ]  # fmt: skip
    shields = [
        dataclasses.replace(
            model.item(0), event_id=f"$s{n}", timestamp=now + 24 + n, body=body,
            authenticity=verdict,
        )
        for n, (verdict, body) in enumerate(
            (
                (Authenticity.UNSIGNED_DEVICE, "Depuis un appareil non vérifié"),
                (Authenticity.NOT_GUARANTEED, "Lu depuis la sauvegarde"),
                (Authenticity.NOT_ENCRYPTED, "Envoyé en clair"),
            )
        )
    ]  # fmt: skip
    for item in rich + files + shields:
        model.add(item)
    model.set_progress("~up", 2_000_000, 5_000_000)
    model.set_unread_marker(1)
    window.message_actions.start_reply(model.item(0))
    yield "main window, replying, rich rows", window
    own = dataclasses.replace(model.item(0), event_id="$o1", own=True, timestamp=now + 30)
    model.add(own)
    window.message_actions.start_edit(own)
    yield "main window, editing", window
    window.message_actions.cancel_mode()
    window.typing_label.setText("")
    window._on_room_updated(
        dataclasses.replace(
            rooms[0], topic="Point quotidien à 9 h", external=("example.org",), can_invite=True
        )
    )
    window._on_activity(RoomActivity("!a:hs", ("Camille",), (("$r1", ("Camille",)),)))
    yield "main window, external participants, topic, typing", window
    menu = window.timeline_view.menu_for(rich[0])
    menu.popup(window.mapToGlobal(window.rect().center()))
    yield "message menu", menu
    menu.close()
    picker = EmojiPicker(window)
    qtbot.addWidget(picker)
    picker.show()
    yield "reaction picker", picker
    picker.close()
    for url in ("https://www.service-public.fr/particuliers", "matrix:r/salle:hs"):
        box, _ = window.message_actions.link_dialog(url)
        qtbot.addWidget(box)
        box.show()
        yield f"link confirmation {url.split(':')[0]}", box
        box.close()
    yield from prompt_scenes(qtbot, window, dataclasses.replace(rich[0], own=False), own)


def prompt_scenes(
    qtbot, window: MainWindow, theirs: TimelineItem, own: TimelineItem
) -> Iterator[Scene]:  # type: ignore[no-untyped-def]
    """The one-line prompts and the message boxes, built by the same factories the app uses."""
    verification = window._verification
    names = [window.rooms.index(r).data() for r in range(window.rooms.rowCount())]
    translate = QCoreApplication.translate
    too_large = file_too_large("annexe.zip", 50_000_000, 10_000_000)
    leave = translate(
        "RoomActions",
        "Leave {room}? Its new messages will no longer reach you; to come back, someone must invite you again.",  # noqa: E501
    ).format(room="Équipe projet")
    shown: list[tuple[str, QtWidgets.QDialog]] = [
        ("jump to a conversation (Ctrl+K)", window.jump_dialog(names)),
        ("new direct chat", window.new_chat_dialog()),
        ("rename a device", verification.rename_dialog("DEVB")),
        ("confirm your identity (password)", verification.password_dialog()),
        ("key export passphrase", verification.passphrase_dialog(tr("Export message keys"))),
        ("key import passphrase", verification.passphrase_dialog(tr("Import message keys"))),
        ("delete my message", window.message_actions.delete_box(own)),
        ("delete someone's message", window.message_actions.delete_box(theirs)),
        (
            "send dropped files",
            window.file_actions.attach_box("!a:hs", [Path("rapport.pdf"), Path("plan.png")]),
        ),
        ("sign out a device", verification.sign_out_box("DEVB")),
        ("quit with unsent text", window.quit_box()),
        (
            "leave a conversation",
            question_box(window, translate("RoomActions", "Leave the conversation"), leave),
        ),
        ("create the passphrase key store", PassphraseStoreDialog(create=True)),
        ("open the passphrase key store", PassphraseStoreDialog(create=False)),
        (
            "error: file not sent",
            error_box(window, translate("FileActions", "File not sent"), error_text(too_large)),
        ),
    ]
    for name, dialog in shown:
        qtbot.addWidget(dialog)
        dialog.show()
        yield name, dialog
        dialog.close()


def dialog_scenes(qtbot) -> Iterator[Scene]:  # type: ignore[no-untyped-def]
    def keep(widget: QtWidgets.QWidget) -> QtWidgets.QWidget:
        qtbot.addWidget(widget)
        widget.show()
        return widget

    login = LoginDialog(MatrixSession(Profile(Path("/nonexistent")), MemorySecretStore()))
    yield "sign in", keep(login)
    splash = Splash()
    splash.step("accounts")
    yield "demo splash", keep(splash)
    yield "settings", keep(SettingsDialog(Policy(), Path("/nonexistent/settings.json")))
    locked = Policy({"language": "fr"}, {"language": "/etc/pli/policy.json"})
    yield "settings, locked by policy", keep(SettingsDialog(locked, Path("/nonexistent/s.json")))
    yield "keyboard shortcuts", keep(ShortcutsDialog())

    mine = DevicesDialog("@a:hs", True, {})
    mine.show_devices(
        [
            DeviceSummary("@a:hs", "DEVA", "Bureau", DeviceTrust.VERIFIED, True, 0),
            DeviceSummary("@a:hs", "DEVB", "Portable", DeviceTrust.UNVERIFIED, False, 0),
        ]
    )
    yield "my devices", keep(mine)
    theirs = DevicesDialog("@b:hs", False, {})
    theirs.show_devices([DeviceSummary("@b:hs", "DEVC", "", DeviceTrust.CROSS_SIGNED, False, 0)])
    yield "a contact's devices", keep(theirs)

    alice, _bob = in_room_pair()
    view = VerificationView.of(alice)
    dialog = VerificationDialog(view, _noop)
    keep(dialog)
    for state in (
        State.INCOMING,
        State.READY,
        State.SAS_COMPARE,
        State.QR_CONFIRM,
        State.REQUESTED,
        State.DONE,
    ):
        dialog.show_view(dataclasses.replace(view, state=state))
        yield f"verification {state.name}", dialog
    dialog.show_view(
        dataclasses.replace(view, state=State.CANCELLED, cancel_code=CancelCode.MISMATCHED_SAS)
    )
    yield "verification failed", dialog
    yield "verification, scanner", keep(QrScanner())

    settings = SecuritySettings(
        {k: _noop for k in ("set_up", "change_key", "reset", "export", "import")}
    )
    settings.show_status(BackupStatus(True, "1", True, 3, 4))
    yield "security settings", keep(settings)
    wizard = SecureBackupWizard(_never, _noop)  # type: ignore[arg-type]
    keep(wizard)
    for page in wizard.pages:
        wizard.show_page(page)
        yield f"secure backup {page}", wizard
    history = ReadHistoryDialog(_never, _noop, _noop)  # type: ignore[arg-type]
    yield "read your history", keep(history)
    yield "signed out elsewhere", keep(SignedOutDialog())
    create = CreateRoomDialog()
    create.invite_edit.setText("pas une adresse")
    yield "new room, with a bad address", keep(create)
    yield "invite someone", keep(InviteDialog("Cellule de crise"))
    yield "conversation settings", keep(RoomSettingsDialog("Cellule", "Point à 9 h", True))
    people = [
        Member("@a:hs", "Alice", Membership.JOINED, float("inf"), UserTrust.VERIFIED, "hs", False),
        Member("@b:ext.org", "Bob", Membership.INVITED, 0, None, "ext.org", True),
        Member("@c:hs", "Chloé", Membership.JOINED, 50, UserTrust.CHANGED, "hs", False),
    ]
    yield "people of a conversation", keep(MembersDialog("Cellule", people))
    hits = [SearchHit("!a:hs", "$1", 1_700_000_000_000, "La [réunion] de crise…")]
    search = SearchDialog(lambda text: hits if text else [], lambda room: "Cellule")
    search.edit.setText("réunion")
    search.run()
    yield "search, a result", keep(search)
    empty = SearchDialog(lambda text: [], lambda room: "Cellule")
    empty.edit.setText("introuvable")
    empty.run()
    yield "search, nothing found", keep(empty)


def scenes(qtbot, tmp_path: Path) -> Iterator[Scene]:  # type: ignore[no-untyped-def]
    yield from main_window_scenes(qtbot, tmp_path)
    yield from dialog_scenes(qtbot)
