"""Suite-wide fixtures: a real Synapse on 127.0.0.1, the real OS keyring, Qt offscreen.

`.ci/run` starts a private D-Bus session with gnome-keyring unlocked; tests that need the
keyring fail (not skip) without it, with a sentence saying how to run them.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

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
