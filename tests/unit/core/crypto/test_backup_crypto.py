"""Key backup session data against matrix-rust-sdk's vector
(crates/matrix-sdk-crypto/src/backups/keys/decryption.rs, test_decrypt_key)."""

from __future__ import annotations

import pytest

from client.core.crypto.backup_crypto import BackupDataError, BackupKey, encrypt_session

RUST_KEY = "Ha9cklU/9NqFo9WKdVfGzmqUL/9wlkdxfEitbSIPVXw"
RUST_SESSION_DATA = {
    "ephemeral": "HlLi76oV6wxHz3PCqE/bxJi6yF1HnYz5Dq3T+d/KpRw",
    "ciphertext": (
        "MuM8E3Yc6TSAvhVGb77rQ++jE6p9dRepx63/3YPD2wACKAppkZHeFrnTH6wJ/HSyrmzo"
        "7HfwqVl6tKNpfooSTHqUf6x1LHz+h4B/Id5ITO1WYt16AaI40LOnZqTkJZCfSPuE2oxa"
        "lwEHnCS3biWybutcnrBFPR3LMtaeHvvkb+k3ny9l5ZpsU9G7vCm3XoeYkWfLekWXvDhb"
        "qWrylXD0+CNUuaQJ/S527TzLd4XKctqVjjO/cCH7q+9utt9WJAfK8LGaWT/mZ3AeWjf5"
        "kiqOpKKf5Cn4n5SSil5p/pvGYmjnURvZSEeQIzHgvunIBEPtzK/MYEPOXe/P5achNGlC"
        "x+5N19Ftyp9TFaTFlTWCTi0mpD7ePfCNISrwpozAz9HZc0OhA8+1aSc7rhYFIeAYXFU3"
        "26NuFIFHI5pvpSxjzPQlOA+mavIKmiRAtjlLw11IVKTxgrdT4N8lXeMr4ndCSmvIkAzF"
        "Mo1uZA4fzjiAdQJE4/2WeXFNNpvdfoYmX8Zl9CAYjpSO5HvpwkAbk4/iLEH3hDfCVUwD"
        "fMh05PdGLnxeRpiEFWSMSsJNp+OWAA+5JsF41BoRGrxoXXT+VKqlUDONd+O296Psu8Q+"
        "d8/S618"
    ),
    "mac": "GtMrurhDTwo",
}


def test_rust_sdk_vector_decrypts() -> None:
    data = BackupKey.from_base64(RUST_KEY).decrypt_session(RUST_SESSION_DATA)
    assert data["algorithm"] == "m.megolm.v1.aes-sha2"
    assert isinstance(data["session_key"], str) and data["session_key"]


def test_round_trip_and_only_the_right_key_opens_it() -> None:
    key = BackupKey.generate()
    session = {
        "algorithm": "m.megolm.v1.aes-sha2",
        "sender_key": "k",
        "session_key": "AQAAAA",
        "sender_claimed_keys": {},
        "forwarding_curve25519_key_chain": [],
    }
    sealed = encrypt_session(key.public_key, session)
    assert key.decrypt_session(sealed) == session
    with pytest.raises(BackupDataError):
        BackupKey.generate().decrypt_session(sealed)
    assert BackupKey.from_base64(key.to_base64()) == key


@pytest.mark.parametrize(
    "broken",
    [
        None,
        {},
        {**RUST_SESSION_DATA, "mac": "AAAAAAAAAAA"},
        {**RUST_SESSION_DATA, "ciphertext": RUST_SESSION_DATA["ciphertext"][:-8]},
        {**RUST_SESSION_DATA, "ephemeral": "not base64!"},
        {**RUST_SESSION_DATA, "ephemeral": 5},
    ],
)
def test_corrupt_backup_data_is_a_typed_error(broken: object) -> None:
    with pytest.raises(BackupDataError):
        BackupKey.from_base64(RUST_KEY).decrypt_session(broken)
