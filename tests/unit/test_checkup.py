"""`pli --check` prints the effective policy with each value's source, and fails on an
invalid policy (naming the file and the setting)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from client import checkup
from client.core.policy import loader


def test_check_prints_the_policy_and_its_sources(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "policy.d").mkdir()
    (tmp_path / "policy.json").write_text('{"allow_key_export": false}')
    (tmp_path / "policy.d" / "10-hs.json").write_text('{"default_homeserver": "https://m.gouv.fr"}')
    monkeypatch.setattr(loader, "LINUX_ROOT", tmp_path)
    out = io.StringIO()
    checkup.run(out)
    text = out.getvalue()
    assert f"allow_key_export = false  ({tmp_path / 'policy.json'})" in text
    assert (
        f'default_homeserver = "https://m.gouv.fr"  ({tmp_path / "policy.d" / "10-hs.json"})'
        in text
    )
    assert 'log_level = "warning"  (default)' in text


@pytest.mark.parametrize("content", ['{"language": "de"}', "{oops"])
def test_check_fails_on_an_invalid_policy(tmp_path: Path, monkeypatch, content: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "policy.json").write_text(content)
    monkeypatch.setattr(loader, "LINUX_ROOT", tmp_path)
    out = io.StringIO()
    assert checkup.run(out) == 2
    assert "INVALID" in out.getvalue() and "policy.json" in out.getvalue()
