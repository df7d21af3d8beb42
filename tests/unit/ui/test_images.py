"""Received pictures are decoded safely (issue 16.3, client/ui/images.py): only PNG, JPEG, GIF
and WebP, by their magic bytes and that format's decoder alone; huge dimensions refused from
the header, before any pixel; scaled while decoding. Real Qt decoders, no mock.

On the code before (QImage.fromData): the SVG, TIFF, BMP, ICO and a PNG-named SVG below were
all decoded by whatever plugin matched their bytes, and a 143 KB PNG of 7000x7000 was decoded in
full (196 MB, 0.56 s) on the GUI thread."""

from __future__ import annotations

import struct
import time
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from client.ui.images import decode_thumbnail
from client.ui.qt import QtCore, QtGui

BOX = QtCore.QSize(320, 240)
GIF = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    b'<rect width="100" height="100" fill="red"/></svg>'
)


def encoded(fmt: str, width: int = 64, height: int = 48) -> bytes:
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("darkblue"))
    array = QtCore.QByteArray()
    buffer = QtCore.QBuffer(array)
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)  # type: ignore[call-overload]
    buffer.close()
    return bytes(array.data())


def png_header(width: int, height: int, full: bool = False) -> bytes:
    """A PNG that claims any size: a valid IHDR, then a tiny all-zero IDAT stream (or, with
    `full`, every row: a decompression bomb, ~1 KB per megapixel)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * (height * (1 + 3 * width) if full else 4096), 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_the_four_formats_decode(qapp, fmt: str) -> None:  # type: ignore[no-untyped-def]
    image = decode_thumbnail(encoded(fmt), BOX)
    assert image is not None and (image.width(), image.height()) == (64, 48)


def test_gif_decodes(qapp) -> None:  # type: ignore[no-untyped-def]
    image = decode_thumbnail(GIF, BOX)
    assert image is not None and image.size() == QtCore.QSize(1, 1)


def test_a_large_photo_is_decoded_at_the_thumbnail_size(qapp) -> None:  # type: ignore[no-untyped-def]
    image = decode_thumbnail(encoded("JPEG", 4000, 3000), BOX)
    assert image is not None and image.width() <= 320 and image.height() <= 240
    assert (image.width(), image.height()) == (320, 240)


@pytest.mark.parametrize("fmt", ["TIFF", "BMP", "ICO"])
def test_other_formats_are_refused_though_qt_could_decode_them(qapp, fmt: str) -> None:  # type: ignore[no-untyped-def]
    data = encoded(fmt)
    assert not QtGui.QImage.fromData(data).isNull()  # control: the plugin is here
    assert decode_thumbnail(data, BOX) is None


def test_svg_is_refused_even_named_png(qapp) -> None:  # type: ignore[no-untyped-def]
    assert not QtGui.QImage.fromData(SVG).isNull()  # control: Qt would render it
    assert decode_thumbnail(SVG, BOX) is None
    # PNG's magic bytes, then SVG: the PNG decoder alone sees it, and fails.
    assert decode_thumbnail(b"\x89PNG\r\n\x1a\n" + SVG, BOX) is None


@pytest.mark.parametrize(
    ("width", "height"), [(100_000, 100_000), (20_000, 1), (1, 20_000), (6_500, 6_500)]
)
def test_huge_dimensions_are_refused_from_the_header(qapp, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    data = png_header(width, height, full=width * height < 100_000_000)
    started = time.perf_counter()
    assert decode_thumbnail(data, BOX) is None
    assert time.perf_counter() - started < 1.0  # nothing was decoded


@pytest.mark.qt_log_level_fail("CRITICAL")  # the decoders warn about garbage, as they should
@settings(max_examples=300, deadline=None)
@given(
    magic=st.sampled_from([b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF89a", b"RIFF\0\0\0\0WEBP"]),
    rest=st.binary(max_size=2048),
)
def test_garbage_behind_magic_bytes_never_raises(qapp, magic: bytes, rest: bytes) -> None:  # type: ignore[no-untyped-def]
    image = decode_thumbnail(magic + rest, BOX)
    assert image is None or (image.width() <= 320 and image.height() <= 240)
