"""Record every outbound connection this test process makes, two ways:

- Python's audit hooks ("socket.connect", "socket.getaddrinfo"): every connection and name
  lookup made through Python sockets (aiohttp, nio, anything in the interpreter), however
  short-lived;
- /proc/self/fd + /proc/net/tcp{,6}, sampled every 20 ms: every TCP socket the process holds,
  including sockets that C++ code (Qt's network layer) opens without Python.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

_active: list[ConnectionRecorder] = []
_hooked = False


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _active:
        return
    if event == "socket.connect":
        sock, address = args
        if getattr(sock, "family", None) in (socket.AF_INET, socket.AF_INET6):
            for recorder in _active:
                recorder.connects.add(f"{address[0]}:{address[1]}")
    elif event == "socket.getaddrinfo":
        for recorder in _active:
            recorder.lookups.add(str(args[0]))


def _socket_inodes() -> set[str]:
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    return inodes


def _address(hex_address: str) -> str:
    host, port = hex_address.split(":")
    raw = bytes.fromhex(host)
    if len(raw) == 4:
        ip = ipaddress.IPv4Address(raw[::-1])
    else:  # /proc prints IPv6 as four little-endian 32-bit words
        ip = ipaddress.IPv6Address(b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4)))
        if ip.ipv4_mapped:
            ip = ip.ipv4_mapped
    return f"{ip}:{int(port, 16)}"


def tcp_peers() -> set[str]:
    """Remote ends of this process's TCP connections (established or being opened)."""
    inodes = _socket_inodes()
    peers = set()
    for table in ("/proc/self/net/tcp", "/proc/self/net/tcp6"):
        with contextlib.suppress(OSError), open(table) as lines:
            next(lines)
            for line in lines:
                fields = line.split()
                state, inode = fields[3], fields[9]
                if inode in inodes and state in ("01", "02"):  # ESTABLISHED, SYN_SENT
                    peers.add(_address(fields[2]))
    return peers


@dataclass
class ConnectionRecorder:
    connects: set[str] = field(default_factory=set)
    lookups: set[str] = field(default_factory=set)
    held: set[str] = field(default_factory=set)

    def destinations(self) -> set[str]:
        return self.connects | self.held


@contextlib.asynccontextmanager
async def recording() -> AsyncIterator[ConnectionRecorder]:
    global _hooked
    if not _hooked:
        sys.addaudithook(_hook)  # hooks cannot be removed; it is idle outside `recording`
        _hooked = True
    recorder = ConnectionRecorder()
    _active.append(recorder)

    async def sample() -> None:
        while True:
            recorder.held |= tcp_peers()
            await asyncio.sleep(0.02)

    sampler = asyncio.ensure_future(sample())
    try:
        yield recorder
    finally:
        sampler.cancel()
        _active.remove(recorder)
