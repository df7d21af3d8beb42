"""The scanner with no camera (as in CI): frames pushed into its video sink are decoded off
the GUI thread, binary-exact, and only Matrix verification codes count."""

from __future__ import annotations

from PySide6.QtMultimedia import QVideoFrame
from pytestqt.qtbot import QtBot

from client.core.verification import qr
from client.core.verification.flow import State
from client.core.verification.view import VerificationView
from client.ui.dialogs.verification import VerificationDialog
from client.ui.qt import QtGui
from client.ui.widgets.qr_scanner import QrScanner
from client.ui.widgets.verification_widgets import qr_pixmap
from tests.helpers.flow_pairs import in_room_pair, pump
from tests.helpers.waits import wait_until

PAYLOAD = qr.QrPayload(
    qr.QrMode.VERIFYING_ANOTHER_USER,
    "$event\x00id",
    qr.key_from_base64("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo"),
    b"\x00" * 31 + b"\x01",
    b"\x00secret\x00" * 2,
)


def frame(image: QtGui.QImage) -> QVideoFrame:
    return QVideoFrame(image.convertToFormat(QtGui.QImage.Format.Format_RGB32))


def on_canvas(pixmap: QtGui.QPixmap, size: int = 640) -> QtGui.QImage:
    """The code somewhere in a bigger camera-like frame."""
    canvas = QtGui.QImage(size, size * 3 // 4, QtGui.QImage.Format.Format_RGB32)
    canvas.fill(QtGui.QColor("lightgray"))
    painter = QtGui.QPainter(canvas)
    painter.drawPixmap(120, 60, pixmap)
    painter.end()
    return canvas


async def test_frames_pushed_into_the_sink_are_decoded(qtbot: QtBot) -> None:
    scanner = QrScanner()
    qtbot.addWidget(scanner)
    found: list[bytes] = []
    scanner.payloadFound.connect(found.append)
    assert not scanner.start_camera()  # no camera here: a sentence says what to do instead
    assert "No camera" in scanner.status.text()
    scanner.sink.setVideoFrame(frame(on_canvas(qr_pixmap(b"https://example.org"))))
    await wait_until(lambda: scanner.frames_decoded >= 1, 10, "first frame decoded")
    assert not found  # a QR code, but not a Matrix verification code
    payload = PAYLOAD.encode()
    for _ in range(3):  # a burst: frames that arrive while decoding are dropped
        scanner.sink.setVideoFrame(frame(on_canvas(qr_pixmap(payload))))
    await wait_until(lambda: found, 10, "the verification code")
    assert found == [payload]  # binary-exact, NULs included
    assert scanner.frames_seen >= 4 and not scanner.preview.pixmap().isNull()


async def test_the_dialog_scans_with_the_camera_page(qtbot: QtBot) -> None:
    alice, bob = in_room_pair()
    acted: list[str] = []

    def act(action: str, data: bytes) -> None:
        acted.append(action)
        if action == "scanned":
            alice.scanned(data)
        pump(alice, bob)
        dialog.show_view(VerificationView.of(alice))

    dialog = VerificationDialog(VerificationView.of(alice), act)
    qtbot.addWidget(dialog)
    dialog.camera_button.click()
    assert dialog.current_page == "scan"
    dialog.show_view(VerificationView.of(alice))  # a repeated READY keeps the scanner open
    assert dialog.current_page == "scan"
    code = bob.qr_code()
    assert code is not None
    dialog.scanner.sink.setVideoFrame(frame(on_canvas(qr_pixmap(code))))
    await wait_until(lambda: "scanned" in acted, 10, "the dialog to pass the code on")
    assert alice.state is State.QR_SCANNED and dialog.current_page == "waiting"
