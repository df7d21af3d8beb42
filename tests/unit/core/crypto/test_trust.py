"""The trust store: integrity-checked, fail-closed, and the master-key pin."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from client.core.crypto.trust import TrustStore

KEY = b"k" * 32


def test_trust_survives_a_restart_and_the_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "trust.json"
    store = TrustStore(path, KEY)
    store.mark_device("@a:hs", "DEV", "edkey")
    store.mark_master("@b:hs", "msk")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    again = TrustStore(path, KEY)
    assert again.device_verified("@a:hs", "DEV", "edkey")
    assert not again.device_verified("@a:hs", "DEV", "otherkey")
    assert again.verified_master("@b:hs") == "msk" and not again.damaged


def test_a_tampered_file_grants_nothing_and_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "trust.json"
    TrustStore(path, KEY).mark_device("@a:hs", "DEV", "edkey")
    wrapper = json.loads(path.read_text())
    wrapper["data"]["devices"]["@a:hs"]["EVIL"] = "attacker-key"
    path.write_text(json.dumps(wrapper))
    store = TrustStore(path, KEY)
    assert store.damaged
    assert not store.device_verified("@a:hs", "EVIL", "attacker-key")
    assert not store.device_verified("@a:hs", "DEV", "edkey")  # fail closed: start empty
    assert list(tmp_path.glob("trust.json.damaged-*"))


def test_garbage_or_another_key_is_also_refused(tmp_path: Path) -> None:
    path = tmp_path / "trust.json"
    path.write_bytes(b"\x00not json")
    assert TrustStore(path, KEY).damaged
    TrustStore(path, KEY).mark_master("@b:hs", "msk")
    assert TrustStore(path, b"x" * 32).verified_master("@b:hs") is None


def test_a_changed_master_key_drops_trust_and_warns_until_acknowledged(tmp_path: Path) -> None:
    store = TrustStore(tmp_path / "trust.json", KEY)
    assert store.observe_master("@b:hs", "msk1") is None  # first seen: pinned silently
    store.mark_master("@b:hs", "msk1")
    change = store.observe_master("@b:hs", "msk2")
    assert change is not None and change.was_verified and change.old == "msk1"
    assert store.verified_master("@b:hs") is None
    assert store.warning("@b:hs") == "msk1"
    assert store.observe_master("@b:hs", "msk2") is None  # reported once
    store.acknowledge_change("@b:hs")
    assert store.warning("@b:hs") is None
