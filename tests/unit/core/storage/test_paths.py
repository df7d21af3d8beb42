from __future__ import annotations

import os
from pathlib import Path

import pytest

from client.core.errors import ProfileDamaged
from client.core.storage.paths import AccountRecord, Profile, harden, loose_permissions


def test_prepare_creates_private_folders(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        profile = Profile(tmp_path / "p")
        profile.prepare()
    finally:
        os.umask(old)
    assert (profile.root.stat().st_mode & 0o777) == 0o700
    assert (profile.store_dir.stat().st_mode & 0o777) == 0o700


def test_account_file_round_trip_is_0600(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "p")
    record = AccountRecord("@a:localhost", "DEV", "http://127.0.0.1:1")
    profile.write_account(record)
    assert profile.read_account() == record
    assert (profile.account_file.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("content", ["", "{", "[]", '{"user_id": 1}', "\x00\xff"])
def test_damaged_account_file_is_a_clear_error(tmp_path: Path, content: str) -> None:
    profile = Profile(tmp_path / "p")
    profile.prepare()
    profile.account_file.write_text(content, encoding="latin-1")
    with pytest.raises(ProfileDamaged):
        profile.read_account()


def test_harden_fixes_loose_modes(tmp_path: Path) -> None:
    root = tmp_path / "r"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "f.db").write_text("x")
    os.chmod(root / "sub" / "f.db", 0o644)
    os.chmod(root / "sub", 0o755)
    assert len(loose_permissions(root)) >= 2
    harden(root)
    assert loose_permissions(root) == []
