"""A hostile homeserver for tests: a reverse proxy on 127.0.0.1 in front of the real Synapse
that can rewrite what crosses it, both ways, and records every JSON body it saw.

The homeserver is inside Pli's threat model (docs/SECURITY.md): it may hand out any keys,
create devices, reuse device ids, replay events and lie about its name. Synapse itself does
the honest work; the rewriters are the lies, each registered by a test:

    server.on_request("POST", r"/login$", lambda body: {...body, "device_id": "X"})
    server.on_response("POST", r"/keys/query$", plant_device)

A rewriter gets the parsed JSON (and, for a response, the request's JSON too) and returns
the JSON to pass on; it may change it in place and return it. `seen(method, path)` lists
the request bodies that went through, for an attacker reading what Pli sent. For what is not
JSON (media), `on_raw(method, path, handler)` answers the request itself, any way it likes:
an endless body, a trickle, a redirect.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

JSON = dict[str, Any]
RequestRewriter = Callable[[JSON], JSON]
ResponseRewriter = Callable[[JSON, JSON], JSON]  # (request body, response body)
RawHandler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# Hop-by-hop headers, and those aiohttp recomputes for the body it sends.
_DROP = {"host", "connection", "keep-alive", "transfer-encoding", "content-length", "upgrade"}


@dataclass
class Seen:
    method: str
    path: str
    body: JSON


@dataclass
class HostileServer:
    upstream: str
    port: int = 0
    seen_bodies: list[Seen] = field(default_factory=list)
    tokens_seen: list[tuple[str, str]] = field(default_factory=list)  # (path, token)
    expired_tokens: set[str] = field(default_factory=set)
    _requests: list[tuple[str, re.Pattern[str], RequestRewriter]] = field(default_factory=list)
    _responses: list[tuple[str, re.Pattern[str], ResponseRewriter]] = field(default_factory=list)
    _raw: list[tuple[str, re.Pattern[str], RawHandler]] = field(default_factory=list)
    _runner: web.AppRunner | None = None
    _http: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def on_request(self, method: str, path: str, rewrite: RequestRewriter) -> None:
        self._requests.append((method.upper(), re.compile(path), rewrite))

    def on_response(self, method: str, path: str, rewrite: ResponseRewriter) -> None:
        self._responses.append((method.upper(), re.compile(path), rewrite))

    def on_raw(self, method: str, path: str, handler: RawHandler) -> None:
        self._raw.append((method.upper(), re.compile(path), handler))

    def expire(self, token: str) -> None:
        """The token stops working, as an expired one does: 401 M_UNKNOWN_TOKEN with
        soft_logout, which tells the client to sign in again on the same device."""
        self.expired_tokens.add(token)

    def clear(self) -> None:
        """The server stops lying (what it planted stays planted in the clients)."""
        self._requests.clear()
        self._responses.clear()
        self._raw.clear()

    def seen(self, method: str, path: str) -> list[JSON]:
        pattern = re.compile(path)
        return [s.body for s in self.seen_bodies if s.method == method and pattern.search(s.path)]

    async def start(self) -> HostileServer:
        self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None))
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

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        assert self._http is not None
        body = await request.read()
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        token = token or request.query.get("access_token", "")
        if token:
            self.tokens_seen.append((request.path, token))
        if token in self.expired_tokens:
            error = {"errcode": "M_UNKNOWN_TOKEN", "error": "expired", "soft_logout": True}
            return web.json_response(error, status=401)
        for method, pattern, handler in list(self._raw):
            if method == request.method and pattern.search(request.path):
                return await handler(request)
        parsed = _parse(body)
        if parsed is not None:
            self.seen_bodies.append(Seen(request.method, request.path, parsed))
            for method, pattern, rewrite in list(self._requests):
                if method == request.method and pattern.search(request.path):
                    parsed = rewrite(parsed)
                    body = json.dumps(parsed).encode()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _DROP}
        try:
            async with self._http.request(
                request.method,
                self.upstream + request.path_qs,
                headers=headers,
                data=body or None,
                allow_redirects=False,
            ) as upstream:
                payload = await upstream.read()
                status = upstream.status
                kept = {
                    k: v
                    for k, v in upstream.headers.items()
                    if k.lower() not in _DROP and k.lower() != "content-encoding"
                }
        except (TimeoutError, aiohttp.ClientError) as error:
            return web.Response(status=502, text=repr(error))
        answer = _parse(payload) if status == 200 else None
        if answer is not None:
            for method, pattern, rewriter in list(self._responses):
                if method == request.method and pattern.search(request.path):
                    answer = rewriter(parsed or {}, answer)
                    payload = json.dumps(answer).encode()
        return web.Response(status=status, body=payload, headers=kept)


def _parse(raw: bytes) -> JSON | None:
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
