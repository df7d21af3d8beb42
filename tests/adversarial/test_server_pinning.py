"""Issue 15, points 5 and 6: the policy pins the server's address, not only its name, and
discovery never lets anyone else choose the server or send the password in clear.

The attack of point 5: with `allowed_homeservers: [interieur.gouv.fr]`, an impostor server
that *calls itself* interieur.gouv.fr (any Synapse can) took the password, because only the
name in the user id and in the server's answer was checked. Here the impostor is the hostile
proxy: another address, the same server name as the test Synapse.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from client.core.errors import HomeserverNotPinned, InsecureServer, ServerNotFound
from client.core.policy.loader import Policy
from client.core.session import MatrixSession
from client.core.session.discovery import discover
from client.core.storage.paths import Profile
from client.demo.homeserver import free_port
from tests.adversarial.hostile import HostileServer


def policy(**values: object) -> Policy:
    return Policy(dict(values), {name: "/etc/pli/policy.json" for name in values})


async def test_an_impostor_with_the_allowed_name_never_sees_the_password(
    synapse, user, hostile: HostileServer, tmp_path: Path, memory_store
) -> None:
    pinned = policy(allowed_homeservers=["localhost"], allowed_server_urls=[synapse.url])
    session = MatrixSession(Profile(tmp_path / "a"), memory_store, policy=pinned)
    with pytest.raises(HomeserverNotPinned) as refused:
        await session.login(user.user_id, user.password, server=hostile.url)
    assert synapse.url in refused.value.advice_sentence.render()
    assert hostile.seen("POST", r"/login$") == []  # the password never went there

    # Names only: the address must come from discovery over HTTPS from an allowed name; a
    # typed address is refused before any request.
    names_only = MatrixSession(
        Profile(tmp_path / "b"), memory_store, policy=policy(allowed_homeservers=["localhost"])
    )
    with pytest.raises(HomeserverNotPinned):
        await names_only.login(user.user_id, user.password, server=hostile.url)
    assert hostile.seen_bodies == []

    # The pinned address works, and a saved account whose address is no longer pinned does
    # not open.
    good = MatrixSession(Profile(tmp_path / "c"), memory_store, policy=pinned)
    await good.login(user.user_id, user.password)  # the one pinned address, nothing typed
    await good.close()
    moved = policy(allowed_homeservers=["localhost"], allowed_server_urls=[hostile.url])
    later = MatrixSession(Profile(tmp_path / "c"), memory_store, policy=moved)
    with pytest.raises(HomeserverNotPinned):
        await later.restore()


@pytest.fixture
async def well_known_server() -> AsyncIterator[tuple[int, dict[str, object]]]:
    """A server name's .well-known on loopback, told by each test what to answer."""
    port = free_port()
    answer: dict[str, object] = {}
    hits: list[str] = []
    answer["hits"] = hits

    async def handler(request: web.Request) -> web.StreamResponse:
        hits.append(f"{request.host}{request.path}")
        if "redirect" in answer:
            raise web.HTTPFound(str(answer["redirect"]))
        return web.Response(text=json.dumps(answer["body"]), content_type="application/json")

    app = web.Application()
    app.router.add_get("/.well-known/matrix/client", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield port, answer
    finally:
        await runner.cleanup()


async def test_discovery_refuses_redirects_elsewhere_and_addresses_in_clear(
    synapse, well_known_server
) -> None:
    port, answer = well_known_server
    name = f"localhost:{port}"
    # .well-known redirects to another host (here: another port) whose .well-known names
    # the real Synapse: the redirect is not followed.
    other_port, other = free_port(), web.Application()

    async def other_handler(_request: web.Request) -> web.Response:
        body = {"m.homeserver": {"base_url": synapse.url}}
        return web.Response(text=json.dumps(body), content_type="application/json")

    other.router.add_get("/.well-known/matrix/client", other_handler)
    runner = web.AppRunner(other)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", other_port).start()
    try:
        answer["redirect"] = f"http://127.0.0.1:{other_port}/.well-known/matrix/client"
        with pytest.raises(ServerNotFound):  # nothing at the name itself: not the other one
            await discover(f"@marie:{name}")
    finally:
        await runner.cleanup()

    # .well-known gives an http:// address off this machine: refused, with a sentence.
    del answer["redirect"]
    answer["body"] = {"m.homeserver": {"base_url": "http://matrix.pli-test.invalid"}}
    with pytest.raises(InsecureServer) as insecure:
        await discover(f"@marie:{name}")
    assert "https://" in insecure.value.advice_sentence.render()
    # A typed http:// address too, before any request.
    with pytest.raises(InsecureServer):
        await discover("@marie:example.org", server="http://matrix.pli-test.invalid")
