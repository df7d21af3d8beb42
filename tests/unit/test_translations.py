"""French ships complete: every string in the code is in pli_fr.ts and translated."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "pli_fr.ts"


def _sources(ts: str) -> set[str]:
    return set(re.findall(r"<source>(.*?)</source>", ts, re.S))


def test_french_has_no_unfinished_translation() -> None:
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert len(_sources(text)) > 100


def test_french_file_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which(
        "pyside6-lupdate", path=str(Path(__file__).parents[0]) + ":" + str(ROOT / ".venv" / "bin")
    )
    assert lupdate, "pyside6-lupdate is installed with PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "client").rglob("*.py"))
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = _sources(fresh.read_text(encoding="utf-8")) - _sources(TS.read_text("utf-8"))
    assert missing == set(), "run packaging/dev/update-translations and translate these"
