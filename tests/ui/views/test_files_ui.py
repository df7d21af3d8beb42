"""Files through the window against the test Synapse: attach, drop and paste; a received image
gets its thumbnail; a received file is saved where asked, decrypted, or opened with the
system's program (never a program or a script); a file above the limit is refused with a
sentence and nothing is sent."""

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

        # "Save as…" asks where to save a received file; the saved copy is the original.
        attachments_rows = [
            r for r in range(model.rowCount()) if model.item(r).attachment is not None
        ]
        assert attachments_rows
        menu = view.menu_for(model.item(model.row_of(row.event_id)))
        names = [a.text() for a in menu.actions()]
        assert names[:2] == ["&Open", "&Save as…"], names
        menu.actions()[1].trigger()
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


class UrlCatcher(QtCore.QObject):
    """Qt's own hook for QDesktopServices.openUrl: the URLs the system would have opened."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QtCore.QUrl] = []

    @QtCore.Slot(QtCore.QUrl)
    def open(self, url: QtCore.QUrl) -> None:
        self.urls.append(url)


async def test_open_hands_a_private_decrypted_copy_to_the_system_but_never_a_program(
    qtbot, synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    window = open_window(qtbot, alice)
    catcher = UrlCatcher()
    QtGui.QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        room_id = await direct_chat(alice, bob)
        await wait_until(lambda: window.rooms.row_of(room_id) >= 0)
        window.select_room(room_id)
        text = b"Ordre du jour : budget 2027\n" * 100
        await bob.queue_file(room_id, "ordre du jour.txt", text, "text/plain")
        await bob.queue_file(room_id, "mise à jour.exe", b"MZ\x90\x00", "application/octet-stream")
        for name in ("ordre du jour.txt", "mise à jour.exe"):
            await wait_until(lambda n=name: row_with_file(alice, room_id, n), 30, name)
        model, view = window.timeline_view.model(), window.timeline_view

        note = row_with_file(alice, room_id, "ordre du jour.txt")
        view.attachmentActivated.emit(model.item(model.row_of(note.event_id)))  # a click
        await wait_until(lambda: catcher.urls or visible("errorBox"), what="the file opened")
        assert not visible("errorBox")
        opened = Path(catcher.urls[0].toLocalFile())
        assert opened.name == "ordre du jour.txt" and opened.read_bytes() == text
        assert opened.is_relative_to(tmp_path / "a" / "opened")
        assert opened.stat().st_mode & 0o777 == 0o600
        assert opened.parent.stat().st_mode & 0o777 == 0o700
        assert "Opened ordre du jour.txt" in window.statusBar().currentMessage()

        program = row_with_file(alice, room_id, "mise à jour.exe")
        view.attachmentActivated.emit(model.item(model.row_of(program.event_id)))
        await wait_until(lambda: visible("errorBox"), what="the refusal")
        box = visible("errorBox")[0]
        assert "mise à jour.exe is none of these" in box.text() + box.informativeText()
        box.accept()
        assert len(catcher.urls) == 1, "a program is never handed to the system"
        assert not list((tmp_path / "a" / "opened").rglob("*.exe"))
    finally:
        QtGui.QDesktopServices.unsetUrlHandler("file")
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()
    assert not (tmp_path / "a" / "opened").exists(), "the opened copies go when Pli closes"


async def test_a_hostile_picture_never_reaches_another_decoder_nor_the_gui_thread(
    qtbot, synapse, user, other_user, tmp_path: Path, memory_store, monkeypatch
) -> None:
    """Issue 16.3: Bob sends an SVG declared image/png, then a real PNG. The SVG stays a file
    chip (on the code before, Qt's SVG plugin rendered it as the thumbnail); the PNG is decoded
    on a worker thread, never the GUI's."""
    import threading

    from client.ui import images
    from client.ui.views import file_actions
    from tests.unit.ui.test_images import SVG

    threads: list[str] = []
    real = images.decode_thumbnail

    def spying(data: bytes, box: QtCore.QSize) -> QtGui.QImage | None:
        threads.append(threading.current_thread().name)
        return real(data, box)

    monkeypatch.setattr(file_actions, "decode_thumbnail", spying)
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    window = open_window(qtbot, alice)
    try:
        room_id = await direct_chat(alice, bob)
        await wait_until(lambda: window.rooms.row_of(room_id) >= 0)
        window.select_room(room_id)
        await bob.queue_file(room_id, "logo.png", SVG, "image/png", 100, 100)
        await bob.queue_file(room_id, "vrai.png", PNG, "image/png", 1, 1)
        model = window.timeline_view.model()
        view = window.timeline_view
        rows = {}
        for name in ("logo.png", "vrai.png"):
            await wait_until(lambda n=name: row_with_file(alice, room_id, n), 30, name)
            row = row_with_file(alice, room_id, name)
            assert row is not None
            await wait_until(lambda r=row: model.row_of(r.event_id) >= 0)
            rows[name] = row
        for row in rows.values():
            index = model.index(model.row_of(row.event_id), 0)
            view.timeline_delegate.layout(view._option(index), index)  # asks for it
        actions = window.file_actions
        await wait_until(lambda: rows["vrai.png"].event_id in actions.thumbnails, what="thumb")
        await wait_until(lambda: rows["logo.png"].event_id in actions._failed, what="refused")
        assert rows["logo.png"].event_id not in actions.thumbnails
        assert len(threads) == 2 and threading.main_thread().name not in threads, threads
        # Asked again at every repaint: not fetched again.
        index = model.index(model.row_of(rows["logo.png"].event_id), 0)
        view.timeline_delegate.layout(view._option(index), index)
        assert rows["logo.png"].event_id not in actions._loading
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()
