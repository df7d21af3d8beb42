"""QR payload codec: round trips, the spec's layout, negative cases, a 100,000-input fuzz,
and the real image path (segno renders, zxing-cpp reads back binary-exact)."""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from client.core.verification import qr
from client.core.verification.qr import QrCodeError, QrMode, QrPayload

# Two valid Ed25519 public keys (decoding checks that keys are curve points).
KEY1 = bytes.fromhex("6b53202f92691e36cd2767f92311d88aa2f631051b36effca425801a0cd2e804")
KEY2 = bytes.fromhex("bd527cf86e07a41fb4cc330e4254e75b7efd87d03642df6f5676259b86aebc4d")
SECRET = b"0123456789abcdef"


def test_layout_matches_the_spec() -> None:
    payload = QrPayload(QrMode.SELF_VERIFYING_MASTER_KEY_UNTRUSTED, "txn-1", KEY1, KEY2, SECRET)
    data = payload.encode()
    assert data[:6] == b"MATRIX"
    assert data[6] == 0x02 and data[7] == 0x02
    assert struct.unpack(">H", data[8:10]) == (5,)
    assert data[10:15] == b"txn-1"
    assert data[15:47] == KEY1 and data[47:79] == KEY2 and data[79:] == SECRET
    assert qr.decode(data) == payload


@pytest.mark.parametrize("mode", list(QrMode))
def test_round_trip_every_mode_with_an_event_id(mode: QrMode) -> None:
    payload = QrPayload.new(mode, "$Zm9vYmFyYmF6:example.org", KEY1, KEY2)
    assert len(payload.secret) == 16
    assert qr.decode(payload.encode()) == payload


def test_matrix_js_sdk_sized_payload_is_122_bytes() -> None:
    # FACTS.md: js-sdk made 122-byte payloads with a 32-byte transaction id, 16-byte secret.
    payload = QrPayload.new(QrMode.SELF_VERIFYING_MASTER_KEY_TRUSTED, "a" * 32, KEY1, KEY2)
    assert len(payload.encode()) == 122


GOOD = QrPayload(QrMode.VERIFYING_ANOTHER_USER, "flow", KEY1, KEY2, SECRET).encode()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty", b""),
        ("bad header", b"MATRIY" + GOOD[6:]),
        ("lowercase header", b"matrix" + GOOD[6:]),
        ("version 0x01", GOOD[:6] + b"\x01" + GOOD[7:]),
        ("mode 0x03", GOOD[:7] + b"\x03" + GOOD[8:]),
        ("secret of 7 bytes", GOOD[:-9]),
        ("truncated key", GOOD[:40]),
        ("flow id longer than the data", GOOD[:8] + b"\xff\xff" + GOOD[10:]),
        ("empty flow id", GOOD[:8] + b"\x00\x00" + GOOD[14:]),
        ("flow id not utf-8", GOOD[:10] + b"\xff\xfe\xfd\xfc" + GOOD[14:]),
        ("too large", GOOD + b"x" * 3000),
        ("header only", b"MATRIX"),
    ],
)
def test_malformed_payloads_give_the_typed_error(name: str, data: bytes) -> None:
    with pytest.raises(QrCodeError) as info:
        qr.decode(data)
    assert str(info.value.sentence) == "This is not a valid Matrix verification code."


# matrix-rust-sdk, crates/matrix-sdk-qrcode/src/types.rs (doc tests) and src/lib.rs (tests),
# at 64b12e0b808969c284c94f0ea239f37d6746d6e2.
RUST_KEY1, RUST_KEY2 = KEY1, KEY2
RUST_MODE2 = (
    "TUFUUklYAgIAB0ZMT1dfSURrUyAvkmkeNs0nZ/kjEdiKovYxBRs27/ykJYAaDNLoBL1SfPhuB6QftMwzDkJU51t+/Yf"
    "QNkLfb1Z2JZuGrrxNU0hBUkVEX1NFQ1JFVA=="
)
RUST_MODE0 = (
    "TUFUUklYAgAADyR0ZXN0OmxvY2FsaG9zdGtTIC+SaR42zSdn+SMR2Iqi9jEFGzbv/KQlgBoM0ugEvVJ8+G4HpB+0zDM"
    "OQlTnW379h9A2Qt9vVnYlm4auvE1TSEFSRURfU0VDUkVU"
)


@pytest.mark.parametrize(
    ("b64", "mode", "flow"),
    [
        (RUST_MODE2, QrMode.SELF_VERIFYING_MASTER_KEY_UNTRUSTED, "FLOW_ID"),
        (RUST_MODE0, QrMode.VERIFYING_ANOTHER_USER, "$test:localhost"),
    ],
)
def test_matrix_rust_sdk_vectors(b64: str, mode: QrMode, flow: str) -> None:
    import base64

    data = base64.b64decode(b64)
    payload = qr.decode(data)
    assert (payload.mode, payload.flow_id) == (mode, flow)
    assert (payload.key1, payload.key2, payload.secret) == (RUST_KEY1, RUST_KEY2, b"SHARED_SECRET")
    assert payload.encode() == data


@pytest.mark.parametrize(
    "data",
    [
        b"NonMatrixCode",
        b"MATRIX\x02\x03",
        b"MATRIX\x01\x03",
        b"MATRIX\x02\x02",
        b"MATRIX\x02\x02\x00\x07FLOW_ID" + b"A" * 32 + b"B" * 32 + b"SECRET",
        b"MATRIX\x02\x00\x00\x0f!test:localhost" + b"A" * 32 + b"B" * 32 + b"SECRETISLONGENOUGH",
    ],
    ids=["header", "mode 3", "version 1", "missing data", "short secret", "keys not on curve"],
)
def test_matrix_rust_sdk_negative_vectors(data: bytes) -> None:
    with pytest.raises(QrCodeError):
        qr.decode(data)


def test_not_bytes_is_the_typed_error() -> None:
    with pytest.raises(QrCodeError):
        qr.decode("MATRIX")  # type: ignore[arg-type]


def test_building_a_bad_payload_is_refused() -> None:
    with pytest.raises(QrCodeError):
        QrPayload(QrMode.VERIFYING_ANOTHER_USER, "f", KEY1[:31], KEY2, SECRET)
    with pytest.raises(QrCodeError):
        QrPayload(QrMode.VERIFYING_ANOTHER_USER, "f", KEY1, KEY2, b"short")


def test_keys_from_unpadded_base64() -> None:
    text = qr.key_to_base64(KEY1)
    assert "=" not in text and qr.key_from_base64(text) == KEY1
    for bad in ("", "!!!!", qr.key_to_base64(KEY1[:31])):
        with pytest.raises(QrCodeError):
            qr.key_from_base64(bad)


def _check(data: bytes) -> None:
    try:
        payload = qr.decode(data)
    except QrCodeError:
        return
    assert payload.encode() == data  # anything accepted is exactly what it encodes


@pytest.mark.slow
@pytest.mark.timeout(900)  # 100,000 cases: ~90 s alone, more on a busy machine
@settings(max_examples=100_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=200))
def test_fuzz_arbitrary_bytes(data: bytes) -> None:
    _check(data)


@pytest.mark.slow
@pytest.mark.timeout(600)
@settings(max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.binary(max_size=3).map(lambda tail: b"MATRIX\x02" + tail),
    st.integers(0, 4),
    st.binary(min_size=0, max_size=120),
)
def test_fuzz_near_valid_payloads(prefix: bytes, mode: int, tail: bytes) -> None:
    _check(prefix[:7] + bytes([mode]) + tail)
    _check(GOOD[:10] + tail)


def test_rendered_code_reads_back_binary_exact() -> None:
    """The real image path: segno draws it (one byte-mode segment), zxing-cpp reads it."""
    import io

    import segno
    import zxingcpp
    from PIL import Image

    payload = QrPayload.new(
        QrMode.SELF_VERIFYING_MASTER_KEY_TRUSTED, "\x00nul-in-flow", KEY1, b"\x00" * 32
    )
    data = payload.encode()
    code = segno.make(data, mode="byte", micro=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=6, border=4)
    image = Image.open(io.BytesIO(buffer.getvalue()))
    results = zxingcpp.read_barcodes(image)
    assert len(results) == 1
    assert results[0].bytes == data
    assert qr.decode(results[0].bytes) == payload
