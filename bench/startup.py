"""Time from `pli` to the main window, to the first sync, and Pli's RSS once logged in.

Run inside the keyring session (the real Secret Service), e.g.:

    QT_QPA_PLATFORM=offscreen packaging/dev/with-keyring .venv/bin/python bench/startup.py

Prints a table (median of N runs); never asserts a time.
"""

from __future__ import annotations

import asyncio
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from client.core.secrets.store import KeyringSecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.demo.homeserver import LocalSynapse

RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_pli(args: list[str], env: dict[str, str], rss_at: float) -> tuple[float, float, float]:
    process = subprocess.Popen(
        [sys.executable, "-m", "client", "--verbose", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    time.sleep(rss_at)
    rss = rss_mb(process.pid)
    _, err = process.communicate(timeout=120)
    window = re.search(r"window shown ([\d.]+) s", err)
    synced = re.search(r"first sync done ([\d.]+) s", err)
    if not window or not synced:
        raise RuntimeError(err[-2000:])
    return float(window.group(1)), float(synced.group(1)), rss


async def login(server: LocalSynapse, profile_root: Path) -> None:
    user = server.register("bench", "bench-password")
    session = MatrixSession(Profile(profile_root / "account"), KeyringSecretStore())
    await session.login(user.user_id, user.password, server.url)
    session.start()
    await session.wait_synced()
    await session.close()


def main() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    rows = []
    with tempfile.TemporaryDirectory() as tmp, LocalSynapse(Path(tmp) / "hs") as server:
        profiles = Path(tmp) / "profiles"
        asyncio.run(login(server, profiles))
        restored = [
            run_pli(["--profile", str(profiles), "--quit-after", "4"], env, 3.5)
            for _ in range(RUNS)
        ]
        rows.append(("pli (restored session)", restored))
    demo = [run_pli(["--demo", "--quit-after", "3"], env, 2.5) for _ in range(RUNS)]
    rows.append(("pli --demo (incl. Synapse start)", demo))

    header = f"{'case':36} {'to window s':>12} {'to 1st sync s':>14} {'RSS MB':>8}"
    print(f"{header}   (median of {RUNS})")
    for name, runs in rows:
        window = statistics.median(r[0] for r in runs)
        synced = statistics.median(r[1] for r in runs)
        rss = statistics.median(r[2] for r in runs)
        print(f"{name:36} {window:12.2f} {synced:14.2f} {rss:8.0f}")


if __name__ == "__main__":
    main()
