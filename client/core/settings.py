"""The user's own preferences (interface language, notifications: on or off, keywords, muted
conversations), in `settings.json` beside the profiles. Nothing secret lives here. An
unreadable file falls back to the defaults and is rewritten at the next change: a preference
is never worth refusing to start over.

Effective values go through the admin policy first (`Policy.get(name, user_value)`): what the
organisation sets wins and the UI shows it greyed."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from client.core.storage.paths import default_profile_root, make_private_dir, write_private_atomic

log = logging.getLogger(__name__)
LANGUAGES = ("", "en", "fr")  # "" = follow the system


MAX_KEYWORDS = 50


@dataclass
class UserSettings:
    language: str = ""
    notifications: bool = True
    keywords: list[str] = field(default_factory=list)  # words that notify in any room
    muted_rooms: list[str] = field(default_factory=list)  # conversations that never notify

    @staticmethod
    def path() -> Path:
        return default_profile_root() / "settings.json"

    @classmethod
    def load(cls, path: Path | None = None) -> UserSettings:
        path = path or cls.path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as error:
            log.warning("settings file unreadable, using defaults: %s", error)
            return cls()
        settings = cls()
        if not isinstance(data, dict):
            return settings
        if data.get("language") in LANGUAGES:
            settings.language = data["language"]
        if isinstance(data.get("notifications"), bool):
            settings.notifications = data["notifications"]
        for name in ("keywords", "muted_rooms"):
            value = data.get(name)
            if isinstance(value, list):
                words = [str(v).strip() for v in value if isinstance(v, str) and v.strip()]
                setattr(settings, name, words[: MAX_KEYWORDS if name == "keywords" else 10_000])
        return settings

    def save(self, path: Path | None = None) -> None:
        path = path or self.path()
        make_private_dir(path.parent)
        write_private_atomic(path, json.dumps(asdict(self), indent=2).encode())
