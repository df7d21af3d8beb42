"""The local message cache and its search index, encrypted at rest (SQLCipher 4, FTS5).

Why: Pli shows the room list and the last messages at once, before the network answers, and
stays readable offline; and full-text search needs the text of encrypted messages somewhere
on this machine. Both live in one SQLCipher database (`store/cache.db`) whose key is derived
from the store key kept in the OS keyring (HKDF, its own label): without the keyring the file
is noise ("file is not a database"). A cache is not the source of truth: a damaged or
unreadable file is moved aside and rebuilt from the server, never a reason not to start.

What is kept: each room's summary and member list (names, membership, power); the room
events Pli shows or applies (messages, edits, reactions, redactions) as the decrypted JSON the
timeline is built from; the text of messages in an FTS5 table (unicode61 tokenizer without
diacritics: "reunion" finds "Réunion"). The cache interprets no relation itself: the timeline
decides whether an edit or a redaction counts (sender, power) and tells the cache what to
re-index or forget (a forgotten message loses its stored content too). Writes come in one
transaction per sync (`write()`).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlcipher3 import dbapi2 as sqlcipher

from client.core.events import RoomSummary
from client.core.messages.rich_text import HTML_FORMAT, shown_text

log = logging.getLogger(__name__)

SCHEMA = 3  # 3: the index is keyed by the event's row id (deletes no longer scan it)
RECENT_PER_ROOM = 50
MAX_SEARCH_RESULTS = 200
INDEXED_TYPES = ("m.room.message",)


@dataclass(frozen=True)
class SearchHit:
    room_id: str
    event_id: str
    timestamp: int
    snippet: str  # with [ and ] around the matches
    sender: str = ""  # user id


@dataclass(frozen=True)
class CachedMember:
    user_id: str
    display_name: str
    membership: str  # "join" | "invite"
    power_level: float


@dataclass
class CacheWrite:
    """What one sync (or page of history) adds: written in one transaction."""

    events: list[tuple[str, dict[str, Any], bool]] = dataclasses.field(default_factory=list)
    summaries: list[RoomSummary] = dataclasses.field(default_factory=list)
    # Decided by the timeline (which checks who may edit or redact), never by the cache:
    forget: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (room, event)
    reindex: list[tuple[str, str, str]] = dataclasses.field(default_factory=list)  # +new text
    # A room's whole member list when it changed: (user id, display name, membership, power).
    members: dict[str, list[CachedMember]] = dataclasses.field(default_factory=dict)
    drop_rooms: list[str] = dataclasses.field(default_factory=list)  # left, or gone
    # Megolm sessions that reached us authenticated (session id, sender key, Ed25519 claimed):
    # a message is drawn as its sender's only when its session is one of them (issue 15.2).
    authenticated: list[tuple[str, str, str]] = dataclasses.field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(
            self.authenticated
            or self.events
            or self.summaries
            or self.forget
            or self.reindex
            or self.drop_rooms
            or self.members
        )


# What a cache operation may raise (callers need not import sqlcipher3).
CACHE_ERRORS: tuple[type[BaseException], ...] = (sqlcipher.Error, ValueError, OSError)


def _cache_key(store_key: bytes) -> str:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"pli cache v1").derive(
        store_key
    )
    return key.hex()


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query: each word a quoted prefix term, all required. No
    FTS syntax gets through (a quote inside a word is doubled)."""
    words = [w for w in text.replace("\x00", " ").split() if w][:12]
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


class MessageCache:
    def __init__(self, path: Path, store_key: bytes, move_unreadable: bool = True) -> None:
        """`move_unreadable`: a file that does not open with this key is moved aside and a
        new cache started; False raises instead (while the key is not known to be right)."""
        self.path = path
        self.moved_aside: Path | None = None
        self._key = _cache_key(store_key)
        try:
            self._db = self._open()
        except sqlcipher.DatabaseError as error:
            if not move_unreadable:
                raise
            # Another key (a new keyring entry), or a damaged file: start a new cache.
            aside = path.with_name(f"{path.name}.unreadable-{int(time.time())}")
            log.error("message cache unreadable (%r), moved to %s", error, aside)
            os.replace(path, aside)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            self.moved_aside = aside
            self._db = self._open()

    def _open(self) -> Any:
        fresh = not self.path.exists()
        db = sqlcipher.connect(str(self.path), isolation_level=None, check_same_thread=False)
        try:
            db.execute(f"PRAGMA key = \"x'{self._key}'\"")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # a cache: the server has the truth
            db.execute("PRAGMA foreign_keys = OFF")
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails on a bad key
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            stored = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            if stored is not None and stored[0] != str(SCHEMA):
                # An older layout: a cache is rebuilt, never migrated.
                db.executescript(
                    "DROP TABLE IF EXISTS search; DROP TABLE IF EXISTS events; "
                    "DROP TABLE IF EXISTS rooms; DROP TABLE IF EXISTS members; "
                    "DELETE FROM meta;"
                )
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS rooms (room_id TEXT PRIMARY KEY, summary TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS events (
                    id INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE,
                    room_id TEXT NOT NULL, ts INTEGER NOT NULL,
                    encrypted INTEGER NOT NULL, source TEXT NOT NULL
                );
                CREATE INDEX IF NOT EXISTS events_by_room ON events (room_id, ts);
                CREATE TABLE IF NOT EXISTS members (
                    room_id TEXT NOT NULL, user_id TEXT NOT NULL, display_name TEXT NOT NULL,
                    membership TEXT NOT NULL, power REAL NOT NULL,
                    PRIMARY KEY (room_id, user_id)
                ) WITHOUT ROWID;
                -- A message's index row has its event's id as rowid: room and event columns of
                -- an FTS5 table cannot be indexed, so a delete by them scans the whole index.
                CREATE TABLE IF NOT EXISTS authenticated_sessions (
                    session_id TEXT NOT NULL, sender_key TEXT NOT NULL, ed25519 TEXT NOT NULL,
                    PRIMARY KEY (session_id, sender_key)
                ) WITHOUT ROWID;
                CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5 (
                    body, room_id UNINDEXED, event_id UNINDEXED, ts UNINDEXED, sender UNINDEXED,
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """
            )
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
        except BaseException:
            db.close()
            raise
        if fresh:
            os.chmod(self.path, 0o600)
        return db

    def close(self) -> None:
        self._db.close()

    # --- writing -------------------------------------------------------------------------------

    def write(self, batch: CacheWrite) -> None:
        if not batch:
            return
        db = self._db
        db.execute("BEGIN")
        try:
            self._put_events(batch.events)
            db.executemany(
                "INSERT OR REPLACE INTO authenticated_sessions VALUES (?, ?, ?)",
                batch.authenticated,
            )
            for room_id, event_id in batch.forget:
                self._forget_text(room_id, event_id)
            for room_id, event_id, body in batch.reindex:
                row = self._row_id(room_id, event_id)
                if row is None:
                    continue
                db.execute("DELETE FROM search WHERE rowid = ?", (row,))
                db.execute(
                    "INSERT INTO search (rowid, body, room_id, event_id, ts, sender) "
                    "SELECT id, ?, room_id, event_id, ts, json_extract(source, '$.sender') "
                    "FROM events WHERE id = ?",
                    (body, row),
                )
            for room_id in batch.drop_rooms:
                db.execute(
                    "DELETE FROM search WHERE rowid IN (SELECT id FROM events WHERE room_id = ?)",
                    (room_id,),
                )
                for table in ("events", "rooms", "members"):
                    db.execute(f"DELETE FROM {table} WHERE room_id = ?", (room_id,))  # noqa: S608
            for room_id, members in batch.members.items():
                db.execute("DELETE FROM members WHERE room_id = ?", (room_id,))
                db.executemany(
                    "INSERT OR REPLACE INTO members VALUES (?, ?, ?, ?, ?)",
                    [
                        (room_id, m.user_id, m.display_name, m.membership, m.power_level)
                        for m in members
                    ],
                )
            for summary in batch.summaries:
                db.execute(
                    "INSERT INTO rooms (room_id, summary) VALUES (?, ?) "
                    "ON CONFLICT(room_id) DO UPDATE SET summary = excluded.summary",
                    (summary.room_id, json.dumps(dataclasses.asdict(summary))),
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _put_events(self, events: list[tuple[str, dict[str, Any], bool]]) -> None:
        """New events, and the text of new messages into the index, in two executemany calls
        (one execute per event and per index row was a third of catch-up's cache time). The
        row ids are given here, so each index row can carry its event's; events already
        stored are left out first (an INSERT OR IGNORE would leave its id to nobody)."""
        fresh: dict[str, tuple[str, dict[str, Any], bool]] = {}
        for room_id, source, encrypted in events:
            event_id = source.get("event_id")
            if isinstance(event_id, str) and event_id and event_id not in fresh:
                fresh[event_id] = (room_id, source, encrypted)
        if not fresh:
            return
        db = self._db
        ids = list(fresh)
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for (known,) in db.execute(
                f"SELECT event_id FROM events WHERE event_id IN ({marks})",  # noqa: S608
                chunk,
            ):
                fresh.pop(known, None)
        next_id = int(db.execute("SELECT max(id) FROM events").fetchone()[0] or 0) + 1
        rows, texts = [], []
        for row_id, (event_id, (room_id, source, encrypted)) in enumerate(fresh.items(), next_id):
            ts = source.get("origin_server_ts")
            ts = ts if isinstance(ts, int) and not isinstance(ts, bool) and ts >= 0 else 0
            rows.append((row_id, event_id, room_id, ts, int(encrypted), json.dumps(source)))
            content = source.get("content")
            if source.get("type") not in INDEXED_TYPES or not isinstance(content, dict):
                continue
            relation = content.get("m.relates_to")
            is_edit = isinstance(relation, dict) and relation.get("rel_type") == "m.replace"
            body = content.get("body")
            formatted = content.get("formatted_body")
            if content.get("format") == HTML_FORMAT and isinstance(formatted, str):
                body = shown_text(body if isinstance(body, str) else "", formatted)
            if not is_edit and isinstance(body, str) and body.strip():
                sender = str(source.get("sender") or "")
                texts.append((row_id, body, room_id, event_id, ts, sender))
        db.executemany(
            "INSERT INTO events (id, event_id, room_id, ts, encrypted, source) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.executemany(
            "INSERT INTO search (rowid, body, room_id, event_id, ts, sender) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            texts,
        )

    def _forget_text(self, room_id: str, event_id: str) -> None:
        """A redacted message: its text leaves the index and its stored content goes."""
        found = self._db.execute(
            "SELECT id, source FROM events WHERE room_id = ? AND event_id = ?", (room_id, event_id)
        ).fetchone()
        if found is not None:
            self._db.execute("DELETE FROM search WHERE rowid = ?", (found[0],))
            source = json.loads(found[1])
            stub = {
                k: source[k]
                for k in ("event_id", "sender", "type", "origin_server_ts")
                if k in source
            }
            stub["content"] = {}
            stub["unsigned"] = {"redacted_because": {"type": "m.room.redaction"}}
            self._db.execute(
                "UPDATE events SET source = ? WHERE id = ?", (json.dumps(stub), found[0])
            )

    def _row_id(self, room_id: str, event_id: str) -> int | None:
        found = self._db.execute(
            "SELECT id FROM events WHERE room_id = ? AND event_id = ?", (room_id, event_id)
        ).fetchone()
        return None if found is None else int(found[0])

    # --- reading -------------------------------------------------------------------------------

    def authenticated_sessions(self) -> dict[tuple[str, str], str]:
        """(session id, sender key) -> the Ed25519 key that came with it."""
        rows = self._db.execute(
            "SELECT session_id, sender_key, ed25519 FROM authenticated_sessions"
        )
        return {(session, sender): ed25519 for session, sender, ed25519 in rows}

    def summaries(self) -> list[RoomSummary]:
        found = []
        fields = {f.name for f in dataclasses.fields(RoomSummary)}
        for (text,) in self._db.execute("SELECT summary FROM rooms"):
            try:
                data = {k: v for k, v in json.loads(text).items() if k in fields}
                if "external" in data:
                    data["external"] = tuple(data["external"])
                found.append(RoomSummary(**data))
            except (ValueError, TypeError):
                continue  # a room seen only through its back token, or an older format
        return found

    def recent(
        self, room_id: str, limit: int = RECENT_PER_ROOM
    ) -> list[tuple[dict[str, Any], bool]]:
        """The room's last events, oldest first (source, encrypted)."""
        rows = self._db.execute(
            "SELECT source, encrypted FROM events WHERE room_id = ? ORDER BY ts DESC LIMIT ?",
            (room_id, limit),
        ).fetchall()
        return [(json.loads(source), bool(encrypted)) for source, encrypted in reversed(rows)]

    def before(self, room_id: str, timestamp: int, limit: int) -> list[tuple[dict[str, Any], bool]]:
        """Older events than `timestamp` (back-pagination from the cache), oldest first."""
        rows = self._db.execute(
            "SELECT source, encrypted FROM events WHERE room_id = ? AND ts < ? "
            "ORDER BY ts DESC LIMIT ?",
            (room_id, timestamp, limit),
        ).fetchall()
        return [(json.loads(source), bool(encrypted)) for source, encrypted in reversed(rows)]

    def members(self, room_id: str) -> list[CachedMember]:
        rows = self._db.execute(
            "SELECT user_id, display_name, membership, power FROM members WHERE room_id = ?",
            (room_id,),
        ).fetchall()
        return [CachedMember(str(u), str(n), str(m), float(p)) for u, n, m, p in rows]

    def latest_timestamp(self, room_id: str) -> int | None:
        """When the room's newest cached event was sent (None: nothing cached)."""
        row = self._db.execute("SELECT max(ts) FROM events WHERE room_id = ?", (room_id,))
        found = row.fetchone()[0]
        return None if found is None else int(found)

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM events").fetchone()[0])

    def search(self, text: str, room_id: str | None = None) -> list[SearchHit]:
        query = fts_query(text)
        if not query:
            return []
        sql = (
            "SELECT room_id, event_id, ts, sender, snippet(search, 0, '[', ']', '…', 12) "
            "FROM search WHERE search MATCH ?"
        )
        args: list[Any] = [query]
        if room_id is not None:
            sql += " AND room_id = ?"
            args.append(room_id)
        sql += " ORDER BY ts DESC LIMIT ?"
        args.append(MAX_SEARCH_RESULTS)
        try:
            rows = self._db.execute(sql, args).fetchall()
        except sqlcipher.OperationalError as error:  # a query FTS5 still refuses
            log.info("search refused: %r", error)
            return []
        return [
            SearchHit(str(room), str(event), int(ts), str(snippet), str(sender))
            for room, event, ts, sender, snippet in rows
        ]
