"""Files through the window against the test Synapse: attach, drop and paste; a received image
gets its thumbnail; a received file is saved where asked, decrypted; a file above the limit is
refused with a sentence and nothing is sent."""

from __future__ import annotations

import os
from pathlib import Path

from client.core.policy.loader import Policy
from client.ui.qt import QApplication, QMessageBox, Qt, QtCore, QtGui, QtWidgets
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.waits import wait_until
from tests.integration.test_files import PNG, row_with_file
from tests.ui.helpers import open_window


def visible(name: str) -> list[QtWidgets.QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


async def test_attach_drop_paste_thumbnail_and_save(
    qtbot, synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    window = open_window(qtbot, alice)
    progress: list[object] = []
    window.bridge.transferProgress.connect(progress.append)
    try:
        room_id = await direct_chat(alice, bob)
        await wait_until(lambda: window.rooms.row_of(room_id) >= 0)
        window.select_room(room_id)
        assert window.attach_button.isEnabled()
        report = tmp_path / "compte rendu.pdf"
        report.write_bytes(os.urandom(50_000))
        await window.file_actions.attach_paths([report])
        # Dropped on the message box (the same path as a paste of files).
        dropped = tmp_path / "annexe.txt"
        dropped.write_text("annexe confidentielle")
        mime = QtCore.QMimeData()
        mime.setUrls([QtCore.QUrl.fromLocalFile(str(dropped))])
        assert window.composer.canInsertFromMimeData(mime)
        window.composer.insertFromMimeData(mime)
        # Dropped or pasted files are named and confirmed before anything leaves.
        await wait_until(
            lambda: [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()],
            what="the confirmation",
        )  # fmt: skip
        confirm = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        assert "annexe.txt" in confirm.text()
        confirm.button(QMessageBox.StandardButton.Yes).click()
        # A pasted screenshot.
        image = QtGui.QImage(40, 30, QtGui.QImage.Format.Format_RGB32)
        image.fill(QtGui.QColor("darkblue"))
        pasted = QtCore.QMimeData()
        pasted.setImageData(image)
        window.composer.insertFromMimeData(pasted)
        assert window.composer.toPlainText() == ""  # no file URL typed into the message
        for name in ("compte rendu.pdf", "annexe.txt", "pasted image.png"):
            await wait_until(lambda n=name: row_with_file(bob, room_id, n), 30, name)
        shot = row_with_file(bob, room_id, "pasted image.png")
        assert shot is not None and shot.attachment is not None and shot.attachment.is_image
        assert (shot.attachment.width, shot.attachment.height) == (40, 30)
        model = window.timeline_view.model()
        assert progress and not model.progress  # reported while uploading, gone once sent

        # Bob sends an image: Alice's window shows its thumbnail.
        sent = await bob.queue_file(room_id, "schéma.png", PNG, "image/png", 1, 1)
        await wait_until(lambda: row_with_file(alice, room_id, "schéma.png"), 30, "image")
        row = row_with_file(alice, room_id, "schéma.png")
        assert row is not None and sent is not None
        await wait_until(lambda: model.row_of(row.event_id) >= 0)
        view = window.timeline_view
        view.scrollToBottom()
        index = model.index(model.row_of(row.event_id), 0)
        view.timeline_delegate.layout(view._option(index), index)  # asks for the thumbnail
        await wait_until(lambda: row.event_id in window.file_actions.thumbnails, what="thumb")
        layout = view.timeline_delegate.layout(view._option(index), index)
        assert layout.image is not None and layout.attachment is not None
        assert "Image: schéma.png" in index.data(Qt.ItemDataRole.AccessibleTextRole)

        # Clicking a received file asks where to save it; the saved copy is the original.
        attachments_rows = [
            r for r in range(model.rowCount()) if model.item(r).attachment is not None
        ]
        assert attachments_rows
        view.attachmentActivated.emit(model.item(model.row_of(row.event_id)))
        await wait_until(lambda: visible("saveDialog"), what="the save dialog")
        dialog = visible("saveDialog")[0]
        assert dialog.selectedFiles()[0].endswith("schéma.png")  # the sender's name offered
        dialog.setDirectory(str(tmp_path))
        name_edit = dialog.findChild(QtWidgets.QLineEdit, "fileNameEdit")
        name_edit.setText("copie.png")  # as the user types it
        dialog.accept()
        target = Path(dialog.selectedFiles()[0])
        assert target == tmp_path / "copie.png"
        await wait_until(lambda: target.exists() or visible("errorBox"), what="saved")
        assert not visible("errorBox")
        assert target.read_bytes() == PNG
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()


async def test_a_file_over_the_limit_is_refused_with_a_sentence(
    qtbot, synapse, user, tmp_path: Path, memory_store
) -> None:
    policy = Policy({"max_upload_size_mb": 1}, {"max_upload_size_mb": "/etc/pli/policy.json"})
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store, policy)
    window = open_window(qtbot, alice)
    try:
        room_id = await alice.create_room("Archives")
        await wait_until(lambda: window.rooms.row_of(room_id) >= 0)
        window.select_room(room_id)
        big = tmp_path / "export.zip"
        big.write_bytes(b"\0" * 3_000_000)
        window.tasks.run(window.file_actions.attach_paths([big]))
        await wait_until(lambda: visible("errorBox"), what="the refusal")
        box = visible("errorBox")[0]
        assert "export.zip is 3.0 MB" in box.text() and "1.0 MB" in box.text()
        box.accept()
        assert alice.outbox_entries(room_id) == []
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
