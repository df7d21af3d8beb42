"""Reading verification QR codes from pixels (a camera frame, an image file, a screenshot),
binary-exact with zxing-cpp. No Qt import here: zxing-cpp takes a QImage (what the UI has
from a camera frame, a file or a screenshot) as well as a PIL image or an array, so the same
code path serves the camera, files and tests.

pyzbar is not used: it truncates payloads at NUL bytes (FACTS.md), and keys contain NULs.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


def read_qr_payloads(image: Any) -> list[bytes]:
    """The raw bytes of every QR code found in `image` (QImage, PIL image or array). Never
    raises for a bad or empty image: it returns no payloads."""
    import zxingcpp

    try:
        results = zxingcpp.read_barcodes(
            image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
        )
    except Exception as error:  # an image zxing cannot take: nothing found
        log.info("QR reader refused the image: %r", error)
        return []
    return [bytes(result.bytes) for result in results if result.valid]
