"""Drive one matrix-js-sdk device (driver.mjs, rust crypto) from asyncio.

One JsPeer = one Node process = one js device. Commands and events are JSON lines; see the
header of driver.mjs for the command list. Plain asyncio, no Qt.

    peer = await JsPeer.start(log_path=tmp / "alice-js.log")
    me = await peer.call("login", homeserver=url, user="alice", password="pw")
    event = await peer.wait_event(lambda e: e["event"] == "verification_request", timeout=30)
    await peer.stop()
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1] / "interop" / "peer"
DRIVER = HERE / "driver.mjs"

Event = dict[str, Any]


class JsPeerError(RuntimeError):
    """A command failed, timed out, or the Node process died."""


def node_binary() -> str:
    """Node 22 from the `node` npm package when installed, else the first `node` on PATH."""
    bundled = HERE / "node_modules" / ".bin" / "node"
    if bundled.exists():
        return str(bundled)
    return "node"


class JsPeer:
    """A running driver.mjs process. Create it with `await JsPeer.start(...)`."""

    def __init__(self, process: asyncio.subprocess.Process, log_path: Path, name: str) -> None:
        self.process = process
        self.log_path = log_path
        self.name = name
        self._next_id = 0
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._events: list[Event] = []
        self._event_added = asyncio.Condition()
        self._closed: str | None = None
        self._reader = asyncio.create_task(self._read_stdout(), name=f"jspeer-{name}-stdout")
        self._log_file: Any = None

    @classmethod
    async def start(
        cls,
        log_path: Path,
        name: str = "js",
        node: str | None = None,
        ready_timeout: float = 30.0,
        env: dict[str, str] | None = None,
    ) -> JsPeer:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        log_file = open(log_path, "ab")  # closed in stop()
        try:
            process = await asyncio.create_subprocess_exec(
                node or node_binary(),
                str(DRIVER),
                cwd=HERE,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=log_file,
                env={**os.environ, **(env or {})},
                limit=16 * 1024 * 1024,
            )
        except BaseException:
            log_file.close()
            raise
        peer = cls(process, log_path, name)
        peer._log_file = log_file
        try:
            await peer.wait_event(lambda event: event["event"] == "ready", ready_timeout)
        except BaseException:
            await peer.stop()
            raise
        return peer

    # ---- reading ---------------------------------------------------------------------------------
    async def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        try:
            while True:
                line = await self.process.stdout.readline()
                if not line:
                    break
                try:
                    message = json.loads(line)
                except json.JSONDecodeError:
                    await self._add_event(
                        {"event": "bad_line", "line": line.decode(errors="replace")}
                    )
                    continue
                if "event" in message:
                    await self._add_event(message)
                    continue
                future = self._pending.pop(message.get("id"), None)
                if future is None or future.done():
                    continue
                if message.get("ok"):
                    future.set_result(message.get("result"))
                else:
                    future.set_exception(
                        JsPeerError(f"[{self.name}] {message.get('error')}{self._log_tail()}")
                    )
        finally:
            code = await self.process.wait()
            self._closed = f"node process exited with code {code}"
            for future in self._pending.values():
                if not future.done():
                    future.set_exception(
                        JsPeerError(f"[{self.name}] {self._closed}{self._log_tail()}")
                    )
            self._pending.clear()
            async with self._event_added:
                self._event_added.notify_all()

    async def _add_event(self, event: Event) -> None:
        async with self._event_added:
            self._events.append(event)
            self._event_added.notify_all()

    def _log_tail(self, lines: int = 25) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        tail = "\n".join(text.splitlines()[-lines:])
        return f"\n--- tail of {self.log_path} ---\n{tail}" if tail else ""

    # ---- API -------------------------------------------------------------------------------------
    @property
    def events(self) -> list[Event]:
        """Every unsolicited event received so far, in order (never cleared)."""
        return list(self._events)

    async def call(self, cmd: str, call_timeout: float | None = None, **args: Any) -> Any:
        """Send one command and return its result; JsPeerError on failure or timeout.

        `args` go to the driver as they are; a `timeout` among them (seconds, default 60)
        bounds the driver's own waits. `call_timeout` is the outer guard here (default: the
        driver's timeout + 30 s), for a driver that stops answering."""
        if call_timeout is None:
            call_timeout = float(args.get("timeout", 60)) + 30.0
        if self._closed is not None:
            raise JsPeerError(f"[{self.name}] {self._closed}{self._log_tail()}")
        assert self.process.stdin is not None
        self._next_id += 1
        request_id = self._next_id
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        line = json.dumps({"id": request_id, "cmd": cmd, "args": args}) + "\n"
        self.process.stdin.write(line.encode())
        await self.process.stdin.drain()
        try:
            return await asyncio.wait_for(future, call_timeout)
        except TimeoutError:
            self._pending.pop(request_id, None)
            raise JsPeerError(
                f"[{self.name}] no answer to {cmd} within {call_timeout:.0f} s{self._log_tail()}"
            ) from None

    async def wait_event(
        self, predicate: Callable[[Event], bool], timeout: float = 60.0, start: int = 0
    ) -> Event:
        """The first buffered event (from index `start`) matching `predicate`, or the next one
        to arrive. Events stay buffered, so one emitted before this call is not lost."""
        index = start

        async def scan() -> Event:
            nonlocal index
            async with self._event_added:
                while True:
                    while index < len(self._events):
                        event = self._events[index]
                        index += 1
                        if predicate(event):
                            return event
                    if self._closed is not None:
                        raise JsPeerError(f"[{self.name}] {self._closed}{self._log_tail()}")
                    await self._event_added.wait()

        try:
            return await asyncio.wait_for(scan(), timeout)
        except TimeoutError:
            raise JsPeerError(
                f"[{self.name}] no matching event within {timeout:.0f} s{self._log_tail()}"
            ) from None

    def mark(self) -> int:
        """An index for wait_event(start=...): only events after this point."""
        return len(self._events)

    async def stop(self, timeout: float = 10.0) -> int:
        """Ask the driver to stop, then end the process by its handle if it lingers."""
        try:
            if self._closed is None and self.process.returncode is None:
                with contextlib.suppress(JsPeerError, ConnectionError, RuntimeError):
                    await self.call("stop", call_timeout=timeout)
            try:
                await asyncio.wait_for(self.process.wait(), timeout)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
        finally:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
            if self._log_file is not None:
                self._log_file.close()
                self._log_file = None
        return self.process.returncode if self.process.returncode is not None else -1
