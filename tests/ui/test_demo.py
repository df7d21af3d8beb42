"""`pli --demo`: a local homeserver and a demo contact that answers, encrypted; nothing left
behind when Pli quits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def demo_processes() -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "pli-demo-" in cmdline:
            found.append(f"{entry.name}: {cmdline}")
    return found


def test_demo_contact_answers_encrypted_and_everything_stops() -> None:
    """In its own process, as `pli --demo` runs (qasync.run). The scenario prints its findings,
    then quits; it must exit by itself, cleanly (a shutdown stall fails here)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.demo_scenario"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line, "the demo scenario printed nothing"
        outcome = json.loads(line)
        try:
            returncode = process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            raise AssertionError("the demo did not quit within 40 s (shutdown stall)") from None
    finally:
        if process.poll() is None:
            process.kill()
    assert outcome["header"] == "End-to-end encrypted"
    assert outcome["answered"] is True
    assert outcome["types"] == ["m.room.encrypted"]
    assert float(outcome["ready_s"]) < 20
    assert returncode == 0
    deadline = time.monotonic() + 15
    while demo_processes() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert demo_processes() == []


def test_pli_demo_command_quits_cleanly() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "client", "--demo", "--quit-after", "3", "--verbose"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    # The real app hardens itself (issue 16.5; tests/unit/core/test_process_hardening.py).
    assert "process hardening: RLIMIT_CORE=0, PR_SET_DUMPABLE=0" in result.stderr
    time.sleep(0.5)
    assert demo_processes() == []
