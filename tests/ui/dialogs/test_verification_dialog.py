"""The verification dialog walks its pages for scripted flows (two real flows back to back;
the other side is scripted), with real widgets offscreen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from client.core.verification.flow import State, VerificationFlow
from client.core.verification.qr import QrCodeError
from client.core.verification.view import VerificationView
from client.ui.dialogs.verification import VerificationDialog
from client.ui.qt import QtGui
from client.ui.widgets.verification_widgets import qr_pixmap
from tests.helpers.flow_pairs import in_room_pair, pump


def wire(qtbot: QtBot, ours: VerificationFlow, theirs: VerificationFlow) -> VerificationDialog:
    dialog: VerificationDialog

    def act(action: str, data: bytes) -> None:
        if action == "scanned":
            try:
                ours.scanned(data)
            except QrCodeError as error:  # what the controller does with the refusal
                dialog.scan_error(error.sentence.render())
                return
        elif action == "cancel":
            ours.cancel()
        else:
            getattr(ours, action)()
        pump(ours, theirs)
        dialog.show_view(VerificationView.of(ours))

    dialog = VerificationDialog(VerificationView.of(ours), act)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def refresh(dialog: VerificationDialog, ours: VerificationFlow) -> None:
    dialog.show_view(VerificationView.of(ours))


def test_emoji_path_from_ready_to_verified(qtbot: QtBot) -> None:
    alice, bob = in_room_pair()
    dialog = wire(qtbot, alice, bob)
    assert dialog.current_page == "ready"
    assert dialog.qr_view.pixmap() is not None and not dialog.qr_view.pixmap().isNull()
    dialog.sas_button.click()
    assert dialog.current_page == "compare"
    assert dialog.emoji_grid.names and len(dialog.emoji_grid.names) == 7
    assert [e.emoji for e in VerificationView.of(bob).emoji] == [
        symbol.text() for symbol, _name in dialog.emoji_grid.cells
    ]
    dialog.match_button.click()
    assert dialog.current_page == "waiting"
    bob.confirm_sas()
    pump(alice, bob)
    refresh(dialog, alice)
    assert dialog.current_page == "done" and alice.state is State.DONE
    assert dialog.cancel_button.text().replace("&", "") == "Close"


def test_emoji_names_follow_the_language(qtbot: QtBot) -> None:
    alice, bob = in_room_pair()
    dialog = wire(qtbot, alice, bob)
    dialog.sas_button.click()
    view = VerificationView.of(alice)
    dialog.emoji_grid.show_emoji(view.emoji, "fr")
    french = list(dialog.emoji_grid.names)
    dialog.emoji_grid.show_emoji(view.emoji, "en")
    assert french != dialog.emoji_grid.names  # the spec's French names, not the English ones
    assert all(symbol.accessibleName() for symbol, _ in dialog.emoji_grid.cells)


def test_scanning_their_code_from_a_picture(qtbot: QtBot) -> None:
    alice, bob = in_room_pair()
    dialog = wire(qtbot, alice, bob)
    code = bob.qr_code()
    assert code is not None
    assert not dialog.scan_image(
        QtGui.QImage(64, 64, QtGui.QImage.Format.Format_RGB32)
    )  # no code at all
    assert "No verification code" in dialog.text.text()
    dialog.scan_image(qr_pixmap(b"a web address").toImage())  # a code, but not ours
    assert "not a valid Matrix verification code" in dialog.text.text()
    assert alice.state is State.READY  # a wrong picture changes nothing
    assert dialog.scan_image(qr_pixmap(code).toImage())  # render -> pixels -> zxing -> flow
    assert dialog.current_page == "waiting" and alice.state is State.QR_SCANNED
    bob.confirm_qr()
    pump(alice, bob)
    refresh(dialog, alice)
    assert dialog.current_page == "done"


def test_they_scanned_our_code_and_we_confirm(qtbot: QtBot) -> None:
    alice, bob = in_room_pair()
    dialog = wire(qtbot, alice, bob)
    payload = dialog.qr_view.payload
    assert payload is not None
    bob.scanned(payload)
    pump(alice, bob)
    refresh(dialog, alice)
    assert dialog.current_page == "qr_confirm"
    dialog.qr_yes.click()
    assert dialog.current_page == "done" and bob.state is State.DONE


def test_mismatch_shows_the_reason(qtbot: QtBot) -> None:
    alice, bob = in_room_pair()
    dialog = wire(qtbot, alice, bob)
    dialog.sas_button.click()
    dialog.mismatch_button.click()
    assert dialog.current_page == "failed"
    assert "emoji did not match" in dialog.text.text()
    assert bob.state is State.CANCELLED


def test_an_incoming_request_is_accepted_or_declined(qtbot: QtBot) -> None:
    from client.core.verification import messages as m
    from client.core.verification.flow import Transport
    from client.core.verification.messages import Incoming
    from tests.helpers.flow_pairs import ALICE, BOB, NOW, directory

    for button in ("accept_button", "decline_button"):
        keys = directory()
        asker = VerificationFlow.outgoing_in_room(ALICE, keys, BOB.user_id, "!r:hs", NOW)
        request = asker.request_message()
        asker.request_sent("$req")
        flow = VerificationFlow.incoming(
            BOB,
            keys,
            Incoming(m.REQUEST, request, ALICE.user_id, NOW),
            Transport.ROOM,
            "$req",
            "!r:hs",
            NOW,
        )
        assert flow is not None
        dialog = wire(qtbot, flow, asker)
        assert dialog.current_page == "incoming"
        getattr(dialog, button).click()
        expected = State.READY if button == "accept_button" else State.CANCELLED
        assert flow.state is expected and asker.state is expected
