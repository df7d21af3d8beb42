"""Recovery keys and secret storage against published vectors:
- matrix-rust-sdk crates/matrix-sdk-crypto/src/backups/keys/decryption.rs (recovery key
  "EsTc LW2K …" and its parity error),
- mautrix-python mautrix/crypto/ssss/key_test.py (a 4S key from a recovery key and from a
  passphrase, a cross-signing master key decrypted, wrong keys refused)."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from client.core.crypto import recovery_key, secret_storage
from client.core.crypto.recovery_key import RecoveryKeyError
from client.core.crypto.secret_storage import (
    KeyDescription,
    SecretStorageError,
    WrongRecoveryKey,
)
from client.core.crypto.symmetric import aes_ctr

RUST_KEY = bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
RUST_RECOVERY = "EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d"

KEY1_ID = "gEJqbfSEMnP5JXXcukpXEX1l0aI3MDs0"
KEY1_META = {
    "algorithm": "m.secret_storage.v1.aes-hmac-sha2",
    "passphrase": {
        "algorithm": "m.pbkdf2",
        "iterations": 500000,
        "salt": "y863BOoqOadgDp8S3FtHXikDJEalsQ7d",
    },
    "iv": "xxkTK0L4UzxgAFkQ6XPwsw",
    "mac": "MEhooO0ZhFJNxUhvRMSxBnJfL20wkLgle3ocY0ee/eA",
}
KEY1_RECOVERY = "EsTE s92N EtaX s2h6 VQYF 9Kao tHYL mkyL GKMh isZb KJ4E tvoC"
KEY1_PASSPHRASE = "correct horse battery staple"
KEY2_META = {
    "algorithm": "m.secret_storage.v1.aes-hmac-sha2",
    "iv": "O0BOvTqiIAYjC+RMcyHfWw==",  # padded base64: must be accepted too
    "mac": "7k6OruQlWg0UmQjxGZ0ad4Q6DdwkgnoI7G6X3IjBYtI=",
}
KEY2_RECOVERY = "EsUC xSxt XJgQ dz19 8WBZ rHdE GZo7 ybsn EFmG Y5HY MDAG GNWe"
MASTER_ENCRYPTED = {
    "iv": "BpKP9nQJTE9jrsAssoxPqQ==",
    "ciphertext": "fNRiiiidezjerTgV+G6pUtmeF3izzj5re/mVvY0hO2kM6kYGrxLuIu2ej80=",
    "mac": "/gWGDGMyOLmbJp+aoSLh5JxCs0AdS6nAhjzpe+9G2Q0=",
}
MASTER_SEED = bytes.fromhex("68f97fd1922eecf6b82bb890d24d0652984e7a1d703b9e867b7ebaf7feb95b6f")


def test_recovery_key_vector_and_parity() -> None:
    assert recovery_key.decode(RUST_RECOVERY) == RUST_KEY
    assert recovery_key.decode(RUST_RECOVERY.replace(" ", "")) == RUST_KEY
    assert recovery_key.encode(RUST_KEY) == RUST_RECOVERY
    with pytest.raises(RecoveryKeyError):
        recovery_key.decode(RUST_RECOVERY[:-1] + "e")  # parity
    for bad in ("", "foo", "0OIl", RUST_RECOVERY[:-5], RUST_RECOVERY + " 1111"):
        with pytest.raises(RecoveryKeyError):
            recovery_key.decode(bad)


@settings(max_examples=300)
@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_round_trip(key: bytes) -> None:
    text = recovery_key.encode(key)
    assert recovery_key.decode(text) == key
    assert all(len(group) == 4 for group in text.split()[:-1])


@settings(max_examples=500)
@given(st.text(max_size=80))
def test_recovery_key_reading_never_fails_otherwise(text: str) -> None:
    try:
        assert len(recovery_key.decode(text)) == 32
    except RecoveryKeyError:
        pass


def test_mautrix_vectors_recovery_key_and_passphrase() -> None:
    key1 = recovery_key.decode(KEY1_RECOVERY)
    description = KeyDescription.parse(KEY1_ID, KEY1_META)
    assert secret_storage.check_key(description, key1)
    assert secret_storage.key_from_passphrase(description, KEY1_PASSPHRASE) == key1
    wrong = secret_storage.key_from_passphrase(description, "incorrect horse battery staple")
    assert not secret_storage.check_key(description, wrong)
    key2 = recovery_key.decode(KEY2_RECOVERY)
    assert secret_storage.check_key(KeyDescription.parse("k2", KEY2_META), key2)
    assert not secret_storage.check_key(description, key2)
    with pytest.raises(WrongRecoveryKey):
        secret_storage.key_from_passphrase(KeyDescription.parse("k2", KEY2_META), "hmm")


def test_mautrix_vector_decrypts_the_master_key_only_with_the_right_key_and_name() -> None:
    key1 = recovery_key.decode(KEY1_RECOVERY)
    plaintext = secret_storage.decrypt(key1, secret_storage.MASTER, MASTER_ENCRYPTED)
    assert base64.b64decode(plaintext + b"=" * (-len(plaintext) % 4)) == MASTER_SEED
    with pytest.raises(WrongRecoveryKey):
        secret_storage.decrypt(
            recovery_key.decode(KEY2_RECOVERY), secret_storage.MASTER, MASTER_ENCRYPTED
        )
    with pytest.raises(WrongRecoveryKey):  # the secret is bound to its name
        secret_storage.decrypt(key1, secret_storage.SELF_SIGNING, MASTER_ENCRYPTED)


def test_broken_descriptions_and_data_are_typed_errors() -> None:
    for broken in (
        {**KEY2_META, "iv": "O0BOvTqiIAYjC+RMcyHfWwMeowMeowMeow"},
        {**KEY2_META, "algorithm": "m.other"},
        {**KEY1_META, "passphrase": {"algorithm": "m.pbkdf2", "salt": 5, "iterations": 1}},
        "not an object",
    ):
        with pytest.raises(SecretStorageError):
            KeyDescription.parse("k", broken)
    assert not secret_storage.check_key(
        KeyDescription.parse(
            "k", {**KEY2_META, "mac": "7k6OruQlWg0UmQjxGZ0ad4Q6DdwkgnoI7G6X3IjBYtIMeowMeowMeow"}
        ),
        recovery_key.decode(KEY2_RECOVERY),
    )
    key1 = recovery_key.decode(KEY1_RECOVERY)
    for data in (
        {},
        {"iv": "!", "ciphertext": "", "mac": ""},
        [],
        {**MASTER_ENCRYPTED, "iv": "AAAA"},
    ):
        with pytest.raises(SecretStorageError):
            secret_storage.decrypt(key1, secret_storage.MASTER, data)


def test_the_server_cannot_ask_for_hours_of_pbkdf2() -> None:
    """Issue 15.8: the rounds come from account data, which the server writes; uncapped, a
    hostile server held the passphrase unlock (and the GUI's task) for hours."""
    salt = "c2FsdHNhbHRzYWx0"
    for rounds in (2**31 - 1, 10_000_001):
        hostile = {
            **KEY1_META,
            "passphrase": {"algorithm": "m.pbkdf2", "salt": salt, "iterations": rounds},
        }
        with pytest.raises(SecretStorageError):
            KeyDescription.parse("k", hostile)
    fine = {**KEY1_META, "passphrase": {"algorithm": "m.pbkdf2", "salt": salt, "iterations": 10**7}}
    assert KeyDescription.parse("k", fine).passphrase_rounds == 10**7


def test_new_key_round_trip_with_a_passphrase() -> None:
    salt = secret_storage.new_salt()
    description = KeyDescription.parse(
        "id",
        {
            **secret_storage.new_key_description(b"\x00" * 32),
            "passphrase": {"algorithm": "m.pbkdf2", "salt": salt, "iterations": 1000},
        },
    )
    key = secret_storage.key_from_passphrase(description, "phrase")
    content = secret_storage.new_key_description(key, salt, rounds=1000)
    described = KeyDescription.parse("id", json.loads(json.dumps(content)))
    assert secret_storage.check_key(described, key)
    assert secret_storage.key_from_passphrase(described, "phrase") == key
    sealed = secret_storage.encrypt(key, secret_storage.BACKUP, b"backup-key-b64")
    assert base64.b64decode(sealed["iv"] + "==")[8] & 0x80 == 0  # bit 63 cleared
    assert secret_storage.decrypt(key, secret_storage.BACKUP, sealed) == b"backup-key-b64"
    assert content["passphrase"]["iterations"] == 1000
    assert secret_storage.PASSPHRASE_ROUNDS >= 500_000


def test_aes_ctr_wraps_the_low_64_bits_like_webcrypto() -> None:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    key, data = bytes(range(32)), bytes(200)
    iv_high_bit = b"\x01" * 8 + b"\xff" * 8  # bit 63 set: wraps after one block
    blocks = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # noqa: S305
    counters = iv_high_bit + b"\x01" * 8 + bytes(8) + b"\x01" * 8 + bytes(7) + b"\x01"
    stream = blocks.update(counters) + blocks.finalize()
    assert aes_ctr(key, iv_high_bit, data)[:48] == stream
    iv_normal = b"\x01" * 8 + b"\x7f" + b"\xff" * 7
    plain = bytes(range(256)) * 3
    assert aes_ctr(key, iv_normal, aes_ctr(key, iv_normal, plain)) == plain
