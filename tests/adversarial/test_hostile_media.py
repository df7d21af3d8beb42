"""Issue 16.3: what a hostile server can do with a download (the media repository is its own).

Bob reads through the hostile proxy; Alice sends him a real file. The server then answers
Bob's download of it with an endless body, a trickle that never ends, or a redirect to
another host. Pli must stop at the size the message announced, give up at its deadline, follow
no redirect, and say each in a sentence; the token goes in the Authorization header only
(never in the URL, where proxies and access logs keep it). On the code before (nio's
download): the endless body and the trickle hung until the test's own timeout, the token was
in the query string.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from aiohttp import web

from client.core.errors import AttachmentDamaged, DownloadTooSlow, ServerRefused
from tests.adversarial.hostile import HostileServer
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.waits import wait_until
from tests.integration.test_files import PNG, row_with_file

MEDIA = r"/_matrix/client/v1/media/download/"


async def endless(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "image/png"})
    await response.prepare(request)
    chunk = PNG + b"\0" * 65_536
    try:
        for _ in range(100_000):  # 6.5 GB if nobody stops reading
            await response.write(chunk)
    except (ConnectionError, RuntimeError):
        pass  # Pli hung up: what we want
    return response


async def trickle(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "image/png"})
    await response.prepare(request)
    try:
        for byte in PNG:
            await response.write(bytes([byte]))
            await asyncio.sleep(1.0)
    except (ConnectionError, RuntimeError):
        pass
    return response


async def test_a_hostile_media_server_gets_nothing_by_size_time_or_redirect(
    synapse, user, other_user, hostile: HostileServer, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(
        synapse, other_user, tmp_path / "b", memory_store, server=hostile.url
    )
    elsewhere_hits: list[str] = []

    async def elsewhere(request: web.Request) -> web.Response:
        elsewhere_hits.append(request.path)
        return web.Response(body=PNG)

    app = web.Application()
    app.router.add_get("/{tail:.*}", elsewhere)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    other_port = runner.addresses[0][1]
    try:
        room_id = await direct_chat(alice, bob)
        await alice.queue_file(room_id, "plan.png", PNG, "image/png", 1, 1)
        await wait_until(lambda: row_with_file(bob, room_id, "plan.png"), 30, "the image")
        row = row_with_file(bob, room_id, "plan.png")
        assert row is not None and row.attachment is not None
        attachment = row.attachment
        assert await bob.download_attachment(attachment, limit=attachment.size) == PNG
        headers_seen: list[dict[str, str]] = []

        def record_then(handler):  # type: ignore[no-untyped-def]
            async def answer(request: web.Request) -> web.StreamResponse:
                headers_seen.append({"auth": request.headers.get("Authorization", ""),
                                     "query": request.query_string})  # fmt: skip
                return await handler(request)

            return answer

        # An endless body behind the announced size: cut off at that size.
        hostile.on_raw("GET", MEDIA, record_then(endless))
        started = time.monotonic()
        with pytest.raises(AttachmentDamaged):
            await asyncio.wait_for(bob.download_attachment(attachment, limit=attachment.size), 60)
        assert time.monotonic() - started < 10
        # Without an announced size, the cap is MAX_DOWNLOAD; the thumbnail path always
        # passes the size (file_actions), here a small explicit cap.
        with pytest.raises(AttachmentDamaged):
            await asyncio.wait_for(bob.download_attachment(attachment, limit=1_000_000), 60)

        # A trickle: given up at the deadline, with a sentence.
        hostile.clear()
        hostile.on_raw("GET", MEDIA, record_then(trickle))
        started = time.monotonic()
        with pytest.raises(DownloadTooSlow) as slow:
            await asyncio.wait_for(
                bob.download_attachment(attachment, limit=attachment.size, deadline=3), 60
            )
        assert 2.5 < time.monotonic() - started < 10
        assert "plan.png" in slow.value.sentence.render()

        # A redirect to another host: not followed.
        hostile.clear()

        async def redirect(request: web.Request) -> web.StreamResponse:
            raise web.HTTPFound(f"http://127.0.0.1:{other_port}/stolen")

        hostile.on_raw("GET", MEDIA, record_then(redirect))
        with pytest.raises(ServerRefused):
            await asyncio.wait_for(bob.download_attachment(attachment), 60)
        assert elsewhere_hits == []

        # Every request carried the token in its header, none in its URL.
        assert headers_seen and all(h["auth"].startswith("Bearer ") for h in headers_seen)
        assert all("access_token" not in h["query"] for h in headers_seen), headers_seen
    finally:
        await runner.cleanup()
        await alice.close()
        await bob.close()
