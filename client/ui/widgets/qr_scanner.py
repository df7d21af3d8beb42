"""Scan a verification QR code: live camera preview (QtMultimedia), or the screen (for the many
workstations without a camera: show the code in a video call or a remote session and read it
off the screen).

Frames arrive in a QVideoSink; the widget shows each one and hands at most one at a time to
zxing-cpp in a worker thread (frames that arrive while it is busy are dropped), so the GUI
never waits on decoding. Tests push QVideoFrame(QImage) into `sink` (there is no camera in CI).
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtMultimedia import (
    QCamera,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from client.core.verification.qr import HEADER
from client.core.verification.qr_image import read_qr_payloads
from client.ui.i18n import tr
from client.ui.qt import (
    QLabel,
    QPushButton,
    Qt,
    QtGui,
    QVBoxLayout,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)


def decode_image(image: QtGui.QImage) -> bytes | None:
    """The first Matrix verification payload in the image (runs in a worker thread)."""
    for payload in read_qr_payloads(image):
        if payload.startswith(HEADER):
            return payload
    return None


class QrScanner(QWidget):
    payloadFound = Signal(bytes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("QR code scanner"))
        layout = QVBoxLayout(self)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 240)
        self.preview.setAccessibleName(tr("Camera preview"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.screen_button = QPushButton(tr("Read the code from the &screen"), self)
        self.screen_button.setAccessibleName(tr("Read the code from the screen"))
        self.screen_button.clicked.connect(self.scan_screen)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.screen_button)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.session = QMediaCaptureSession(self)
        self.session.setVideoSink(self.sink)
        self.camera: QCamera | None = None
        self._busy = False
        self._found = False
        self.frames_seen = 0
        self.frames_decoded = 0

    # --- camera ---------------------------------------------------------------------------------

    def start_camera(self) -> bool:
        """Start the default camera. False (with a sentence shown) when there is none."""
        inputs = QMediaDevices.videoInputs()
        if not inputs:
            self.status.setText(
                tr(
                    "No camera found. Show the code on this screen and read it from the screen, "
                    "or open a picture of it."
                )
            )
            return False
        self.camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self.camera.errorOccurred.connect(self._on_camera_error)
        self.session.setCamera(self.camera)
        self.camera.start()
        self.status.setText(tr("Hold the other device's code in front of the camera."))
        return True

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.camera = None

    def _on_camera_error(self, _error: object, text: str) -> None:
        log.warning("camera error: %s", text)
        self.status.setText(tr("The camera cannot be used. Read the code from the screen instead."))

    # --- frames ---------------------------------------------------------------------------------

    def _on_frame(self, frame: QVideoFrame) -> None:
        self.frames_seen += 1
        image = frame.toImage()
        if image.isNull():
            return
        self.preview.setPixmap(
            QtGui.QPixmap.fromImage(image).scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        if self._busy or self._found:
            return  # drop the frame: the previous one is still being decoded
        self._busy = True
        grey = image.convertToFormat(QtGui.QImage.Format.Format_Grayscale8)
        task = asyncio.get_event_loop().run_in_executor(None, decode_image, grey)
        task.add_done_callback(self._decoded)

    def _decoded(self, future: asyncio.Future[bytes | None]) -> None:
        self._busy = False
        self.frames_decoded += 1
        if future.cancelled() or future.exception() is not None:
            return
        payload = future.result()
        if payload is not None and not self._found:
            self._found = True
            self.stop_camera()
            self.payloadFound.emit(payload)

    def scan_screen(self) -> None:
        screen = QtGui.QGuiApplication.primaryScreen()
        if screen is None:
            return
        payload = decode_image(screen.grabWindow(0).toImage())
        if payload is None:
            self.status.setText(tr("No verification code is visible on the screen."))
            return
        self._found = True
        self.stop_camera()
        self.payloadFound.emit(payload)

    def reset(self) -> None:
        self._found = False
