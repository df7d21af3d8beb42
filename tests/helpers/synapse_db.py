"""Read what the homeserver stored, straight from Synapse's SQLite database (read-only)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any


def room_events(database: Path, room_id: str) -> list[dict[str, Any]]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
    try:
        rows = connection.execute(
            "SELECT json FROM event_json WHERE room_id = ?", (room_id,)
        ).fetchall()
    finally:
        connection.close()
    return [json.loads(row[0]) for row in rows]


def message_events(database: Path, room_id: str) -> list[dict[str, Any]]:
    """Non-state events: what people sent into the room."""
    return [e for e in room_events(database, room_id) if "state_key" not in e]


def raw_database_bytes(database: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-journal"):
        path = Path(str(database) + suffix)
        if path.exists():
            data += path.read_bytes()
    return data
