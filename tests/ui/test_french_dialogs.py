"""The trust and backup dialogs really show French at run time (a .ts entry only helps if the
code looks it up under the context lupdate filed it in)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from client.core.crypto.trust import DeviceTrust
from client.core.session.account_security import DeviceSummary
from client.core.verification.view import VerificationView
from client.ui.dialogs.devices import DevicesDialog
from client.ui.dialogs.secure_backup import ReadHistoryDialog, SecureBackupWizard
from client.ui.dialogs.verification import VerificationDialog
from client.ui.i18n import install_translator
from client.ui.qt import QtWidgets
from client.ui.widgets.qr_scanner import QrScanner
from tests.helpers.flow_pairs import in_room_pair


@pytest.fixture
def french() -> Iterator[None]:
    install_translator("fr")
    yield
    install_translator("en")


def texts(widget: QtWidgets.QWidget) -> set[str]:
    found = {widget.windowTitle()}
    for child in widget.findChildren(QtWidgets.QWidget):
        text = getattr(child, "text", None)
        if callable(text) and isinstance(text(), str):
            found.add(text().replace("&", ""))
    return found


async def never() -> None:
    return None


def test_trust_and_backup_dialogs_are_french(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    alice, _bob = in_room_pair()
    verification = VerificationDialog(VerificationView.of(alice), lambda _a, _d: None)
    devices = DevicesDialog("@a:hs", True, {})
    devices.show_devices([DeviceSummary("@a:hs", "D", "Bureau", DeviceTrust.UNVERIFIED, False, 0)])
    wizard = SecureBackupWizard(lambda _p: never(), lambda *a: None)  # type: ignore[arg-type,return-value]
    history = ReadHistoryDialog(lambda _s: never(), lambda: None, lambda *a: None)  # type: ignore[arg-type,return-value]
    scanner = QrScanner()
    for widget in (verification, devices, wizard, history, scanner):
        qtbot.addWidget(widget)
    assert {"Comparer des émojis à la place", "Annuler"} <= texts(verification)
    assert "Mes appareils" in texts(devices) and "⚠ Non vérifié" == devices.table.item(0, 2).text()
    assert "Sécurisez vos messages" in texts(wizard)
    assert "Déverrouiller" in texts(history)
    assert "Lire le code à l’écran" in texts(scanner)
