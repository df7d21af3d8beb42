"""A homeserver that answers, but badly: 5xx from a proxy in front of it, 429 "too many
requests" with a Retry-After. Alice reaches Synapse through a fault-injecting reverse proxy
(tests/helpers/fault_proxy.py); Bob, the peer who checks what arrived, talks to it directly.

Timings are read from the proxy's log (when it answered the error, when the next attempt
arrived), never from Pli's own clocks.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from client.core.events import ConnectionChanged, ConnectionState, ItemState, TimelineItem
from client.core.session import MatrixSession
from client.demo.homeserver import LocalSynapse
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.fault_proxy import FaultProxy, Logged
from tests.helpers.waits import wait_until
from tests.integration.test_files import PNG

SYNC = r"^/_matrix/client/v3/sync$"
SEND = r"^/_matrix/client/v3/rooms/[^/]+/send/"
UPLOAD = r"^/_matrix/media/v3/upload$"
EARLY = 0.02  # s: a timer may fire this much before its time; the network only adds to it


@pytest.fixture
async def proxy(synapse: LocalSynapse) -> AsyncIterator[FaultProxy]:
    proxy = await FaultProxy(synapse.url).start()
    yield proxy
    await proxy.stop()


@pytest.fixture
async def chat(
    synapse: LocalSynapse, proxy: FaultProxy, user, other_user, tmp_path: Path, memory_store
) -> AsyncIterator[tuple[MatrixSession, MatrixSession, str]]:
    """Alice through the proxy, Bob straight to Synapse, in an encrypted direct chat."""
    alice, _ = await logged_in_session(
        synapse, user, tmp_path / "a", memory_store, server=proxy.url
    )
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    try:
        yield alice, bob, await direct_chat(alice, bob)
    finally:
        await alice.close()
        await bob.close()


def rows(session: MatrixSession, room_id: str, body: str) -> list[TimelineItem]:
    return [i for i in session.timeline(room_id) if i.body == body]


def state_of(session: MatrixSession, room_id: str, body: str) -> ItemState | None:
    found = rows(session, room_id, body)
    return found[0].state if found else None


def gaps(log: list[Logged]) -> list[float]:
    """From each answer to the next attempt: how long the client waited."""
    return [later.arrived - earlier.answered for earlier, later in itertools.pairwise(log)]


async def test_sync_errors_show_offline_and_recover_by_themselves(
    synapse, proxy: FaultProxy, user, tmp_path: Path, memory_store
) -> None:
    alice, events = await logged_in_session(
        synapse, user, tmp_path / "a", memory_store, server=proxy.url, start=False
    )
    try:
        # A rate limit said only in the header (what a reverse proxy sends), then a failing
        # Synapse behind its proxy, then the proxy's own HTML error page.
        proxy.fail("GET", SYNC, 429, errcode="M_LIMIT_EXCEEDED", retry_after_header="3")
        proxy.fail("GET", SYNC, 503, count=1)
        proxy.fail("GET", SYNC, 502, count=1, plain_body=True)
        alice.start()
        await wait_until(
            lambda: alice.state is ConnectionState.ONLINE, 60, "alice recovers by herself"
        )
        syncs = proxy.requests("GET", SYNC)
        assert [r.status for r in syncs[:4]] == [429, 503, 502, 200]
        waited = gaps(syncs[:4])
        assert waited[0] >= 3 - EARLY, f"sooner than Retry-After: {waited}"
        # Then jittered exponential backoff: failures 2 and 3 wait half to all of 1 s, 2 s.
        assert waited[1] >= 0.5 - EARLY and waited[2] >= 1 - EARLY, waited
        assert waited[2] < 2 + 1, waited  # not stuck either
        states = [e.state for e in events.of(ConnectionChanged)]
        assert ConnectionState.RECONNECTING in states and ConnectionState.OFFLINE in states
        assert states[-1] is ConnectionState.ONLINE
        offline = [e for e in events.of(ConnectionChanged) if e.retry_in]
        assert offline[0].retry_in >= 3  # the status bar said when, the server's figure
        # Not crashed: still syncing, and a message goes out.
        room_id = await alice.create_room("Notes")
        sent = await alice.send_text(room_id, "still here")
        assert sent.state is ItemState.SENT
        assert alice._sync_task is not None and not alice._sync_task.done()
    finally:
        await alice.close()


async def test_a_rate_limited_message_waits_as_asked_and_arrives_once(
    proxy: FaultProxy, chat: tuple[MatrixSession, MatrixSession, str]
) -> None:
    alice, bob, room_id = chat
    # Four 429s: more than nio's own three in-request retries, so the test holds
    # whichever layer retries. The body asks 1.5 s, the header 1 s: the longer wins.
    proxy.fail(
        "PUT",
        SEND,
        429,
        count=4,
        errcode="M_LIMIT_EXCEEDED",
        retry_after_ms=1500,
        retry_after_header="1",
    )
    echo = alice.queue_text(room_id, "limited")
    txn_id = echo.event_id[1:]
    await wait_until(
        lambda: len(proxy.requests("PUT", txn_id)) >= 4, 30, "four rate-limited attempts"
    )
    assert state_of(alice, room_id, "limited") is ItemState.PENDING  # "Sending…"
    assert alice.outbox_entries(room_id, failed_only=True) == []
    await wait_until(lambda: rows(bob, room_id, "limited"), 30, "bob gets it")
    await wait_until(lambda: state_of(alice, room_id, "limited") is ItemState.SENT, 10)
    attempts = proxy.requests("PUT", txn_id)
    assert [r.status for r in attempts] == [429, 429, 429, 429, 200]
    waited = gaps(attempts)
    assert min(waited) >= 1.5 - EARLY, f"sooner than retry_after_ms: {waited}"
    assert max(waited) < 1.5 + 2, waited  # the wait was the server's, not a lost kick
    await asyncio.sleep(1)  # a duplicate would have come with the same sync
    assert len(rows(bob, room_id, "limited")) == 1


async def test_a_failing_proxy_delays_messages_but_keeps_their_order(
    proxy: FaultProxy, chat: tuple[MatrixSession, MatrixSession, str]
) -> None:
    alice, bob, room_id = chat
    # The first 502 comes after Synapse stored the event (the answer was lost on the way
    # back): the resend must not make a second one.
    proxy.fail("PUT", SEND, 502, forwarded=True, plain_body=True)
    proxy.fail("PUT", SEND, 502)
    first = alice.queue_text(room_id, "first")
    second = alice.queue_text(room_id, "second")
    for body in ("first", "second"):
        await wait_until(lambda b=body: rows(bob, room_id, b), 30, f"bob gets {body}")
    firsts = proxy.requests("PUT", first.event_id[1:])
    seconds = proxy.requests("PUT", second.event_id[1:])
    assert [r.status for r in firsts] == [502, 502, 200]
    assert [r.status for r in seconds] == [200]
    assert seconds[0].arrived > firsts[-1].answered  # one sender per room: in order
    await asyncio.sleep(1)
    bodies = [i.body for i in bob.timeline(room_id) if i.body in ("first", "second")]
    assert bodies == ["first", "second"]
    assert alice.outbox_entries(room_id) == []


async def test_a_file_upload_answered_503_is_retried_not_failed(
    proxy: FaultProxy, chat: tuple[MatrixSession, MatrixSession, str]
) -> None:
    alice, bob, room_id = chat
    # A Matrix error body (errcode M_UNKNOWN) with a 503: the HTTP status decides.
    proxy.fail("POST", UPLOAD, 503)
    await alice.queue_file(room_id, "plan.png", PNG, "image/png", 1, 1)
    await wait_until(
        lambda: any(i.attachment and i.attachment.url for i in rows(bob, room_id, "plan.png")),
        30,
        "bob gets the file",
    )
    assert [r.status for r in proxy.requests("POST", UPLOAD)] == [503, 200]
    assert alice.outbox_entries(room_id, failed_only=True) == []
    got = rows(bob, room_id, "plan.png")[0]
    assert got.attachment is not None
    assert await bob.download_attachment(got.attachment) == PNG


async def test_a_refusal_still_fails_the_message_and_holds_nothing_back(
    proxy: FaultProxy, chat: tuple[MatrixSession, MatrixSession, str]
) -> None:
    alice, bob, room_id = chat
    proxy.fail("PUT", SEND, 403, errcode="M_FORBIDDEN")
    proxy.fail("POST", UPLOAD, 413, errcode="M_TOO_LARGE")
    refused = alice.queue_text(room_id, "refused")
    await alice.queue_file(room_id, "big.png", PNG, "image/png", 1, 1)
    alice.queue_text(room_id, "after")
    await wait_until(lambda: rows(bob, room_id, "after"), 30, "the next message goes")
    assert state_of(alice, room_id, "refused") is ItemState.FAILED
    assert state_of(alice, room_id, "big.png") is ItemState.FAILED
    failed = alice.outbox_entries(room_id, failed_only=True)
    assert len(failed) == 2
    assert len(proxy.requests("PUT", refused.event_id[1:])) == 1  # not retried
    assert len(proxy.requests("POST", UPLOAD)) == 1
    assert not rows(bob, room_id, "refused") and not rows(bob, room_id, "big.png")
