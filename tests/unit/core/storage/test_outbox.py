"""The outbox keeps what the user sent, in order, encrypted, until the server has it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from client.core.storage.outbox import Outbox

KEY = bytes(range(32))


def test_entries_survive_a_reopen_in_order_and_are_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "outbox.db"
    outbox = Outbox(path, KEY)
    first = outbox.add("!a:hs", "m.room.message", {"msgtype": "m.text", "body": "secret one"})
    second = outbox.add("!b:hs", "m.room.message", {"msgtype": "m.text", "body": "two"})
    third = outbox.add("!a:hs", "m.room.message", {"msgtype": "m.text", "body": "three"})
    outbox.close()  # no explicit flush: a commit is durable when add() returns
    assert path.stat().st_mode & 0o077 == 0
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"secret one" not in raw and b"three" not in raw
    reopened = Outbox(path, KEY)
    assert [e.txn_id for e in reopened.entries()] == [first.txn_id, second.txn_id, third.txn_id]
    assert [e.content["body"] for e in reopened.entries("!a:hs")] == ["secret one", "three"]
    assert len({first.txn_id, second.txn_id, third.txn_id}) == 3


def test_failed_retry_and_remove(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.db", KEY)
    entry = outbox.add("!a:hs", "m.room.message", {"body": "x"})
    other = outbox.add("!b:hs", "m.room.message", {"body": "y"})
    assert outbox.waiting_rooms() == {"!a:hs", "!b:hs"}
    outbox.mark_failed(entry.txn_id, "M_FORBIDDEN")
    assert outbox.entries()[0].failed == "M_FORBIDDEN"
    assert outbox.waiting_rooms() == {"!b:hs"}
    assert [e.txn_id for e in outbox.entries(failed_only=True)] == [entry.txn_id]
    outbox.remove(other.txn_id)
    outbox.retry(entry.txn_id)
    assert outbox.entries()[0].failed == ""
    outbox.remove(entry.txn_id)
    assert outbox.entries() == []


def test_a_wrong_key_or_a_moved_row_is_reported_never_dropped(tmp_path: Path) -> None:
    path = tmp_path / "outbox.db"
    outbox = Outbox(path, KEY)
    entry = outbox.add("!a:hs", "m.room.message", {"body": "x"})
    outbox.close()
    stranger = Outbox(path, bytes(32))
    [seen] = stranger.entries()
    assert seen.txn_id == entry.txn_id and seen.failed == "unreadable"
    stranger.close()
    with sqlite3.connect(path) as db:  # a row moved to another room no longer opens
        db.execute("UPDATE outbox SET room_id = '!b:hs'")
    assert Outbox(path, KEY).entries()[0].failed == "unreadable"


def test_a_damaged_database_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "outbox.db"
    path.write_bytes(b"this is not a database" * 100)
    outbox = Outbox(path, KEY)
    assert outbox.moved_aside is not None and outbox.moved_aside.exists()
    assert outbox.entries() == []
    outbox.add("!a:hs", "m.room.message", {"body": "still works"})
    assert len(outbox.entries()) == 1
