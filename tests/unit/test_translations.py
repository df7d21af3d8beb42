"""Both languages ship complete: every string in the code is in each .ts and translated (the
English one from the sources by packaging/dev/fill-english), plurals included."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "pli_fr.ts"
ALL_TS = sorted(TRANSLATIONS.glob("pli_*.ts"))


def _sources(ts: str) -> set[str]:
    return set(re.findall(r"<source>(.*?)</source>", ts, re.S))


def _problems(path: Path) -> list[str]:
    """Unfinished entries, empty translations and empty plural forms of one .ts file."""
    problems = []
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            problems.append(f"no translation: {source!r}")
            continue
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{translation.get('type')}: {source!r}")
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) < 2 or not all(form.strip() for form in forms):
                problems.append(f"a plural form is empty: {source!r} {forms}")
        elif not (translation.text or "").strip():
            problems.append(f"empty translation: {source!r}")
    return problems


def test_both_languages_are_there() -> None:
    assert {p.name for p in ALL_TS} >= {"pli_en.ts", "pli_fr.ts"}


@pytest.mark.parametrize("path", ALL_TS, ids=lambda p: p.name)
def test_no_unfinished_or_empty_translation(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(_sources(text)) > 100
    problems = _problems(path)
    assert problems == [], f"{path.name}:\n" + "\n".join(problems[:40])


def test_the_check_finds_unfinished_and_empty_entries(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ts"
    bad.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context><name></name>'
        '<message><source>A</source><translation type="unfinished">A</translation></message>'
        "<message><source>B</source><translation></translation></message>"
        '<message numerus="yes"><source>%n C(s)</source><translation>'
        "<numerusform>%n C</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert len(_problems(bad)) == 3


def test_english_is_the_source_with_real_plurals() -> None:
    root = ET.parse(TRANSLATIONS / "pli_en.ts").getroot()  # noqa: S314 - our own file
    plurals = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            plurals += 1
            forms = [form.text for form in translation.iter("numerusform")]
            assert forms == [source.replace("(s)", ""), source.replace("(s)", "s")]
        else:
            assert translation.text == source
    assert plurals >= 4


def test_fill_english_completes_a_fresh_file(tmp_path: Path) -> None:
    """What lupdate writes for new entries, completed by the post-step of update-translations."""
    fresh = tmp_path / "pli_en.ts"
    fresh.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">\n'
        "<context>\n    <name></name>\n    <message>\n        <source>Send &amp;files</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        '    <message numerus="yes">\n        <source>%n file(s) sent</source>\n'
        '        <translation type="unfinished">\n            <numerusform></numerusform>\n'
        "            <numerusform></numerusform>\n        </translation>\n    </message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    python = ROOT / ".venv" / "bin" / "python"
    script = ROOT / "packaging" / "dev" / "fill-english"
    subprocess.run([str(python), str(script), str(fresh)], check=True)
    assert _problems(fresh) == []
    text = fresh.read_text(encoding="utf-8")
    assert "<translation>Send &amp;files</translation>" in text
    assert "<numerusform>%n file sent</numerusform>" in text
    assert "<numerusform>%n files sent</numerusform>" in text


def test_french_has_no_unfinished_translation() -> None:
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert len(_sources(text)) > 100


@pytest.mark.parametrize("path", ALL_TS, ids=lambda p: p.name)
def test_ts_file_is_up_to_date_with_the_code(tmp_path: Path, path: Path) -> None:
    lupdate = shutil.which(
        "pyside6-lupdate", path=str(Path(__file__).parents[0]) + ":" + str(ROOT / ".venv" / "bin")
    )
    assert lupdate, "pyside6-lupdate is installed with PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "client").rglob("*.py"))
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = _sources(fresh.read_text(encoding="utf-8")) - _sources(path.read_text("utf-8"))
    assert missing == set(), "run packaging/dev/update-translations and translate these"


def test_english_plurals_read_as_english(qapp) -> None:  # type: ignore[no-untyped-def]
    """With the built pli_en.qm (packaging/dev/build-translations), English counts read
    "1 message found", "3 messages found" instead of the source's "message(s)"."""
    from client.ui.i18n import install_translator
    from client.ui.qt import QCoreApplication

    assert install_translator("en") == "en"
    found = "%n message(s) found"
    assert QCoreApplication.translate("SearchDialog", found, "", 1) == "1 message found"
    assert QCoreApplication.translate("SearchDialog", found, "", 3) == "3 messages found"
    assert QCoreApplication.translate("", "Settings") == "Settings"
