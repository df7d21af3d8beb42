"""SAS pure functions against published vectors."""

from __future__ import annotations

import pytest

from client.core.verification import sas

START = {
    "from_device": "XOWLHHFSWM",
    "transaction_id": "bYxBsirjUJO9osar6ST4i2M2NjrYLA7l",
    "method": "m.sas.v1",
    "key_agreement_protocols": ["curve25519-hkdf-sha256", "curve25519"],
    "hashes": ["sha256"],
    "message_authentication_codes": ["hkdf-hmac-sha256", "hmac-sha256"],
    "short_authentication_string": ["decimal", "emoji"],
}


def test_commitment_matches_matrix_rust_sdk() -> None:
    # matrix-rust-sdk crates/matrix-sdk-crypto/src/verification/sas/helpers.rs,
    # test commitment_calculation (at 64b12e0b808969c284c94f0ea239f37d6746d6e2).
    key = "Q/NmNFEUS1fS+YeEmiZkjjblKTitrKOAk7cPEumcMlg"
    assert sas.commitment(key, START) == "CCQmB4JCdB0FW21FdAnHj/Hu8+W9+Nb0vgwPEnZZQ4g"


@pytest.mark.parametrize(
    ("data", "indices", "numbers"),
    [
        # vodozemac src/sas.rs tests emoji_generation / decimal_generation
        (bytes(6), [0] * 7, (1000, 1000, 1000)),
        (b"\xff" * 6, [63] * 7, (9191, 9191, 9191)),
        # the same algorithm, bit by bit
        (bytes.fromhex("fc0000000000"), [63, 0, 0, 0, 0, 0, 0], (9064, 1000, 1000)),
        (bytes.fromhex("0123456789ab"), [0, 18, 13, 5, 25, 56, 38], (1036, 4349, 6060)),
    ],
)
def test_emoji_and_decimals_from_bytes(
    data: bytes, indices: list[int], numbers: tuple[int, int, int]
) -> None:
    assert sas.emoji_indices(data) == indices
    assert sas.decimals(data) == numbers


def test_emoji_table_is_the_specs_with_french_names() -> None:
    table = sas.emoji_table()
    assert len(table) == 64
    assert (table[0].emoji, table[0].description, table[0].name("fr")) == ("🐶", "Dog", "Chien")
    assert table[63].description == "Pin" and table[63].name("fr") == "Punaise"
    assert all(e.name("fr") != "" for e in table)
    assert table[0].name("xx") == "Dog"  # unknown language: English
    assert [e.description for e in sas.emoji(bytes(6))] == ["Dog"] * 7


def test_short_input_is_refused() -> None:
    with pytest.raises(ValueError):
        sas.emoji_indices(bytes(5))
    with pytest.raises(ValueError):
        sas.decimals(bytes(4))
