"""No crash dump of Pli (issue 16.5): the hardening is checked from inside a fresh process, as
the kernel sees it, not by reading back what the function says it did."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import json, resource
from client.core.process_hardening import dumpable, harden_process
before = {"core": resource.getrlimit(resource.RLIMIT_CORE), "dumpable": dumpable()}
done = harden_process()
after = {"core": resource.getrlimit(resource.RLIMIT_CORE), "dumpable": dumpable()}
limits = [line for line in open("/proc/self/limits") if line.startswith("Max core file size")]
print(json.dumps({"before": before, "after": after, "done": done, "limits": limits}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process controls")
def test_a_hardened_process_writes_no_core_and_cannot_be_read_by_others() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["before"]["dumpable"] == 1  # what a Python process is by default
    assert seen["after"]["core"] == [0, 0]
    assert seen["after"]["dumpable"] == 0
    assert seen["limits"] and seen["limits"][0].split()[4:6] == ["0", "0"]
    assert seen["done"] == ["RLIMIT_CORE=0", "PR_SET_DUMPABLE=0"]


def abort_in(folder: Path, harden: bool) -> list[str]:
    probe = (
        "import os, resource\n"
        "hard = resource.getrlimit(resource.RLIMIT_CORE)[1]\n"
        "resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))\n"
        "from client.core.process_hardening import harden_process\n"
        + ("harden_process()\n" if harden else "")
        + "os.abort()\n"
    )
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, timeout=60, cwd=folder, env=env
    )
    assert result.returncode < 0  # killed by SIGABRT, as by a native crash
    return [p.name for p in folder.iterdir() if p.name.startswith("core")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process controls")
def test_a_hardened_process_that_aborts_leaves_no_core_file(tmp_path: Path) -> None:
    """The control first: without the hardening the kernel writes a core into the working
    directory (where core_pattern is a plain name, as here); with it, nothing."""
    control, hardened = tmp_path / "control", tmp_path / "hardened"
    control.mkdir()
    hardened.mkdir()
    if not abort_in(control, harden=False):
        pytest.skip("this kernel's core_pattern sends cores elsewhere: no control")
    assert abort_in(hardened, harden=True) == []
