"""The policy's log level reaches a private log file in the profile (what IT support asks
for); --verbose may add detail, never remove it."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from client.app import log_level, log_to_file
from client.core.policy.loader import Policy


def test_the_policy_sets_the_level_and_verbose_only_adds() -> None:
    assert log_level(Policy(), verbose=False) == logging.WARNING  # the schema's default
    assert log_level(Policy({"log_level": "error"}), verbose=False) == logging.ERROR
    assert log_level(Policy({"log_level": "error"}), verbose=True) == logging.INFO
    assert log_level(Policy({"log_level": "debug"}), verbose=True) == logging.DEBUG


def test_the_log_file_is_private_and_filtered_by_level(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLI_PROFILE_DIR", str(tmp_path))
    root = logging.getLogger()
    before, old_level, old_umask = list(root.handlers), root.level, os.umask(0o077)
    try:
        root.setLevel(logging.INFO)
        log_to_file(logging.INFO)
        logging.getLogger("pli.test").debug("not at info")
        logging.getLogger("pli.test").info("visible at info")
        for handler in root.handlers:
            handler.flush()
    finally:
        for handler in set(root.handlers) - set(before):
            root.removeHandler(handler)
            handler.close()
        root.setLevel(old_level)
        os.umask(old_umask)
    path = tmp_path / "logs" / "pli.log"
    text = path.read_text()
    assert "visible at info" in text and "not at info" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
