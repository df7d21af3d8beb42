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
    """In its own process, as `pli --demo` runs (qasync.run): an in-process run under
    pytest-asyncio's runner sometimes never woke up at shutdown."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.demo_scenario"],
        capture_output=True,
        text=True,
        timeout=150,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["header"] == "End-to-end encrypted"
    assert outcome["answered"] is True
    assert outcome["types"] == ["m.room.encrypted"]
    assert outcome["synapse_stopped"] and outcome["folder_gone"]
    assert float(outcome["ready_s"]) < 20
    time.sleep(0.5)
    assert demo_processes() == []


def test_pli_demo_command_quits_cleanly() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "client", "--demo", "--quit-after", "3"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    time.sleep(0.5)
    assert demo_processes() == []
