"""Decoding received pictures safely (issue 16.3): the one place Pli turns untrusted bytes into
a QImage.

The format is the one the magic bytes say (core/messages/image_format.py), handed to
QImageReader with content detection off, so no other plugin ever sees the bytes; the size is
read from the header first and huge pictures are refused before a pixel is decoded; the
decoder scales while it reads (JPEG decodes straight to the thumbnail's size). Callers run
`decode_thumbnail` off the GUI thread (QImage, unlike QPixmap, may be made on any thread).
"""

from __future__ import annotations

import logging

from client.core.messages.image_format import acceptable_size, sniff
from client.ui.qt import QtCore, QtGui

log = logging.getLogger(__name__)


def decode_thumbnail(data: bytes, box: QtCore.QSize) -> QtGui.QImage | None:
    """The picture scaled to fit `box` (never enlarged), or None when Pli will not decode it."""
    kind = sniff(data)
    if kind is None:
        log.info("picture not decoded: not PNG, JPEG, GIF or WebP")
        return None
    array = QtCore.QByteArray(data)
    buffer = QtCore.QBuffer(array)  # the reader keeps a pointer: both live until the end
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    try:
        reader = QtGui.QImageReader(buffer, QtCore.QByteArray(kind.encode()))
        reader.setAutoDetectImageFormat(False)  # this format's decoder, or none
        reader.setDecideFormatFromContent(False)
        size = reader.size()
        if not acceptable_size(size.width(), size.height()):
            log.info("picture not decoded: %dx%d", size.width(), size.height())
            return None
        if size.width() > box.width() or size.height() > box.height():
            target = size.scaled(box, QtCore.Qt.AspectRatioMode.KeepAspectRatio)
            reader.setScaledSize(target.expandedTo(QtCore.QSize(1, 1)))
        image = reader.read()
        if image.isNull():
            log.info("picture not decoded: %s", reader.errorString())
            return None
        return image
    finally:
        buffer.close()
