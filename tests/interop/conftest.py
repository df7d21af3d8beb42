"""Interop fixtures: a Pli core session and matrix-js-sdk peers (tests/interop/peer, Node 22,
matrix-js-sdk 43 with its Rust crypto, as Element runs it) on the suite's Synapse."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from client.core.events import VerificationChanged
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.session.account_security import CrossSigningStatus
from client.core.storage.paths import Profile
from client.core.verification.view import VerificationView
from client.demo.homeserver import LocalSynapse, RegisteredUser
from tests.helpers.accounts import Recorder, new_user
from tests.helpers.jspeer import JsPeer


@dataclass
class Pli:
    session: MatrixSession
    recorder: Recorder
    user: RegisteredUser

    @property
    def user_id(self) -> str:
        return self.session.user_id

    def views(self) -> list[VerificationView]:
        return [
            e.view  # type: ignore[misc]
            for e in self.recorder.of(VerificationChanged)
            if isinstance(e.view, VerificationView)  # type: ignore[attr-defined]
        ]

    async def wait_view(
        self, predicate: Callable[[VerificationView], bool], timeout: float = 30.0
    ) -> VerificationView:
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            for view in reversed(self.views()):
                if predicate(view):
                    return view
            if asyncio.get_running_loop().time() > deadline:
                last = self.views()[-3:]
                raise AssertionError(f"no matching verification view in {timeout} s: {last}")
            await asyncio.sleep(0.05)


PliFactory = Callable[..., Awaitable[Pli]]
PeerFactory = Callable[..., Awaitable[tuple[JsPeer, dict[str, Any]]]]


@pytest.fixture
async def pli(synapse: LocalSynapse, tmp_path: Path) -> AsyncIterator[PliFactory]:
    """Make signed-in Pli sessions (with cross-signing set up unless told not to)."""
    made: list[MatrixSession] = []

    async def make(user: RegisteredUser | None = None, cross_signing: bool = True) -> Pli:
        user = user or new_user(synapse, "pli")
        recorder = Recorder()
        session = MatrixSession(
            Profile(tmp_path / f"pli{len(made)}"), MemorySecretStore(), recorder
        )
        made.append(session)
        await session.login(user.user_id, user.password, server=synapse.url)
        session.start()
        await session.wait_synced()
        if cross_signing:

            async def password() -> str:
                return user.password

            status = await session.ensure_cross_signing(password)
            assert status in (CrossSigningStatus.CREATED, CrossSigningStatus.NEEDS_VERIFICATION)
        return Pli(session, recorder, user)

    yield make
    for session in made:
        await session.close()


@pytest.fixture
async def js(synapse: LocalSynapse, tmp_path: Path) -> AsyncIterator[PeerFactory]:
    """Start js devices: `peer, me = await js(user, bootstrap=True)`."""
    peers: list[JsPeer] = []

    async def make(
        user: RegisteredUser | None = None, bootstrap: bool = True, name: str = "js"
    ) -> tuple[JsPeer, dict[str, Any]]:
        user = user or new_user(synapse, "js")
        peer = await JsPeer.start(tmp_path / f"{name}{len(peers)}.log", name=name)
        peers.append(peer)
        me = await peer.call(
            "login",
            homeserver=synapse.url,
            user=user.user_id,
            password=user.password,
            backup_loop_delay_ms=0,  # js otherwise waits 0-10 s before each backup upload
        )
        me["user"] = user
        if bootstrap:
            me["cross_signing"] = await peer.call("bootstrap_cross_signing", password=user.password)
        return peer, me

    yield make
    for peer in peers:
        await peer.stop()


async def shared_dm(pli: Pli, peer: JsPeer, peer_user: str) -> str:
    """An encrypted DM made by Pli, joined by js; both know each other's identity."""
    room_id = await pli.session.create_direct_chat(peer_user)
    await peer.call("join", room_id=room_id)
    await peer.call("wait_room", room_id=room_id, members=[pli.user_id, peer_user])
    await pli.session.wait_for_room(room_id)
    return room_id
