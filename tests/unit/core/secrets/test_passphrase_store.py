"""The passphrase-protected key store (policy `allow_passphrase_store`): secrets are only in the
file encrypted, a wrong passphrase and any altered byte are refused with a typed error and
change nothing, and the file is private and replaced atomically."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from client.core.secrets.passphrase_store import (
    PassphraseSecretStore,
    PassphraseTooShort,
    SecretFileDamaged,
    WrongPassphrase,
)
from client.core.secrets.store import AccountSecrets

CHEAP = 2**14  # the tests' scrypt cost; real files use 2**17
PHRASE = "cheval agrafe batterie correcte"


def test_secrets_survive_a_restart_and_are_never_in_clear(tmp_path: Path) -> None:
    path = tmp_path / "secrets.pli"
    store = PassphraseSecretStore.create(path, PHRASE, n=CHEAP)
    secrets = AccountSecrets(store, "@alice:gouv.fr", "DEVICE")
    key = secrets.create_store_key()
    secrets.save_access_token("syt_secret_token_value")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert b"syt_secret_token_value" not in raw and b"@alice" not in raw
    assert not list(tmp_path.glob("*.tmp"))  # written beside, then renamed

    again = AccountSecrets(PassphraseSecretStore.unlock(path, PHRASE), "@alice:gouv.fr", "DEVICE")
    assert again.store_key() == key and again.access_token() == "syt_secret_token_value"
    again.wipe()
    assert PassphraseSecretStore.unlock(path, PHRASE).get("@alice:gouv.fr/DEVICE", "x") is None


def test_a_wrong_passphrase_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "secrets.pli"
    PassphraseSecretStore.create(path, PHRASE, n=CHEAP).set("a", "b", "c")
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        PassphraseSecretStore.unlock(path, PHRASE + " ")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(ciphertext=d["ciphertext"][:-8] + "AAAAAAA="),  # altered: the tag fails
        lambda d: d.update(n=3),
        lambda d: d.update(n=2**40),  # a file asking for terabytes of memory is not ours
        lambda d: d.update(salt="not base64!"),
        lambda d: d.pop("nonce"),
        lambda d: d.update(format="something-else"),
    ],
)
def test_an_altered_file_is_refused_with_a_typed_error(tmp_path: Path, damage) -> None:
    path = tmp_path / "secrets.pli"
    PassphraseSecretStore.create(path, PHRASE, n=CHEAP).set("a", "b", "c")
    document = json.loads(path.read_bytes())
    damage(document)
    path.write_text(json.dumps(document))
    with pytest.raises((WrongPassphrase, SecretFileDamaged)):
        PassphraseSecretStore.unlock(path, PHRASE)


def test_truncated_or_garbage_files_say_damaged(tmp_path: Path) -> None:
    path = tmp_path / "secrets.pli"
    for content in (b"", b"{", b"\x00\xff" * 40, b"[]"):
        path.write_bytes(content)
        with pytest.raises(SecretFileDamaged):
            PassphraseSecretStore.unlock(path, PHRASE)


def test_a_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PassphraseTooShort):
        PassphraseSecretStore.create(tmp_path / "s.pli", "court", n=CHEAP)
    assert not (tmp_path / "s.pli").exists()
