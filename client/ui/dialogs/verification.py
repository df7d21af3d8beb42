"""The verification dialog: one page per flow state, fed VerificationView snapshots; it can
only ask for the next step or cancel (through `act`), never touch the flow itself.

    INCOMING      -> "incoming"   accept / decline
    READY         -> "ready"      our QR code, "scan their code", "compare emoji"
    SAS_COMPARE   -> "compare"    seven emoji + numbers, "they match" / "they don't"
    QR_CONFIRM    -> "qr_confirm" "did the other device say it scanned the code?"
    DONE          -> "done"
    CANCELLED     -> "failed"     the reason, in a sentence
    anything else -> "waiting"    what we are waiting for
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from client.core.verification.flow import State
from client.core.verification.qr_image import read_qr_payloads
from client.core.verification.view import VerificationView
from client.ui.i18n import tr
from client.ui.qt import (
    QCoreApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QtGui,
    QtWidgets,
    QVBoxLayout,
    QWidget,
)
from client.ui.widgets.verification_widgets import EmojiGrid, QrCodeView

log = logging.getLogger(__name__)

Act = Callable[[str, bytes], None]


def qimage_payloads(image: QtGui.QImage) -> list[bytes]:
    """QR payloads in a QImage (camera frame, file, screenshot): zxing-cpp reads QImages
    directly, binary-exact."""
    if image.isNull():
        return []
    return read_qr_payloads(image.convertToFormat(QtGui.QImage.Format.Format_Grayscale8))


class VerificationDialog(QDialog):
    def __init__(self, view: VerificationView, act: Act, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.act = act
        self.view = view
        self.setWindowTitle(tr("Verification"))
        self.setAccessibleName(tr("Verification"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.stack = QtWidgets.QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.pages: dict[str, QWidget] = {}
        self._build_pages()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(tr("Cancel the verification"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.show_view(view)

    # --- pages --------------------------------------------------------------------------------

    def _page(self, name: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self.stack)
        box = QVBoxLayout(page)
        self.stack.addWidget(page)
        self.pages[name] = page
        return page, box

    def _button(self, parent: QWidget, text: str, accessible: str, action: str) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(accessible)
        button.clicked.connect(lambda: self.act(action, b""))
        return button

    def _build_pages(self) -> None:
        page, box = self._page("incoming")
        row = QHBoxLayout()
        self.accept_button = self._button(
            page, tr("&Accept"), tr("Accept the verification"), "accept"
        )
        self.decline_button = self._button(
            page, tr("&Decline"), tr("Decline the verification"), "cancel"
        )
        row.addWidget(self.accept_button)
        row.addWidget(self.decline_button)
        box.addLayout(row)
        box.addStretch(1)

        page, box = self._page("ready")
        self.qr_view = QrCodeView(page)
        box.addWidget(self.qr_view, 1)
        row = QHBoxLayout()
        self.camera_button = QPushButton(tr("Scan their code with the ca&mera…"), page)
        self.camera_button.setAccessibleName(tr("Scan the other device's code"))
        self.camera_button.clicked.connect(self.open_scanner)
        row.addWidget(self.camera_button)
        self.scan_button = QPushButton(tr("&Scan their code from an image…"), page)
        self.scan_button.setAccessibleName(tr("Scan the other device's code from an image file"))
        self.scan_button.clicked.connect(self._scan_from_file)
        self.sas_button = self._button(
            page, tr("Compare &emoji instead"), tr("Compare emoji instead"), "start_sas"
        )
        row.addWidget(self.scan_button)
        row.addWidget(self.sas_button)
        box.addLayout(row)

        page, box = self._page("scan")
        # QtMultimedia loads only when a verification dialog opens, not at Pli's start.
        from client.ui.widgets.qr_scanner import QrScanner

        self.scanner = QrScanner(page)
        self.scanner.payloadFound.connect(lambda payload: self.act("scanned", payload))
        box.addWidget(self.scanner, 1)
        back = QPushButton(tr("&Back"), page)
        back.setAccessibleName(tr("Back to the code"))
        back.clicked.connect(self._back_to_ready)
        box.addWidget(back)

        page, box = self._page("compare")
        self.emoji_grid = EmojiGrid(page)
        self.decimals = QLabel(page)
        self.decimals.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.emoji_grid)
        box.addWidget(self.decimals)
        box.addStretch(1)
        row = QHBoxLayout()
        self.match_button = self._button(
            page, tr("They &match"), tr("The emoji match"), "confirm_sas"
        )
        self.mismatch_button = self._button(
            page, tr("They do&n't match"), tr("The emoji do not match"), "reject_sas"
        )
        row.addWidget(self.match_button)
        row.addWidget(self.mismatch_button)
        box.addLayout(row)

        page, box = self._page("qr_confirm")
        row = QHBoxLayout()
        self.qr_yes = self._button(
            page, tr("&Yes, it says verified"), tr("The other device confirmed"), "confirm_qr"
        )
        self.qr_no = self._button(
            page, tr("&No"), tr("The other device did not confirm"), "reject_qr"
        )
        row.addWidget(self.qr_yes)
        row.addWidget(self.qr_no)
        box.addLayout(row)
        box.addStretch(1)

        for name in ("waiting", "done", "failed"):
            page, box = self._page(name)
            box.addStretch(1)

    # --- rendering ----------------------------------------------------------------------------

    def show_view(self, view: VerificationView) -> None:
        if view.flow_id and self.view.flow_id and view.flow_id != self.view.flow_id:
            return
        self.view = view
        who = view.other_user if not view.is_self else tr("your other device")
        state = view.state
        finished = state in (State.DONE, State.CANCELLED)
        self.cancel_button.setText(tr("&Close") if finished else tr("&Cancel"))
        if state is State.INCOMING:
            self._show(
                "incoming",
                tr("Verification request"),
                tr(
                    "{who} wants to verify with you. Accept only if you are in touch with them "
                    "right now, in person or by a call you trust."
                ).format(who=who),
            )
        elif state is State.READY:
            self.qr_view.show_payload(view.qr_payload)
            self.scan_button.setEnabled(view.can_scan)
            self.camera_button.setEnabled(view.can_scan)
            if getattr(self, "current_page", "") == "scan":
                return  # stay on the scanner the user opened
            self.sas_button.setEnabled(view.can_sas)
            if view.qr_payload is not None:
                text = tr("Scan this code with {who}, or scan theirs.").format(who=who)
            else:
                text = tr("Scan the code shown by {who}, or compare emoji.").format(who=who)
            self._show("ready", tr("Verify {who}").format(who=who), text)
        elif state is State.SAS_COMPARE:
            self.emoji_grid.show_emoji(view.emoji)
            if view.decimals:
                self.decimals.setText("  ".join(str(n) for n in view.decimals))
            self._show(
                "compare",
                tr("Compare the emoji"),
                tr("Check that {who} shows the same emoji, in the same order.").format(who=who),
            )
        elif state is State.QR_CONFIRM:
            self._show(
                "qr_confirm",
                tr("Code scanned"),
                tr("Does {who} show that the code was scanned successfully?").format(who=who),
            )
        elif state is State.DONE:
            text = (
                tr("This device and your other device now trust each other.")
                if view.is_self
                else tr("{who} is verified. Their messages show as trusted.").format(who=who)
            )
            self._show("done", tr("Verified"), text)
        elif state is State.CANCELLED:
            failure = view.failure
            text = (
                QCoreApplication.translate(failure.context, failure.text)
                if failure is not None
                else ""
            )
            self._show("failed", tr("Verification failed"), text)
        else:
            self._show("waiting", tr("Verify {who}").format(who=who), self._waiting_text(state))

    def _waiting_text(self, state: State) -> str:
        return {
            State.REQUESTED: tr("Waiting for the other device to accept…"),
            State.SAS_STARTED: tr("Exchanging keys…"),
            State.SAS_CONFIRMED: tr("Waiting for the other device to confirm the emoji…"),
            State.QR_SCANNED: tr("The code matches. Waiting for the other device to confirm…"),
            State.WAITING_DONE: tr("Waiting for the other device to finish…"),
        }.get(state, tr("Please wait…"))

    def _show(self, page: str, title: str, text: str) -> None:
        if page != "scan" and getattr(self, "current_page", "") == "scan":
            self.scanner.stop_camera()
        self.stack.setCurrentWidget(self.pages[page])
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.current_page = page

    # --- actions --------------------------------------------------------------------------------

    def open_scanner(self) -> None:
        self.scanner.reset()
        self._show(
            "scan",
            tr("Scan their code"),
            tr("Point the camera at the code on the other device, or read it from the screen."),
        )
        self.scanner.start_camera()

    def _back_to_ready(self) -> None:
        self.scanner.stop_camera()
        self.current_page = "ready"
        self.show_view(self.view)

    def done(self, result: int) -> None:
        self.scanner.stop_camera()
        super().done(result)

    def _cancel_or_close(self) -> None:
        if self.view.state not in (State.DONE, State.CANCELLED):
            self.act("cancel", b"")
        self.accept()

    def _scan_from_file(self) -> None:
        path, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self, tr("Open a picture of the code"), "", tr("Images (*.png *.jpg *.jpeg *.bmp)")
        )
        if path:
            self.scan_image(QtGui.QImage(path))

    def scan_image(self, image: QtGui.QImage) -> bool:
        """Hand the first code found in `image` to the flow. False (with a sentence shown)
        when there is none."""
        payloads = qimage_payloads(image)
        if not payloads:
            self.text.setText(tr("No verification code was found in this picture."))
            return False
        self.act("scanned", payloads[0])
        return True

    def scan_error(self, sentence: str) -> None:
        """The flow refused a scanned code (unreadable, or of another verification)."""
        self.text.setText(sentence)
