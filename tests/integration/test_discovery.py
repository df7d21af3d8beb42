"""Server discovery through /.well-known/matrix/client, against a real Synapse whose
server_name is served by a small well-known server on loopback."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from aiohttp import web

from client.core.session import MatrixSession
from client.core.session.discovery import discover
from client.core.storage.paths import Profile
from client.demo.homeserver import LocalSynapse, free_port
from tests.helpers.homeserver import running_synapse

WELL_KNOWN_PORT = free_port()


@pytest.fixture
def named_synapse(tmp_path: Path) -> Iterator[LocalSynapse]:
    with running_synapse(tmp_path / "hs", server_name=f"localhost:{WELL_KNOWN_PORT}") as server:
        yield server


@pytest.fixture
async def well_known(named_synapse: LocalSynapse) -> AsyncIterator[list[str]]:
    hits: list[str] = []

    async def handler(request: web.Request) -> web.Response:
        hits.append(request.path)
        body = {"m.homeserver": {"base_url": named_synapse.url}}
        return web.Response(text=json.dumps(body), content_type="application/json")

    app = web.Application()
    app.router.add_get("/.well-known/matrix/client", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", WELL_KNOWN_PORT)
    await site.start()
    try:
        yield hits
    finally:
        await runner.cleanup()


async def test_user_id_alone_finds_the_homeserver(
    named_synapse, well_known, tmp_path: Path, keyring_store
) -> None:
    user = named_synapse.register("marie", "secret-pw")
    assert user.user_id == f"@marie:localhost:{WELL_KNOWN_PORT}"
    base, login_user = await discover(user.user_id)
    assert base == named_synapse.url and login_user == user.user_id
    assert well_known == ["/.well-known/matrix/client"]

    session = MatrixSession(Profile(tmp_path / "p"), keyring_store)
    await session.login(user.user_id, user.password)  # no server typed
    assert session.record is not None and session.record.homeserver == named_synapse.url
    await session.logout()
