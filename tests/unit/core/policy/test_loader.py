"""Admin policy: Linux files and drop-ins, the Windows registry through a fed reader, and
failing closed with a sentence that names the file and the setting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from client.core.policy.loader import Policy, PolicyError, load_linux, load_windows
from client.core.policy.schema import KEYS, check
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.session.account_security import KeyExportForbidden
from client.core.storage.paths import Profile


def write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)


def test_files_and_drop_ins_in_order_later_wins(tmp_path: Path) -> None:
    write(tmp_path / "policy.json", {"allow_key_export": True, "language": "fr"})
    write(tmp_path / "policy.d" / "20-security.json", {"allow_key_export": False})
    write(tmp_path / "policy.d" / "10-server.json", {"default_homeserver": "https://m.gouv.fr"})
    policy = load_linux(tmp_path)
    assert policy.get("allow_key_export") is False
    assert policy.get("default_homeserver") == "https://m.gouv.fr"
    assert policy.sources["allow_key_export"].endswith("20-security.json")
    assert policy.locked("language") and not policy.locked("proxy")
    assert policy.get("proxy", "http://user-choice:3128") == "http://user-choice:3128"
    assert policy.get("log_level") == "warning"  # the default
    assert load_linux(tmp_path / "absent").values == {}


@pytest.mark.parametrize(
    ("content", "key", "problem"),
    [
        ("{not json", "-", "not valid JSON"),
        ([1, 2], "-", "not a JSON object"),
        ({"allow_key_exports": False}, "allow_key_exports", "unknown setting"),
        ({"allow_key_export": "no"}, "allow_key_export", "true or false"),
        ({"max_upload_size_mb": -1}, "max_upload_size_mb", "0 or more"),
        ({"language": "de"}, "language", "one of"),
        ({"allowed_homeservers": "gouv.fr"}, "allowed_homeservers", "list"),
        ({"proxy": "proxy.gouv.fr:3128"}, "proxy", "must be an address like"),
        ({"proxy": "http://proxy.gouv.fr"}, "proxy", "host:port"),  # no port
        ({"proxy": "ftp://proxy.gouv.fr:21"}, "proxy", "address like"),
        ({"proxy": "http://proxy.gouv.fr:99999"}, "proxy", "address like"),
        ({"proxy": "https://proxy.gouv.fr:3128"}, "proxy", "address like"),  # not spoken
        ({"default_homeserver": "matrix gouv.fr"}, "default_homeserver", "address like"),
        ({"default_homeserver": "https://"}, "default_homeserver", "address like"),
    ],
)
def test_a_bad_policy_stops_with_the_file_and_the_setting(
    tmp_path: Path, content: object, key: str, problem: str
) -> None:
    write(tmp_path / "policy.d" / "50-bad.json", content)
    with pytest.raises(PolicyError) as caught:
        load_linux(tmp_path)
    sentence = caught.value.sentence.render()
    assert "50-bad.json" in sentence and key in sentence and problem in sentence


def test_windows_machine_policy_beats_user_policy() -> None:
    hives = {
        "HKLM": {"allow_key_export": 0, "allowed_homeservers": ["gouv.fr"]},
        "HKCU": {"allow_key_export": 1, "language": "fr"},
    }
    policy = load_windows(hives.get)
    assert policy.get("allow_key_export") is False  # DWORD 0, from the machine
    assert policy.get("language") == "fr"  # only the user policy sets it
    assert policy.sources["allow_key_export"].startswith("HKLM")
    with pytest.raises(PolicyError):
        load_windows({"HKLM": {"allow_key_export": 7}}.get)


def test_every_key_has_both_descriptions_and_a_valid_default() -> None:
    for key in KEYS:
        assert key.en and key.fr and key.en != key.fr
        assert check(key, key.default) == key.default


async def test_key_export_obeys_the_policy(tmp_path: Path) -> None:
    session = MatrixSession(
        Profile(tmp_path), MemorySecretStore(), policy=Policy({"allow_key_export": False})
    )
    with pytest.raises(KeyExportForbidden):
        await session.export_room_keys(tmp_path / "keys.txt", "phrase")
    assert not (tmp_path / "keys.txt").exists()


def test_addresses_are_checked_when_the_policy_loads(tmp_path: Path) -> None:
    """A proxy typo used to load, pass `pli --check`, then fail at the first connection."""
    from client.ui.i18n import render

    for good in ("http://proxy.gouv.fr:3128", "socks5://10.0.0.1:1080", "http://[::1]:8080", ""):
        write(tmp_path / "policy.json", {"proxy": good, "default_homeserver": "https://m.gouv.fr"})
        assert load_linux(tmp_path).get("proxy") == good
    for server in ("matrix.gouv.fr", "matrix.gouv.fr:8448", "http://localhost:8008"):
        write(tmp_path / "policy.json", {"default_homeserver": server})  # as sign-in takes it
        assert load_linux(tmp_path).get("default_homeserver") == server
    write(tmp_path / "policy.json", {"proxy": "proxy.gouv.fr:3128"})
    with pytest.raises(PolicyError) as caught:
        load_linux(tmp_path)
    assert render(caught.value.sentence).endswith(
        "must be an address like http://host:port (http, socks4, socks5)"
    )
