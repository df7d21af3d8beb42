"""The one place that builds and corrects nio's AsyncClient.

Traps closed here (FACTS.md, each pinned by tests/unit/core/session/test_nio_adapter.py):
- nio sends *plaintext* into an encrypted room when its store is not loaded (`client.olm` is
  None): `require_encryption()` refuses, and `mark_encrypted()` makes sure nio's room flag
  agrees with what we know before every send.
- nio retries connection errors forever inside each request (`max_timeouts=None`): we set 0 so
  the error reaches our sync loop, which owns the backoff and the visible connection state.
- nio's default pickle key is the constant "DEFAULT_KEY": we always pass one derived from the
  keyring's store key.
"""

from __future__ import annotations

from typing import Any

from nio import AsyncClient, AsyncClientConfig

from client.core.errors import EncryptionNotLoaded

# The first sync asks the server for this many timeline events per room, so history shows at
# start without a local cache (issue 5 brings the encrypted cache and back-pagination).
INITIAL_TIMELINE_LIMIT = 50
FIRST_SYNC_FILTER: dict[str, Any] = {
    "room": {"timeline": {"limit": INITIAL_TIMELINE_LIMIT}, "state": {"lazy_load_members": False}}
}


def make_client(
    homeserver: str,
    user_id: str,
    device_id: str | None,
    store_path: str,
    pickle_key: str | None,
) -> AsyncClient:
    config = AsyncClientConfig(
        encryption_enabled=True,
        store_sync_tokens=False,  # each start is a full initial sync, see session.py
        pickle_key=pickle_key or "",
        max_timeouts=0,
        max_limit_exceeded=3,
        request_timeout=30,
    )
    return AsyncClient(
        homeserver,
        user=user_id,
        device_id=device_id,
        store_path=store_path,
        config=config,
        ssl=None,
    )


def encryption_loaded(client: AsyncClient) -> bool:
    return client.olm is not None and client.store is not None


def require_encryption(client: AsyncClient, room_id: str) -> None:
    if not encryption_loaded(client):
        raise EncryptionNotLoaded(f"refusing to send into encrypted room {room_id}: no olm")


def room_is_encrypted(client: AsyncClient, room_id: str) -> bool:
    room = client.rooms.get(room_id)
    return bool((room is not None and room.encrypted) or room_id in client.encrypted_rooms)


def mark_encrypted(client: AsyncClient, room_id: str) -> None:
    """nio decides to encrypt from `room.encrypted` alone; make it agree with the store's list."""
    room = client.rooms.get(room_id)
    if room is not None:
        room.encrypted = True
