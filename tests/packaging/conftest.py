"""The packaging builds, made once per test session: the frozen folder (packaging/freeze, a
few minutes) and the DEB made from it (no root needed for either; installing is test_deb's).

PLI_REUSE_FREEZE=1 reuses an existing build/dist/pli instead of freezing again (for work on the
packaging scripts and tests; CI always freezes)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def frozen() -> Path:
    bundle = ROOT / "build/dist/pli"
    reuse = os.environ.get("PLI_REUSE_FREEZE") == "1" and (bundle / "pli").exists()
    if not reuse:
        _run([str(ROOT / "packaging/freeze")])
    return bundle


def _run(command: list[str]) -> None:
    """Run a build step; on failure, its own words in the test report (not just a code)."""
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.fail(
            f"{command[-1]} failed ({done.returncode}):\n{done.stdout[-3000:]}\n"
            f"{done.stderr[-6000:]}"
        )


@pytest.fixture(scope="session")
def deb(frozen: Path) -> Path:
    for old in (ROOT / "build/packages").glob("pli_*_amd64.deb"):
        old.unlink()
    _run([str(ROOT / ".venv/bin/python"), str(ROOT / "packaging/deb/build_deb.py")])
    [package] = (ROOT / "build/packages").glob("pli_*_amd64.deb")
    return package
