"""A reverse proxy on 127.0.0.1 in front of the test Synapse that can be told to answer the
next N requests matching a method and a path with an error (429 with Retry-After, 502, 503,
403…), and that logs every request with the monotonic time it arrived and was answered: the
tests read timings from here, not from the client's own clocks.

A fault may also be `forwarded` first: Synapse then does the work and the client still sees
the error (a proxy that loses the answer), which is what makes a resend a duplicate unless
the transaction id deduplicates it.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web

# Hop-by-hop headers, and those aiohttp recomputes for the body it sends.
_DROP = {"host", "connection", "keep-alive", "transfer-encoding", "content-length", "upgrade"}


@dataclass
class Fault:
    method: str
    path: re.Pattern[str]
    status: int
    count: int
    body: bytes
    headers: dict[str, str]
    forwarded: bool


@dataclass
class Logged:
    method: str
    path: str  # without the query string
    arrived: float  # time.monotonic()
    status: int = 0
    answered: float = 0.0
    injected: bool = False


@dataclass
class FaultProxy:
    upstream: str
    faults: list[Fault] = field(default_factory=list)
    log: list[Logged] = field(default_factory=list)
    port: int = 0
    _runner: web.AppRunner | None = None
    _http: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> FaultProxy:
        # No deadline towards Synapse: /sync long polls for 30 s.
        self._http = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=None), auto_decompress=False
        )
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._http is not None:
            await self._http.close()

    def fail(
        self,
        method: str,
        path: str,
        status: int,
        count: int = 1,
        errcode: str = "",
        retry_after_ms: int | None = None,
        retry_after_header: str = "",
        forwarded: bool = False,
        plain_body: bool = False,
    ) -> None:
        """Answer the next `count` requests whose path matches the regex `path` with `status`.
        The body is a Matrix error (errcode, retry_after_ms) unless `plain_body` (what nginx
        sends: text, no errcode)."""
        if plain_body:
            body, headers = f"<html>{status}</html>".encode(), {"Content-Type": "text/html"}
        else:
            error: dict[str, object] = {"errcode": errcode or "M_UNKNOWN", "error": "injected"}
            if retry_after_ms is not None:
                error["retry_after_ms"] = retry_after_ms
            body, headers = json.dumps(error).encode(), {"Content-Type": "application/json"}
        if retry_after_header:
            headers["Retry-After"] = retry_after_header
        self.faults.append(
            Fault(method.upper(), re.compile(path), status, count, body, headers, forwarded)
        )

    def requests(self, method: str, path: str) -> list[Logged]:
        pattern = re.compile(path)
        return [r for r in self.log if r.method == method.upper() and pattern.search(r.path)]

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.count > 0 and fault.method == method and fault.path.search(path):
                fault.count -= 1
                return fault
        return None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        entry = Logged(request.method, request.path, time.monotonic())
        self.log.append(entry)
        body = await request.read()
        fault = self._take_fault(request.method, request.path)
        try:
            if fault is not None and fault.forwarded:
                await self._forward(request, body)  # Synapse does it; the answer is lost
            if fault is not None:
                entry.injected = True
                return self._answer(entry, fault.status, fault.body, fault.headers)
            status, payload, headers = await self._forward(request, body)
            return self._answer(entry, status, payload, headers)
        except (TimeoutError, aiohttp.ClientError) as error:
            return self._answer(entry, 502, repr(error).encode(), {"Content-Type": "text/plain"})

    async def _forward(
        self, request: web.Request, body: bytes
    ) -> tuple[int, bytes, dict[str, str]]:
        assert self._http is not None
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _DROP}
        async with self._http.request(
            request.method,
            self.upstream + request.path_qs,
            headers=headers,
            data=body or None,
            allow_redirects=False,
        ) as response:
            payload = await response.read()
            kept = {k: v for k, v in response.headers.items() if k.lower() not in _DROP}
            return response.status, payload, kept

    @staticmethod
    def _answer(entry: Logged, status: int, body: bytes, headers: dict[str, str]) -> web.Response:
        entry.status = status
        entry.answered = time.monotonic()
        return web.Response(status=status, body=body, headers=headers)
