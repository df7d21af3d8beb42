"""The demo contact: a real second Matrix client (its own nio client, device and Olm keys,
through Pli's own core session) that answers your messages, encrypted, through the homeserver."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from client.core.events import (
    ItemState,
    RoomUpdated,
    SessionEvent,
    TimelineItemAdded,
    TimelineItemChanged,
    VerificationChanged,
)
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.core.verification.flow import State
from client.core.verification.view import VerificationView

log = logging.getLogger(__name__)

WELCOME = (
    "Bonjour ! Je suis Camille, le contact de démonstration. Cette conversation est chiffrée "
    "de bout en bout : écrivez-moi, je réponds.\n"
    "Hello! I am Camille, the demo contact. This chat is end-to-end encrypted: write to me "
    "and I will answer.\n"
    "Vous pouvez aussi me vérifier : Sécurité → Vérifier ce contact, puis les émojis. "
    "You can also verify me: Security → Verify this contact, then emoji."
)

# The demo contact is a bot: it accepts verification requests and, after a pause long enough
# to look at the emoji, says they match. A real person compares them.
CONFIRM_AFTER = 3.0


def answer(text: str) -> str:
    quoted = text if len(text) <= 200 else text[:200] + "…"
    return (
        f"Bien reçu, déchiffré chez moi : « {quoted} »\n"
        f"Received and decrypted on my side: “{quoted}”"
    )


class DemoContact:
    def __init__(self, folder: Path) -> None:
        self.session = MatrixSession(
            Profile(folder), MemorySecretStore(), self._on_event, device_name="Pli demo contact"
        )
        self._answered: set[str] = set()
        self._tasks: set[asyncio.Task[object]] = set()

    async def start(self, user_id: str, password: str, server: str) -> None:
        await self.session.login(user_id, password, server)
        self.session.start()
        await self.session.wait_synced()

        async def no_password() -> str | None:
            return None  # a fresh account: the server asks for none (MSC3967)

        await self.session.ensure_cross_signing(no_password)

    def _on_verification(self, view: VerificationView) -> None:
        manager = self.session.verification
        if manager is None:
            return
        if view.state is State.INCOMING:
            self._spawn(manager.act(view.flow_id, "accept"))
        elif view.state is State.SAS_COMPARE:

            async def confirm_later() -> None:
                await asyncio.sleep(CONFIRM_AFTER)
                assert manager is not None
                await manager.act(view.flow_id, "confirm_sas")

            self._spawn(confirm_later())
        elif view.state is State.QR_CONFIRM:
            self._spawn(manager.act(view.flow_id, "confirm_qr"))

    def _spawn(self, coro: Coroutine[Any, Any, object]) -> None:
        task: asyncio.Task[object] = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[object]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("demo contact could not answer: %r", task.exception())

    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, VerificationChanged) and isinstance(event.view, VerificationView):
            self._on_verification(event.view)
            return
        if isinstance(event, RoomUpdated) and event.summary.is_invite:
            self._spawn(self.session.accept_invite(event.summary.room_id))
            return
        if not isinstance(event, TimelineItemAdded | TimelineItemChanged):
            return
        item = event.item
        if item.own or item.state is not ItemState.SENT or not item.body:
            return
        if item.event_id in self._answered:
            return
        self._answered.add(item.event_id)
        self._spawn(self.session.send_text(item.room_id, answer(item.body)))

    async def welcome(self, room_id: str) -> None:
        await self.session.send_text(room_id, WELCOME)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await self.session.close()
