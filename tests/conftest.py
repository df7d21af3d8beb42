"""Suite-wide fixtures: a real Synapse on 127.0.0.1, the real OS keyring, Qt offscreen.

`.ci/run` starts a private D-Bus session with gnome-keyring unlocked; tests that need the
keyring fail (not skip) without it, with a sentence saying how to run them.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import os
import sys
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from client.core.secrets.store import KeyringSecretStore, MemorySecretStore
from client.demo.homeserver import LocalSynapse
from tests.helpers.accounts import new_user
from tests.helpers.homeserver import running_synapse


def _qasync_loop():  # type: ignore[no-untyped-def]
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    # Closing a dialog must not quit the app (and stop the loop) in the middle of a test.
    app.setQuitOnLastWindowClosed(False)
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(config, item):  # type: ignore[no-untyped-def]
    """UI tests run their coroutines on a qasync loop (asyncio on the Qt thread, as in Pli);
    core tests keep plain asyncio, which also proves core needs no Qt."""
    if "tests/ui" in str(item.path).replace(os.sep, "/"):
        return {"qasync": _qasync_loop}
    return {"asyncio": asyncio.new_event_loop}


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalSynapse]:
    """The shared homeserver of the suite."""
    with running_synapse(tmp_path_factory.mktemp("synapse")) as server:
        yield server


@pytest.fixture
def own_synapse(tmp_path: Path) -> Iterator[LocalSynapse]:
    """A homeserver for one test, which may stop and restart it (outage tests)."""
    with running_synapse(tmp_path / "hs") as server:
        yield server


@pytest.fixture
def user(synapse: LocalSynapse):  # type: ignore[no-untyped-def]
    return new_user(synapse, "alice")


@pytest.fixture
def other_user(synapse: LocalSynapse):  # type: ignore[no-untyped-def]
    return new_user(synapse, "bob")


@pytest.fixture
def keyring_store() -> KeyringSecretStore:
    store = KeyringSecretStore()
    try:
        store.check_backend()
    except Exception as error:
        pytest.fail(
            f"No usable Secret Service ({error}). Run the suite through .ci/run, which starts "
            "gnome-keyring in a private D-Bus session."
        )
    return store


@pytest.fixture
def memory_store() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


# --- A stuck coroutine test fails alone, with every task's stack ------------------------------
# pytest-timeout's thread method ends the whole run when a test hangs and shows only the main
# thread, which for an async test is the loop waiting in select(): it says nothing about which
# await is stuck. Shortly before that deadline this guard prints the stack of every asyncio
# task and cancels the test, so the test fails by itself, its teardown runs and the rest of
# the suite goes on.

GUARD_MARGIN = 15.0


def _test_deadline(item: pytest.Item) -> float:
    marker = item.get_closest_marker("timeout")
    if marker is not None and marker.args:
        return float(marker.args[0])
    return float(item.config.getini("timeout") or 0)


def _awaited_chain(awaitable: object) -> list[str]:
    """Where a task waits: its coroutine and every coroutine it awaits, innermost last
    (Task.print_stack shows only the outermost frame)."""
    lines: list[str] = []
    while awaitable is not None and len(lines) < 40:
        frame = getattr(awaitable, "cr_frame", None) or getattr(awaitable, "gi_frame", None)
        if frame is not None:
            lines.append(f"{frame.f_code.co_filename}:{frame.f_lineno} in {frame.f_code.co_name}")
        awaitable = getattr(awaitable, "cr_await", None) or getattr(awaitable, "gi_yieldfrom", None)
    return lines


def _dump_tasks_and_cancel(test_task: asyncio.Task[object], limit: float) -> None:
    print(f"\n=== the test was still running after {limit:.0f} s; its tasks: ===", file=sys.stderr)
    for task in asyncio.all_tasks():
        print(f"- {task.get_name()}:", file=sys.stderr)
        for line in _awaited_chain(task.get_coro()):
            print(f"    {line}", file=sys.stderr)
    test_task.cancel(f"stuck for {limit:.0f} s (see the task stacks above)")


def _guarded(test: Callable[..., Coroutine[Any, Any, object]], limit: float):  # type: ignore[no-untyped-def]
    @functools.wraps(test)
    async def guarded(*args: object, **kwargs: object) -> object:
        task = asyncio.current_task()
        assert task is not None
        handle = asyncio.get_running_loop().call_later(limit, _dump_tasks_and_cancel, task, limit)
        try:
            return await test(*args, **kwargs)
        finally:
            handle.cancel()

    return guarded


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):  # type: ignore[no-untyped-def]
    deadline = _test_deadline(item)
    test = getattr(item, "obj", None)
    if deadline <= GUARD_MARGIN * 2 or not inspect.iscoroutinefunction(test):
        return (yield)
    item.obj = _guarded(test, deadline - GUARD_MARGIN)  # type: ignore[attr-defined]
    try:
        return (yield)
    finally:
        item.obj = test  # type: ignore[attr-defined]
