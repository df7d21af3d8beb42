"""Register users on the test Synapse and open core sessions for them."""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from client.core.events import SessionEvent
from client.core.policy.loader import Policy
from client.core.secrets.store import SecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.demo.homeserver import LocalSynapse, RegisteredUser

_counter = itertools.count()


def new_user(synapse: LocalSynapse, prefix: str = "user") -> RegisteredUser:
    localpart = f"{prefix}{next(_counter)}_{secrets.token_hex(3)}"
    return synapse.register(localpart, "pw-" + secrets.token_hex(8))


@dataclass
class Recorder:
    """An event sink that keeps everything the session emitted."""

    events: list[SessionEvent] = field(default_factory=list)

    def __call__(self, event: SessionEvent) -> None:
        self.events.append(event)

    def of(self, kind: type) -> list[SessionEvent]:
        return [e for e in self.events if isinstance(e, kind)]


async def logged_in_session(
    synapse: LocalSynapse,
    user: RegisteredUser,
    folder: Path,
    store: SecretStore,
    policy: Policy | None = None,
    server: str = "",
    start: bool = True,
    cross_sign: bool = True,
) -> tuple[MatrixSession, Recorder]:
    """Signed in and synced; `server`: another URL for the same Synapse (a proxy in front of
    it); `start=False`: signed in only, the sync loop not started. `cross_sign`: as the app
    does after sign-in, the account's cross-signing keys made on its first device (a later
    device stays unsigned until verified: under MSC4153, the default, it gets no room keys)."""
    recorder = Recorder()
    session = MatrixSession(Profile(folder), store, recorder, policy=policy)
    await session.login(user.user_id, user.password, server=server or synapse.url)
    if start:
        session.start()
        await session.wait_synced()
        if cross_sign:

            async def no_password() -> str | None:
                return None

            await session.ensure_cross_signing(no_password)
    return session, recorder


async def direct_chat(alice: MatrixSession, bob: MatrixSession) -> str:
    """Alice opens an encrypted direct chat with Bob, who accepts. Returns the room id."""
    from tests.helpers.waits import wait_until

    room_id = await alice.create_direct_chat(bob.user_id)
    await wait_until(lambda: any(r.room_id == room_id for r in bob.rooms()), what="invite")
    await bob.accept_invite(room_id)
    return room_id
