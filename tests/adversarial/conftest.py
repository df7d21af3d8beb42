"""Fixtures of the hostile-homeserver suite: a tampering proxy in front of the real Synapse."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from tests.adversarial.hostile import HostileServer


@pytest_asyncio.fixture
async def hostile(synapse) -> AsyncIterator[HostileServer]:  # type: ignore[no-untyped-def]
    server = await HostileServer(synapse.url).start()
    try:
        yield server
    finally:
        await server.stop()
