"""A small proxy on 127.0.0.1 for the proxy-policy test, speaking HTTP CONNECT or SOCKS5 (RFC
1928: no authentication, CONNECT only): it tunnels each connection to its target and records
which targets were asked for, and in which protocol."""

from __future__ import annotations

import asyncio
import contextlib

SOCKS5 = 5


class ConnectProxy:
    def __init__(self) -> None:
        self.targets: list[str] = []
        self.protocols: set[str] = set()
        self.server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> ConnectProxy:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            first = await reader.readexactly(1)
            socks = first[0] == SOCKS5
            if socks:
                host, port = await self._socks5_request(reader, writer)
            else:
                host, port = await self._http_connect_request(first, reader, writer)
            if not host:
                return
            self.protocols.add("socks5" if socks else "http")
            self.targets.append(f"{host}:{port}")
            upstream_reader, upstream_writer = await asyncio.open_connection(host, port)
            writer.write(
                b"\x05\x00\x00\x01" + bytes(6)  # succeeded; bound address 0.0.0.0:0
                if socks
                else b"HTTP/1.1 200 Connection established\r\n\r\n"
            )
            await writer.drain()
            await asyncio.gather(
                self._pipe(reader, upstream_writer), self._pipe(upstream_reader, writer)
            )
        except (OSError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            with contextlib.suppress(OSError):
                writer.close()

    @staticmethod
    async def _socks5_request(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> tuple[str, int]:
        methods = await reader.readexactly((await reader.readexactly(1))[0])
        if 0 not in methods:
            writer.write(b"\x05\xff")  # no acceptable method
            return "", 0
        writer.write(b"\x05\x00")  # no authentication
        version, command, _reserved, kind = await reader.readexactly(4)
        if version != SOCKS5 or command != 1:
            return "", 0
        if kind == 1:  # IPv4
            host = ".".join(str(b) for b in await reader.readexactly(4))
        elif kind == 3:  # a name
            host = (await reader.readexactly((await reader.readexactly(1))[0])).decode()
        else:
            return "", 0
        return host, int.from_bytes(await reader.readexactly(2), "big")

    @staticmethod
    async def _http_connect_request(
        first: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> tuple[str, int]:
        request = (first + await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
        method, target, _version = request.split("\r\n", 1)[0].split(" ", 2)
        if method != "CONNECT":
            writer.write(b"HTTP/1.1 405 Method Not Allowed\r\n\r\n")
            return "", 0
        host, port = target.rsplit(":", 1)
        return host, int(port)

    @staticmethod
    async def _pipe(source: asyncio.StreamReader, target: asyncio.StreamWriter) -> None:
        try:
            while data := await source.read(65536):
                target.write(data)
                await target.drain()
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                target.close()
