"""Signing JSON: the spec's appendix "Cryptographic test vectors" (matrix-org/matrix-spec,
content/appendices.md at 966109da)."""

from __future__ import annotations

import pytest

from client.core.crypto import signing

SEED = "YJDBA9Xnr2sVqXD9Vj7XVUnmFZcZrlw8Md7kMW+3XA1"
PUBLIC = "XGX0JRS2Af3be3knz2fBiRbApjm2Dh61gXDJA8kcJNI"


@pytest.fixture
def key():  # type: ignore[no-untyped-def]
    return signing.signing_key_from_seed(signing.b64_decode(SEED))


def test_public_key_from_the_spec_seed(key) -> None:  # type: ignore[no-untyped-def]
    assert signing.public_key_b64(key) == PUBLIC


@pytest.mark.parametrize(
    ("obj", "signature"),
    [
        (
            {},
            "K8280/U9SSy9IVtjBuVeLr+HpOB4BQFWbg+UZaADMtTdGYI7Geitb76LTrr5QV/7Xg4ahLwYGYZzuHGZKM5ZAQ",
        ),
        (
            {"one": 1, "two": "Two"},
            "KqmLSbO39/Bzb0QIYE82zqLwsA+PDzYIpIRA2sRQ4sL53+sN6/fpNSoqE7BP7vBZhG6kYdD13EIMJpvhJI+6Bw",
        ),
    ],
)
def test_spec_signing_vectors(key, obj, signature) -> None:  # type: ignore[no-untyped-def]
    signed = signing.sign_json(obj, "domain", "ed25519:1", key)
    assert signed["signatures"] == {"domain": {"ed25519:1": signature}}
    assert "signatures" not in obj  # the input is not modified
    assert signing.verify_json(signed, "domain", "ed25519:1", PUBLIC)


def test_verification_fails_on_any_change(key) -> None:  # type: ignore[no-untyped-def]
    signed = signing.sign_json({"one": 1, "unsigned": {"age": 5}}, "domain", "ed25519:1", key)
    signed["unsigned"] = {"age": 99}  # not covered by the signature
    assert signing.verify_json(signed, "domain", "ed25519:1", PUBLIC)
    tampered = {**signed, "one": 2}
    assert not signing.verify_json(tampered, "domain", "ed25519:1", PUBLIC)
    assert not signing.verify_json(signed, "domain", "ed25519:2", PUBLIC)
    assert not signing.verify_json(signed, "other", "ed25519:1", PUBLIC)
    assert not signing.verify_json(signed, "domain", "ed25519:1", "not base64!")
    assert not signing.verify_json({"signatures": "junk"}, "domain", "ed25519:1", PUBLIC)
