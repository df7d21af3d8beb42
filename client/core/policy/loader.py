"""Load the admin policy, failing closed: a file or value that breaks the schema stops Pli
with a sentence naming the file (or registry key) and the setting — it is never ignored.

Linux: /etc/pli/policy.json, then /etc/pli/policy.d/*.json in name order (later wins).
(Always /etc/pli: platformdirs' site config would be /etc/xdg/pli, and no environment
variable can move it, or a user could escape the policy.)
Windows: HKLM\\Software\\Policies\\Pli (machine), then HKCU\\Software\\Policies\\Pli (user) for
settings the machine policy leaves unset: the machine's administrator has the last word.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from client.core.errors import PliError
from client.core.i18n import QT_TRANSLATE_NOOP
from client.core.policy.schema import BY_NAME, KEYS, check

LINUX_ROOT = Path("/etc/pli")
REGISTRY_KEY = r"Software\Policies\Pli"


class PolicyError(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Your organisation's settings for Pli are invalid ({source}, “{key}”): {problem}"
    )
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Pli cannot start until your IT support corrects them. Contact them."
    )


@dataclass
class Policy:
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # key -> file or registry path

    def locked(self, name: str) -> bool:
        return name in self.values

    def get(self, name: str, user_value: Any = None) -> Any:
        """Effective value: the policy's, else the user's setting, else the default."""
        if name in self.values:
            return self.values[name]
        if user_value is not None:
            return user_value
        return BY_NAME[name].default


def _apply(policy: Policy, data: object, source: str) -> None:
    if not isinstance(data, dict):
        raise PolicyError(
            f"{source}: not an object",
            source=source,
            key="-",
            problem=QT_TRANSLATE_NOOP("ErrorDetail", "not a JSON object"),
        )
    for name, value in data.items():
        if name.startswith("_comment"):
            continue  # the documented way to annotate a JSON policy (see policy.example.json)
        key = BY_NAME.get(name)
        if key is None:
            raise PolicyError(
                f"{source}: unknown {name}",
                source=source,
                key=name,
                problem=QT_TRANSLATE_NOOP("ErrorDetail", "unknown setting"),
            )
        try:
            checked = check(key, value)
            if key.kind == "choice" and checked == "" == key.default:
                continue  # "" means "the user's choice": it locks nothing
            policy.values[name] = checked
        except ValueError as error:
            raise PolicyError(
                f"{source}: {name}: {error}",
                source=source,
                key=name,
                problem=str(error),
                choices=", ".join(repr(c) for c in key.choices) or ", ".join(key.schemes),
                example=key.schemes[0] if key.schemes else "",
            ) from None
        policy.sources[name] = source


def load_linux(root: Path | None = None) -> Policy:
    root = root if root is not None else LINUX_ROOT
    policy = Policy()
    files = [root / "policy.json"] if (root / "policy.json").exists() else []
    drop_ins = root / "policy.d"
    if drop_ins.is_dir():
        files += sorted(drop_ins.glob("*.json"))
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise PolicyError(
                str(error),
                source=str(path),
                key="-",
                problem=QT_TRANSLATE_NOOP("ErrorDetail", "cannot be read"),
            ) from None
        except ValueError as error:
            raise PolicyError(
                str(error),
                source=f"{path}, line {getattr(error, 'lineno', '?')}",
                key="-",
                problem=QT_TRANSLATE_NOOP("ErrorDetail", "not valid JSON"),
            ) from None
        _apply(policy, data, str(path))
    return policy


RegistryReader = Callable[[str], dict[str, object] | None]  # hive name -> values, or None


def load_windows(read: RegistryReader) -> Policy:
    """`read("HKLM")` / `read("HKCU")` give the values under Software\\Policies\\Pli (tests feed
    a dict; the app passes winreg_reader). REG_MULTI_SZ arrives as a list."""
    machine, user = Policy(), Policy()
    for hive, target in (("HKLM", machine), ("HKCU", user)):
        values = read(hive)
        if values:
            values = {name: _registry_list(name, value) for name, value in values.items()}
            _apply(target, values, f"{hive}\\{REGISTRY_KEY}")
    for name, value in user.values.items():
        if name not in machine.values:
            machine.values[name] = value
            machine.sources[name] = user.sources[name]
    return machine


def _registry_list(name: str, value: object) -> object:
    """A list setting may come as REG_SZ "a,b" (what an MSI property writes) as well as
    REG_MULTI_SZ."""
    key = BY_NAME.get(name)
    if key is not None and key.kind == "strings" and isinstance(value, str):
        return [part.strip() for part in re.split(r"[,;\s]+", value) if part.strip()]
    return value


def describe(policy: Policy) -> list[tuple[str, object, str]]:
    """(key, effective value, where it came from) for every setting: `pli --check`."""
    return [
        (key.name, policy.get(key.name), policy.sources.get(key.name, "default")) for key in KEYS
    ]


def winreg_reader(hive: str) -> dict[str, object] | None:  # pragma: no cover - Windows only
    import importlib

    winreg: Any = importlib.import_module("winreg")  # Windows only; typed loosely here

    root = {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}[hive]
    try:
        handle = winreg.OpenKey(root, REGISTRY_KEY)
    except OSError:
        return None
    values: dict[str, object] = {}
    with handle:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(handle, index)
            except OSError:
                break
            values[name] = value
            index += 1
    return values


def load() -> Policy:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return load_windows(winreg_reader)
    return load_linux()
