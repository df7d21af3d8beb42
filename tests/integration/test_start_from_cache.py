"""Start in two steps (issue 5's "opens instantly"): the window is drawn from the encrypted
cache before the Matrix engine (nio, aiohttp: most of a second to import) is even loaded; the
engine then loads behind it and the sync starts. A profile that turns out unreadable once the
window is up closes that window and asks, as before, deleting nothing unless told."""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from client.core.secrets.store import STORE_KEY
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.controller import AppController
from client.ui.qt import QApplication, QMessageBox
from tests.helpers.accounts import direct_chat, logged_in_session, new_user
from tests.helpers.waits import wait_until

ROOT = Path(__file__).resolve().parents[2]


def test_the_session_and_the_window_import_no_matrix_engine() -> None:
    """What the first step imports: a module that pulls nio or aiohttp in again at the top
    puts most of a second back on every start."""
    code = (
        "import sys, client.app, client.core.session, client.ui.controller; "
        "print(sorted(m for m in ('nio', 'aiohttp', 'aiohttp_socks') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


async def test_the_window_shows_the_cache_before_the_engine_loads(
    synapse, tmp_path: Path, keyring_store
) -> None:
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    alice, _ = await logged_in_session(
        synapse, alice_user, tmp_path / "p" / "account", keyring_store
    )
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "bob", keyring_store)
    try:
        room_id = await direct_chat(alice, bob)
        await bob.send_text(room_id, "Point de situation à 9 h")
        await wait_until(lambda: any(i.body for i in alice.timeline(room_id)), 30)
    finally:
        await alice.close()
        await bob.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "client", "--verbose", "--profile", str(tmp_path / "p"),
         "--open-room", room_id, "--quit-after", "4"],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    log = run.stderr
    assert run.returncode == 0, log[-3000:]
    shown = re.search(
        r"window shown ([\d.]+) s after start, (\d+) rooms listed, Matrix engine (.+)", log
    )
    assert shown, log[-3000:]
    assert shown.group(2) == "1" and shown.group(3) == "not loaded yet"
    assert re.search(r"room opened in [\d.]+ ms, [1-9]\d* rows", log), log[-3000:]
    loaded = re.search(r"Matrix engine loaded [\d.]+ s after start", log)
    synced = re.search(r"first sync done", log)
    assert loaded and synced, log[-3000:]
    assert shown.start() < loaded.start() < synced.start(), "the engine loads after, then syncs"
    assert "Traceback" not in log


def _question() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


async def test_a_store_found_unreadable_after_the_window_showed_asks_and_keeps_it(
    qtbot, synapse, user, tmp_path: Path, keyring_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "p" / "account", keyring_store)
    await alice.close()
    account = f"{alice.user_id}/{alice.device_id}"
    keyring_store.set(account, STORE_KEY, "A" * 43 + "=")  # another valid 32-byte key
    monkeypatch.setenv("PLI_PROFILE_DIR", str(tmp_path / "p"))
    before = sorted(p.name for p in (tmp_path / "p" / "account" / "store").iterdir())

    controller = AppController(argparse.Namespace(demo=False, quit_after=0, screenshot=None))
    controller._quit = asyncio.get_running_loop().create_future()
    session = MatrixSession(Profile.default(), keyring_store)
    task = asyncio.get_running_loop().create_task(controller._restore_or_login(session))
    await wait_until(lambda: _question() is not None, 60, "the question")
    box = _question()
    assert box is not None
    assert "Delete the unreadable local data" in box.text() + box.informativeText()
    assert controller.window is None, "the window drawn from the cache is gone"
    assert not controller._quit.done(), "closing that window does not quit"
    box.button(QMessageBox.StandardButton.No).click()
    assert await task is None
    await controller._shutdown()
    after = sorted(p.name for p in (tmp_path / "p" / "account" / "store").iterdir())
    assert after == before, "nothing moved aside or deleted without asking"
    assert keyring_store.get(account, STORE_KEY) == "A" * 43 + "="


async def test_before_the_engine_the_window_reads_everything_from_the_cache(
    synapse, tmp_path: Path, memory_store
) -> None:
    """What the window asks while nio loads: rooms, rows, names, the people list, search —
    all from the cache; a read marker waits for the first sync instead of failing."""
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    alice, _ = await logged_in_session(synapse, alice_user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "b", memory_store)
    try:
        room_id = await direct_chat(alice, bob)
        await bob.send_text(room_id, "Point de situation à 9 h")
        await wait_until(lambda: any(i.body for i in alice.timeline(room_id)), 30)
        await wait_until(lambda: len(alice.members(room_id)) == 2, 30, "both members")
    finally:
        await alice.close()
        await bob.close()
    again = MatrixSession(Profile(tmp_path / "a"), memory_store)
    try:
        assert again.open_cached()
        assert again.client is None and not again.logged_in
        assert [r.room_id for r in again.rooms()] == [room_id]
        assert "Point de situation à 9 h" in [i.body for i in again.timeline(room_id)]
        assert {m.user_id for m in again.members(room_id)} == {alice.user_id, bob.user_id}
        assert [h.event_id for h in again.search("situation")]
        await again.mark_read(room_id)  # kept for after the first sync, no error
        await again.load_engine()
        assert again.logged_in
    finally:
        await again.close()
