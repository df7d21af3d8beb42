"""`pli --demo`: a throwaway homeserver, you, and a demo contact, all gone when Pli quits.

Secrets of the throwaway accounts live in memory only (MemorySecretStore): the demo profile is
deleted on quit, so there is nothing to keep, and a demo must work on machines whose keyring is
not set up. Real accounts always use the OS keyring.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.demo.contact import DemoContact
from client.demo.homeserver import LocalSynapse, RegisteredUser
from client.demo.threads import run_blocking

log = logging.getLogger(__name__)


class DemoEnvironment:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="pli-demo-"))
        self.synapse = LocalSynapse(self.folder / "homeserver")
        self.contact: DemoContact | None = None
        self.you: RegisteredUser | None = None
        self.secret_store = MemorySecretStore()
        self.profile = Profile(self.folder / "profile")

    async def start(self, progress: Callable[[str], None] = lambda _: None) -> MatrixSession:
        """Start Synapse, register both accounts, log the contact in. Returns your session,
        logged in but not yet syncing."""
        progress("homeserver")
        await self.synapse.start_async()
        progress("accounts")
        self.you = await run_blocking(self.synapse.register, "you", secrets.token_urlsafe(16))
        contact = await run_blocking(self.synapse.register, "camille", secrets.token_urlsafe(16))
        self.contact = DemoContact(self.folder / "contact")
        session = MatrixSession(self.profile, self.secret_store, device_name="Pli (demo)")
        progress("login")
        await asyncio.gather(
            self.contact.start(contact.user_id, contact.password, self.synapse.url),
            session.login(self.you.user_id, self.you.password, self.synapse.url),
        )
        await self.contact.session.set_display_name("Camille Bernard (démo)")
        await session.set_display_name("Dominique Martin")
        return session

    async def open_chat(self, session: MatrixSession) -> str:
        """The contact opens an encrypted direct chat with you and says hello. Your session
        must be syncing."""
        assert self.contact is not None
        room_id = await self.contact.session.create_direct_chat(session.user_id)
        await session.wait_for_room(room_id)
        await session.accept_invite(room_id)
        await self.contact.welcome(room_id)
        return room_id

    async def stop(self) -> None:
        try:
            if self.contact is not None:
                await self.contact.stop()
        finally:
            await run_blocking(self.synapse.stop)
            shutil.rmtree(self.folder, ignore_errors=True)
