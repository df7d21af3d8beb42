"""Modules imported at their first use, so Pli's window can show before the Matrix engine loads.

Importing nio and aiohttp costs most of a second on a 2-core machine (nio alone ~0.6-0.9 s):
more than the whole start budget (issue 5: the room list from the cache within 1 s). The
session's modules name them through `deferred(...)` stand-ins instead of importing them at
the top, and `MatrixSession.load_engine()` imports them on a worker thread while the window,
already drawn from the encrypted cache, stays responsive.

The first attribute read goes through `importlib.import_module`, a real, complete import: if
the worker thread is half-way through importing the module, the reading thread waits on the
import system's per-module lock (never sees a half-initialised module). Once it has returned,
the module is kept and later reads are a plain `getattr` on it (so a test's monkeypatch of the
real module is seen).

Type checkers see the real modules (`if TYPE_CHECKING: import nio`); only the runtime name is
the stand-in.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class DeferredModule:
    """Stands for a module until it is needed; reading any attribute imports it."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    @property
    def module(self) -> ModuleType:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)  # complete once back
        return module

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._module or self.module, attr)

    def __repr__(self) -> str:
        return f"<deferred module {self._name!r}>"


def deferred(name: str) -> Any:
    """`nio = deferred("nio")`: typed Any at runtime; under TYPE_CHECKING import the real one."""
    return DeferredModule(name)
