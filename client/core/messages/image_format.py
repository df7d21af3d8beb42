"""Which received bytes Pli will decode as a picture (issue 16.3; Qt-free).

Qt picks the decoder from the bytes, whatever the message declares: an `image/png` can reach
the SVG renderer, PDFium, libtiff or any other plugin present, each with its own bugs and
resource costs. Pli decodes only PNG, JPEG, GIF and WebP, recognised by their magic bytes and
then decoded by that format's decoder alone (client/ui/images.py), and only below a size that
cannot exhaust memory. Everything else stays a file chip: "Save as…" still works.
"""

from __future__ import annotations

# The decoders the frozen app ships (packaging/pyinstaller/pli.spec keeps only these image
# plugins; PNG is built into QtGui).
DECODABLE = ("png", "jpeg", "gif", "webp")
MAX_SIDE = 16_384
# A 40-megapixel photo: 160 MB once decoded (PNG has no scaled decoding), below Qt's 256 MB
# cap. Measured on this 2-core machine: a 143 KB PNG of 7000x7000 took 0.56 s and 196 MB.
MAX_PIXELS = 40_000_000


def sniff(data: bytes) -> str | None:
    """The format the bytes really are, among DECODABLE; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def acceptable_size(width: int, height: int) -> bool:
    """Dimensions read from the header, before any pixel is decoded."""
    return 0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE and width * height <= MAX_PIXELS
