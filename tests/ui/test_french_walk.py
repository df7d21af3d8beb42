"""With the French translation loaded, walk every window and dialog in every state
(tests/ui/gallery.py) and fail on any visible or spoken string that is still English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.ui.i18n import TRANSLATIONS_DIR, install_translator
from tests.ui.gallery import scenes
from tests.ui.walk import visible_texts

# Proper nouns and symbols that are the same in both languages.
ALLOWED = {"Pli", "English", "Français", "Matrix", "Element", "QR", "ID", "OK"}
KEYS = re.compile(r"\b(?:Ctrl|Alt|Shift|Maj)\+\S+")
# Words that only English uses: one of them in a French window is a string tr() missed.
ENGLISH = set(
    """the your you and with this that cannot please sign settings device devices verify
    verified encrypted send cancel close open keys key backup recovery choose new next
    previous find help quit online offline connecting waiting unread accept decline retry
    language save to of is are not from for what who start starting shortcuts scan done
    failed managed set up reset read history trust last seen rows columns progress""".split()
)


@pytest.fixture
def french() -> Iterator[None]:
    install_translator("fr")
    yield
    install_translator("en")


def english_sources() -> list[re.Pattern[str]]:
    """The English source of every entry whose French differs, as a pattern (placeholders
    match anything)."""
    patterns = []
    root = ET.parse(TRANSLATIONS_DIR / "pli_fr.ts").getroot()  # noqa: S314 - our own file
    for message in root.iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = message.find("translation")
        french = "".join(translation.itertext()) if translation is not None else ""
        parts = re.split(r"\{\w+\}|%n", source)
        if not re.search(r"[A-Za-z]{3}", "".join(parts)):
            continue  # "{sender}: {text}" would match any sentence with a colon
        if source and french.replace("&", "") != source and source not in ALLOWED:
            patterns.append(re.compile(".*".join(re.escape(p) for p in parts), re.DOTALL))
    return patterns


def english_in(text: str, sources: list[re.Pattern[str]]) -> str | None:
    if any(pattern.fullmatch(text) for pattern in sources):
        return "an English source string"
    text = KEYS.sub(" ", text)  # "Alt+Up" names a key, in both languages
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text) if w not in ALLOWED}
    hits = words & ENGLISH
    return f"English words {sorted(hits)}" if hits else None


def test_every_window_and_dialog_is_french(qtbot, tmp_path: Path, french) -> None:  # type: ignore[no-untyped-def]
    sources = english_sources()
    assert len(sources) > 300  # the .ts was read
    problems = []
    seen = 0
    for name, widget in scenes(qtbot, tmp_path):
        seen += 1
        for text in sorted(visible_texts(widget)):
            reason = english_in(text, sources)
            if reason:
                problems.append(f"{name}: {text!r} ({reason})")
    assert seen >= 50  # the gallery's windows, dialogs, prompts and message boxes
    assert problems == [], "\n".join(problems)


def test_the_walk_does_find_english(qtbot, tmp_path: Path) -> None:
    """Without the translator, the same walk must flag the windows: the check can fail."""
    install_translator("en")
    sources = english_sources()
    shown = {
        name: any(english_in(text, sources) for text in visible_texts(widget))
        for name, widget in scenes(qtbot, tmp_path)
    }
    assert len(shown) >= 50
    assert [name for name, flagged in shown.items() if not flagged] == []


def test_policy_errors_are_french(tmp_path: Path, french) -> None:  # type: ignore[no-untyped-def]
    """The sentence that stops Pli on a bad policy names the file and the setting, and its
    detail is French too (the choices filled into the translated detail)."""
    from client.core.policy.loader import PolicyError, load_linux
    from client.ui.i18n import error_text

    (tmp_path / "policy.json").write_text('{"language": "de"}')
    with pytest.raises(PolicyError) as caught:
        load_linux(tmp_path)
    text = error_text(caught.value)
    assert "policy.json" in text and "« language »" in text
    assert "doit être l’une des valeurs : '', 'en', 'fr'" in text
    (tmp_path / "policy.json").write_text('{\n"language": }')
    with pytest.raises(PolicyError) as caught:
        load_linux(tmp_path)
    assert "policy.json, line 2" in error_text(caught.value)
    assert "JSON invalide" in error_text(caught.value)
