"""Deferred modules (client/core/deferred.py): nothing is imported until an attribute is read,
and a read while another thread is still importing the module waits for the whole module."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.core.deferred import deferred


@pytest.fixture
def slow_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    name = f"pli_slow_module_{time.monotonic_ns()}"
    (tmp_path / f"{name}.py").write_text(
        "import time\nFIRST = 1\ntime.sleep(0.5)\nLAST = 2\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield name
    sys.modules.pop(name, None)


def test_nothing_is_imported_before_an_attribute_is_read(slow_module: str) -> None:
    module = deferred(slow_module)
    assert slow_module not in sys.modules
    assert module.LAST == 2
    assert slow_module in sys.modules


def test_a_read_during_another_threads_import_waits_for_the_whole_module(
    slow_module: str,
) -> None:
    module = deferred(slow_module)
    importer = threading.Thread(target=__import__, args=(slow_module,))
    importer.start()
    while slow_module not in sys.modules:  # the other thread is inside the import now
        time.sleep(0.001)
    assert module.LAST == 2  # not an AttributeError from the half-run module
    importer.join()


def test_a_patched_attribute_of_the_real_module_is_seen(
    slow_module: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = deferred(slow_module)
    assert module.FIRST == 1
    monkeypatch.setattr(sys.modules[slow_module], "FIRST", 10)
    assert module.FIRST == 10
