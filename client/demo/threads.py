"""Run a blocking call in a thread without relying on the event loop being woken up.

qasync sometimes misses the wake-up that `loop.run_in_executor` relies on
(call_soon_threadsafe from the worker), and asyncio.Runner's shutdown of the default executor
then waits forever on an idle Qt loop (seen in the test suite). Polling a plain
concurrent.futures.Future is immune to that, costs at most 50 ms, and leaves the default
executor unused.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable
from typing import Any, TypeVar

_T = TypeVar("_T")


async def run_blocking(function: Callable[..., _T], *args: Any) -> _T:
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(function, *args)
        while not future.done():
            await asyncio.sleep(0.05)
        return future.result()
