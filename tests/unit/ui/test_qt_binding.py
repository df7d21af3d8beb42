"""PySide6 6.12.0 on CPython 3.11 drops a reference to True on every signal emit (found in
review: the process dies with "bool_dealloc" after a few thousand emits — a long session would
crash). pyproject pins PySide6 below 6.12; this test fails on a binding with the leak."""

from __future__ import annotations

import sys

from client.ui.qt import QObject, Signal


class Emitter(QObject):
    changed = Signal(object)
    named = Signal(str)


def test_signal_emits_do_not_leak_references_to_true(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = Emitter()
    emitter.changed.connect(lambda _value: None)
    emitter.named.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit(1)
        emitter.named.emit("x")
    assert abs(sys.getrefcount(True) - before) < 50
