"""Files in the window: attach (button, drag and drop, paste an image), upload progress, save a
received file, and image thumbnails.

Sending reads the file, asks the session (which checks the size limit first and says so in a
sentence), and shows the row as "Uploading… n %" until the server has it; the row's menu can
stop it. A received file is saved where the user chooses, decrypted only on its way there;
nothing decrypted is written anywhere else. Thumbnails are decoded from the downloaded image
(never fetched from anywhere but the homeserver, never more bytes than the message announced,
within a deadline), off the GUI thread by client/ui/images.py (PNG, JPEG, GIF and WebP
only, by their magic bytes; huge dimensions refused), scaled down, and kept in memory only.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from client.core.errors import PliError
from client.core.events import Attachment, TimelineItem, TransferProgress
from client.core.messages import attachments
from client.core.session.session import file_too_large
from client.ui.dialogs.common import answered_yes, question_box, show_and_wait, show_error
from client.ui.i18n import error_text
from client.ui.images import decode_thumbnail
from client.ui.qt import QCoreApplication, QMessageBox, QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from client.ui.views.main_window import MainWindow

log = logging.getLogger(__name__)

THUMBNAIL = QtCore.QSize(320, 240)
THUMBNAILS_KEPT = 200
MAX_THUMBNAIL_SOURCE = 20 * 1024 * 1024  # larger images show as a file chip only
MAX_PARALLEL_THUMBNAILS = 3
THUMBNAIL_DEADLINE = 60.0  # seconds for the whole download of a picture


class FileActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.thumbnails: OrderedDict[str, QtGui.QImage] = OrderedDict()
        self._loading: set[str] = set()
        self._failed: set[str] = set()
        self._decoding = asyncio.Semaphore(1)  # one big picture in memory at a time
        window.bridge.transferProgress.connect(self._on_progress)

    # --- sending ---------------------------------------------------------------------------------

    async def choose_and_attach(self) -> None:
        dialog = QtWidgets.QFileDialog(
            self.window, QCoreApplication.translate("FileActions", "Send a file")
        )
        dialog.setObjectName("attachDialog")
        dialog.setFileMode(QtWidgets.QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog, True)
        await show_and_wait(dialog)
        self.window.restore_focus()
        if dialog.result() == QtWidgets.QDialog.DialogCode.Accepted:
            await self.attach_paths([Path(p) for p in dialog.selectedFiles()])

    def attach_box(self, room_id: str, paths: list[Path]) -> QMessageBox:
        """The question before dropped or pasted files are sent: the conversation and the
        files' names (No is the default)."""
        names = "\n".join(f"• {path.name}" for path in paths[:20])
        if len(paths) > 20:
            names += "\n…"
        question = QCoreApplication.translate("FileActions", "Send to {room}?\n\n{files}").format(
            room=self.window._room_name(room_id), files=names
        )
        return question_box(
            self.window, QCoreApplication.translate("FileActions", "Send files"), question
        )

    async def confirm_and_attach(self, paths: list[Path]) -> None:
        """Files dropped or pasted: said and confirmed before anything leaves (a web page's
        copy handler can put any file:// address on the clipboard)."""
        room_id = self.window.current_room
        if room_id is None or not paths:
            return
        if await answered_yes(self.attach_box(room_id, paths)):
            await self.attach_paths(paths)
        self.window.restore_focus()

    async def attach_paths(self, paths: list[Path]) -> None:
        limit = await self.window.session.upload_limit() if self.window.session.logged_in else 0
        for path in paths:
            try:
                size = path.stat().st_size
                if limit and size > limit:
                    # Said before reading it all (the same sentence the session would say).
                    await show_error(
                        self.window,
                        QCoreApplication.translate("FileActions", "File not sent"),
                        error_text(file_too_large(path.name, size, limit)),
                    )
                    continue
                data = await asyncio.to_thread(path.read_bytes)
            except OSError as error:
                await show_error(
                    self.window,
                    QCoreApplication.translate("FileActions", "File not sent"),
                    QCoreApplication.translate(
                        "FileActions", "{name} cannot be read: {reason}"
                    ).format(name=path.name, reason=error.strerror or str(error)),
                )
                continue
            mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            await self.attach_bytes(path.name, data, mimetype)

    async def attach_image(self, image: QtGui.QImage) -> None:
        """A pasted image: sent as PNG."""
        buffer = QtCore.QBuffer()
        buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        name = QCoreApplication.translate("FileActions", "pasted image.png")
        await self.attach_bytes(name, bytes(buffer.data().data()), "image/png")

    async def attach_bytes(self, name: str, data: bytes, mimetype: str) -> None:
        room_id = self.window.current_room
        if room_id is None:
            return
        width = height = 0
        if mimetype.startswith("image/"):
            # Only the header is read; the buffer must outlive the reader (Qt keeps a pointer).
            array = QtCore.QByteArray(data)
            buffer = QtCore.QBuffer(array)
            buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
            reader = QtGui.QImageReader(buffer)
            size = reader.size()
            buffer.close()
            width, height = max(0, size.width()), max(0, size.height())
        try:
            await self.window.session.queue_file(room_id, name, data, mimetype, width, height)
        except PliError as error:  # too large, disk full: said, nothing sent
            await show_error(
                self.window,
                QCoreApplication.translate("FileActions", "File not sent"),
                error_text(error),
            )

    def _on_progress(self, progress: TransferProgress) -> None:
        model = self.window.timelines.get(progress.room_id)
        if model is not None:
            model.set_progress(progress.event_id, progress.done, progress.total)

    # --- receiving -------------------------------------------------------------------------------

    async def open(self, item: TimelineItem) -> None:
        """Open a received file with the system's program for it (a decrypted copy in the
        profile, deleted when Pli closes); programs and scripts are refused with a sentence."""
        attachment = item.attachment
        if attachment is None or not attachment.url:
            return
        status = self.window.statusBar()
        status.showMessage(
            QCoreApplication.translate("FileActions", "Opening {name}…").format(
                name=attachment.name
            )
        )
        title = QCoreApplication.translate("FileActions", "File not opened")
        try:
            path = await self.window.session.open_copy(attachment)
        except (PliError, OSError) as error:
            status.clearMessage()
            reason = error_text(error) if isinstance(error, PliError) else str(error)
            await show_error(self.window, title, reason)
            return
        if not QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path))):
            status.clearMessage()
            await show_error(
                self.window,
                title,
                QCoreApplication.translate(
                    "FileActions", "No program on this computer opens {name}. Save it instead."
                ).format(name=path.name),
            )
            return
        opened = QCoreApplication.translate("FileActions", "Opened {name}").format(name=path.name)
        status.showMessage(opened, 8000)
        self.window.announcer.announce(opened)

    async def save(self, item: TimelineItem) -> None:
        attachment = item.attachment
        if attachment is None or not attachment.url:
            return
        dialog = QtWidgets.QFileDialog(
            self.window, QCoreApplication.translate("FileActions", "Save the file")
        )
        dialog.setObjectName("saveDialog")
        dialog.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(attachments.opened_name(attachment.name))  # no ":" (streams), no "/"
        await show_and_wait(dialog)
        self.window.restore_focus()
        if dialog.result() != QtWidgets.QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return
        await self.save_to(attachment, Path(dialog.selectedFiles()[0]))

    async def save_to(self, attachment: Attachment, target: Path) -> bool:
        status = self.window.statusBar()
        status.showMessage(
            QCoreApplication.translate("FileActions", "Downloading {name}…").format(
                name=attachment.name
            )
        )
        try:
            data = await self.window.session.download_attachment(attachment)
            target.write_bytes(data)
            attachments.mark_of_the_web(target)  # Windows: Protected View, SmartScreen
        except (PliError, OSError) as error:
            reason = error_text(error) if isinstance(error, PliError) else str(error)
            status.clearMessage()
            await show_error(
                self.window, QCoreApplication.translate("FileActions", "File not saved"), reason
            )
            return False
        status.showMessage(
            QCoreApplication.translate("FileActions", "Saved {name}").format(name=target.name), 8000
        )
        self.window.announcer.announce(
            QCoreApplication.translate("FileActions", "Saved {name}").format(name=target.name)
        )
        return True

    # --- thumbnails ------------------------------------------------------------------------------

    def thumbnail(self, item: TimelineItem, load: bool = True) -> QtGui.QImage | None:
        """The image of a row if it is ready; otherwise starts loading it (once) when `load`
        (the row is being painted, not only measured)."""
        attachment = item.attachment
        if attachment is None or not attachment.is_image or not attachment.url:
            return None
        cached = self.thumbnails.get(item.event_id)
        if cached is not None:
            self.thumbnails.move_to_end(item.event_id)
            return cached
        if (
            load
            and item.event_id not in self._loading
            and item.event_id not in self._failed
            and len(self._loading) < MAX_PARALLEL_THUMBNAILS
            and 0 < attachment.size <= MAX_THUMBNAIL_SOURCE
            and self.window.session.logged_in
        ):
            self._loading.add(item.event_id)
            self.window.tasks.run(self._load(item))
        return None

    async def _load(self, item: TimelineItem) -> None:
        assert item.attachment is not None
        try:
            # At most the size the message announced (a server cannot send more), in time.
            data = await self.window.session.download_attachment(
                item.attachment, limit=item.attachment.size, deadline=THUMBNAIL_DEADLINE
            )
            # Off the GUI thread: a slow or hostile picture never freezes the window.
            async with self._decoding:
                image = await asyncio.to_thread(decode_thumbnail, data, THUMBNAIL)
            if image is None:
                self._failed.add(item.event_id)
                return
            self.thumbnails[item.event_id] = image
            if len(self.thumbnails) > THUMBNAILS_KEPT:
                self.thumbnails.popitem(last=False)
        except PliError as error:
            log.info("no thumbnail for %s: %r", item.event_id, error)
            self._failed.add(item.event_id)
        except Exception:  # a decoder's surprise: logged once, never retried at each repaint
            log.exception("thumbnail of %s failed", item.event_id)
            self._failed.add(item.event_id)
        finally:
            self._loading.discard(item.event_id)
        model = self.window.timelines.get(item.room_id)
        if model is not None:
            model.refresh(item.event_id)
