"""The outbox: every message the user sends is written here, durably and encrypted, *before*
it goes to the server, with the transaction id it will always be sent with. After a crash, a
restart or an outage it is sent again with the same id, so the server keeps exactly one copy
(the client-server API deduplicates PUT /send/{type}/{txnId} per device). Messages of one room
go out in the order they were written.

Storage: SQLite `outbox.db` in the profile's store folder, WAL with synchronous=FULL (a commit
survives a power cut once `add` returns). The content is encrypted with AES-256-GCM under a key
derived from the store key (HKDF, its own label), the room and transaction id bound as
associated data: a row cannot be moved to another room or read without the keyring.

A database that cannot be opened is moved aside (never deleted) and a new one started: the
entries in it cannot be read without SQLite either, and a message the user can retype beats
refusing to start; `moved_aside` tells the caller. A database that is only locked or
unreadable for now raises sqlite3.OperationalError and is left alone.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    room_id TEXT NOT NULL,
    txn_id TEXT NOT NULL UNIQUE,
    created INTEGER NOT NULL,
    failed TEXT NOT NULL DEFAULT '',
    sealed BLOB NOT NULL
)
"""


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    room_id: str
    txn_id: str
    created: int  # ms since the epoch, when the user sent it
    event_type: str
    content: dict[str, Any]
    failed: str = ""  # why the server refused it for good; "" while it is still to send

    @property
    def local_id(self) -> str:
        """The id of its row in the timeline until the server gives it an event id."""
        return f"~{self.txn_id}"


def _outbox_key(store_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"pli/outbox/v1").derive(
        store_key
    )


class Outbox:
    def __init__(self, path: Path, store_key: bytes) -> None:
        self.path = path
        self._aead = AESGCM(_outbox_key(store_key))
        self.moved_aside: Path | None = None
        try:
            self._db = self._open()
        except sqlite3.OperationalError:
            raise  # locked or unreadable now, not damaged: the caller says so, nothing moves
        except sqlite3.DatabaseError:
            # Not a database any more: moved aside with its journal files, never deleted.
            self.moved_aside = path.with_name(f"{path.name}.damaged-{int(time.time())}")
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{path}{suffix}")
                if source.exists():
                    os.replace(source, Path(f"{self.moved_aside}{suffix}"))
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)  # explicit transactions
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute(SCHEMA)
        db.execute("SELECT count(*) FROM outbox").fetchone()  # a damaged file fails here
        for suffix in ("", "-wal", "-shm"):  # created under umask 077; made sure here
            if Path(f"{self.path}{suffix}").exists():
                os.chmod(f"{self.path}{suffix}", 0o600)
        return db

    def close(self) -> None:
        self._db.close()

    @staticmethod
    def _aad(room_id: str, txn_id: str) -> bytes:
        return f"{room_id}\n{txn_id}".encode()

    def add(self, room_id: str, event_type: str, content: dict[str, Any]) -> OutboxEntry:
        """Store a message to send; durable when this returns."""
        txn_id = f"pli{secrets.token_hex(12)}"
        created = int(time.time() * 1000)
        nonce = secrets.token_bytes(12)
        plain = json.dumps({"type": event_type, "content": content}).encode()
        sealed = nonce + self._aead.encrypt(nonce, plain, self._aad(room_id, txn_id))
        cursor = self._db.execute(
            "INSERT INTO outbox (room_id, txn_id, created, sealed) VALUES (?, ?, ?, ?)",
            (room_id, txn_id, created, sealed),
        )
        return OutboxEntry(
            int(cursor.lastrowid or 0), room_id, txn_id, created, event_type, content
        )

    def update_content(self, entry: OutboxEntry, content: dict[str, Any]) -> None:
        """Replace what an entry will send (a file's upload done: its mxc:// URL instead of
        the staged copy), durably, so that a crash after the upload does not upload again."""
        nonce = secrets.token_bytes(12)
        plain = json.dumps({"type": entry.event_type, "content": content}).encode()
        sealed = nonce + self._aead.encrypt(nonce, plain, self._aad(entry.room_id, entry.txn_id))
        self._db.execute("UPDATE outbox SET sealed = ? WHERE txn_id = ?", (sealed, entry.txn_id))

    def contains(self, txn_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM outbox WHERE txn_id = ?", (txn_id,)).fetchone()
        return row is not None

    def waiting_rooms(self) -> set[str]:
        """Rooms with messages still to send: read after every sync, so no decryption."""
        rows = self._db.execute("SELECT DISTINCT room_id FROM outbox WHERE failed = ''")
        return {room for (room,) in rows}

    def entries(self, room_id: str | None = None, failed_only: bool = False) -> list[OutboxEntry]:
        """Everything not yet on the server, oldest first. A row that cannot be decrypted (a
        different store key, tampering) comes back failed with its reason, never dropped."""
        query = "SELECT seq, room_id, txn_id, created, failed, sealed FROM outbox WHERE 1"
        args: tuple[str, ...] = ()
        if room_id is not None:
            query += " AND room_id = ?"
            args = (room_id,)
        if failed_only:
            query += " AND failed != ''"
        found = []
        for seq, room, txn_id, created, failed, sealed in self._db.execute(
            query + " ORDER BY seq", args
        ):
            try:
                plain = self._aead.decrypt(sealed[:12], sealed[12:], self._aad(room, txn_id))
                data = json.loads(plain)
                event_type, content = str(data["type"]), dict(data["content"])
            except (InvalidTag, ValueError, KeyError, TypeError):
                event_type, content, failed = "m.room.message", {}, "unreadable"
            found.append(OutboxEntry(seq, room, txn_id, created, event_type, content, failed))
        return found

    def mark_failed(self, txn_id: str, reason: str) -> None:
        self._db.execute(
            "UPDATE outbox SET failed = ? WHERE txn_id = ?", (reason or "refused", txn_id)
        )

    def retry(self, txn_id: str) -> None:
        self._db.execute("UPDATE outbox SET failed = '' WHERE txn_id = ?", (txn_id,))

    def remove(self, txn_id: str) -> None:
        """The server has it (or the user discarded it)."""
        self._db.execute("DELETE FROM outbox WHERE txn_id = ?", (txn_id,))
