"""Garbage is collected on the GUI thread only (client/ui/collector.py): a worker thread that
allocates past Python's threshold does not start a collection; the GUI thread's timer does."""

from __future__ import annotations

import gc
import threading
import weakref

from client.ui.collector import MainThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_worker_never_collects_and_the_gui_thread_does(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = MainThreadCollector(qapp)
    try:
        assert not gc.isenabled()
        garbage = Cycle()
        alive = weakref.ref(garbage)
        del garbage
        collected_in: list[str] = []

        def note(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                collected_in.append(threading.current_thread().name)

        gc.callbacks.append(note)
        try:
            worker = threading.Thread(target=lambda: [Cycle() for _ in range(5_000)], name="worker")
            worker.start()
            worker.join()
            assert collected_in == [] and alive() is not None  # the worker allocated, no collection
            assert collector.collect_due() > 0
            assert collected_in == ["MainThread"] and alive() is None
        finally:
            gc.callbacks.remove(note)
    finally:
        collector.stop()
    assert gc.isenabled()
