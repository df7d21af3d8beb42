"""Run core coroutines from Qt slots and get results or sentences back, never tracebacks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from client.core.errors import PliError

log = logging.getLogger(__name__)


class TaskRunner:
    """Keeps a reference to each task (asyncio only keeps weak ones) and routes errors."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def run(
        self,
        coro: Coroutine[Any, Any, Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[Any]:
        task = asyncio.get_event_loop().create_task(coro)
        self._tasks.add(task)

        def finished(done: asyncio.Task[Any]) -> None:
            self._tasks.discard(done)
            if done.cancelled():
                return
            error = done.exception()
            if error is None:
                if on_done is not None:
                    on_done(done.result())
                return
            if not isinstance(error, PliError):
                log.error("unexpected error in a UI task", exc_info=error)
            else:
                log.info("task failed: %r", error)
            if on_error is not None:
                on_error(error)

        task.add_done_callback(finished)
        return task

    async def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
