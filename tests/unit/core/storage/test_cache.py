"""The encrypted message cache: what it keeps, what search finds, what a redaction erases,
and that the file is unreadable without the store key."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from client.core.events import RoomSummary
from client.core.storage.cache import CachedMember, CacheWrite, MessageCache, fts_query

KEY = bytes(range(32))


def message(
    event_id: str, body: str, ts: int, room: str = "!r:hs", **content: Any
) -> dict[str, Any]:
    return {
        "type": "m.room.message",
        "event_id": event_id,
        "sender": "@ana:hs",
        "origin_server_ts": ts,
        "content": {"msgtype": "m.text", "body": body, **content},
        "room": room,
    }


def summary(room_id: str, name: str) -> RoomSummary:
    return RoomSummary(room_id, name, "dernier", 5, 0, False, True, False, external=("x.org",))


def filled(tmp_path: Path) -> MessageCache:
    cache = MessageCache(tmp_path / "cache.db", KEY)
    batch = CacheWrite()
    batch.events += [
        ("!r:hs", message("$1", "Réunion de crise à Paris", 1), True),
        ("!r:hs", message("$2", "Ordre du jour : budget", 2), True),
        ("!s:hs", message("$3", "réunion annulée", 3), False),
        ("!r:hs", message("$4", "secret à effacer", 4), True),
    ]
    batch.summaries += [summary("!r:hs", "Cellule"), summary("!s:hs", "Équipe")]
    cache.write(batch)
    return cache


def test_rooms_recent_events_and_search(tmp_path: Path) -> None:
    cache = filled(tmp_path)
    assert {s.name for s in cache.summaries()} == {"Cellule", "Équipe"}
    assert cache.summaries()[0].external == ("x.org",)
    assert [s["event_id"] for s, _ in cache.recent("!r:hs")] == ["$1", "$2", "$4"]
    assert [s["event_id"] for s, _ in cache.recent("!r:hs", 2)] == ["$2", "$4"]
    assert [s["event_id"] for s, _ in cache.before("!r:hs", 4, 10)] == ["$1", "$2"]
    hits = cache.search("reunion")  # no accent, any case: both rooms, newest first
    assert [(h.room_id, h.event_id) for h in hits] == [("!s:hs", "$3"), ("!r:hs", "$1")]
    assert "[Réunion]" in hits[1].snippet
    assert [h.event_id for h in cache.search("reun", "!r:hs")] == ["$1"]  # prefixes
    assert [h.event_id for h in cache.search("crise paris")] == ["$1"]  # all words
    assert cache.search("   ") == [] and cache.search("introuvable") == []
    # FTS syntax in the user's text is just text.
    for hostile in ('"', "NEAR(a b)", "body:secret", "*", "a OR b", "') --", "\x00", "^x"):
        cache.search(hostile)  # no exception, no injection


def test_edits_and_redactions_change_the_index_as_the_timeline_decides(tmp_path: Path) -> None:
    cache = filled(tmp_path)
    batch = CacheWrite()
    edit = message(
        "$e", "* budget révisé", 6,
        **{"m.new_content": {"msgtype": "m.text", "body": "Ordre du jour : budget révisé"},
           "m.relates_to": {"rel_type": "m.replace", "event_id": "$2"}},
    )  # fmt: skip
    redaction = {
        "type": "m.room.redaction", "event_id": "$x", "sender": "@eve:hs",
        "origin_server_ts": 7, "redacts": "$4", "content": {},
    }  # fmt: skip
    batch.events += [("!r:hs", edit, True), ("!r:hs", redaction, False)]
    cache.write(batch)
    # Stored, but interpreted by nobody: the cache does not judge an edit or a redaction.
    assert [h.event_id for h in cache.search("effacer")] == ["$4"]
    assert cache.search("révisé") == []  # the "* budget révisé" fallback is not indexed
    decided = CacheWrite(
        forget=[("!r:hs", "$4"), ("!s:hs", "$1")],  # the second: wrong room, ignored
        reindex=[("!r:hs", "$2", "Ordre du jour : budget révisé")],
    )
    cache.write(decided)
    assert [(h.event_id, h.sender) for h in cache.search("révisé")] == [("$2", "@ana:hs")]
    assert cache.search("effacer") == [] and [h.event_id for h in cache.search("paris")] == ["$1"]
    stored = next(s for s, _ in cache.recent("!r:hs") if s["event_id"] == "$4")
    assert stored["content"] == {} and "secret" not in str(stored)
    raw = (tmp_path / "cache.db").read_bytes() + (tmp_path / "cache.db-wal").read_bytes()
    assert b"effacer" not in raw and b"budget" not in raw  # encrypted pages, not text
    members = [
        CachedMember("@ana:hs", "Ana", "join", 100),
        CachedMember("@bo:hs", "Bo", "invite", 0),
    ]
    cache.write(CacheWrite(members={"!s:hs": members, "!r:hs": members[:1]}))
    cache.write(CacheWrite(members={"!r:hs": members[1:]}))  # a list replaces the room's
    assert cache.members("!r:hs") == members[1:]
    assert sorted(cache.members("!s:hs"), key=lambda m: m.user_id) == members
    cache.write(CacheWrite(drop_rooms=["!s:hs"]))
    assert cache.search("annulée") == [] and cache.recent("!s:hs") == []
    assert {s.room_id for s in cache.summaries()} == {"!r:hs"} and cache.members("!s:hs") == []


def test_unreadable_without_the_store_key(tmp_path: Path) -> None:
    cache = filled(tmp_path)
    cache.close()
    path = tmp_path / "cache.db"
    assert path.stat().st_mode & 0o077 == 0
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchall()
    # Another key (a new keyring entry): the old file is moved aside, a new cache starts.
    other = MessageCache(path, bytes(32))
    assert other.moved_aside is not None and other.moved_aside.exists()
    assert other.summaries() == [] and other.count() == 0
    other.close()
    # The right key still opens what was moved aside.
    again = MessageCache(other.moved_aside, KEY)
    assert again.moved_aside is None and again.count() == 4


def test_a_damaged_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    path.write_bytes(b"\x00garbage" * 1000)
    cache = MessageCache(path, KEY)
    assert cache.moved_aside is not None and cache.count() == 0


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('ré"union  paris') == '"ré""union"* "paris"*'
    assert fts_query("") == ""


def test_an_older_layout_is_rebuilt(tmp_path: Path) -> None:
    cache = filled(tmp_path)
    cache._db.execute("UPDATE meta SET value = '1' WHERE name = 'schema'")
    cache.close()
    again = MessageCache(tmp_path / "cache.db", KEY)
    assert again.count() == 0 and again.moved_aside is None
    assert again.search("reunion") == []


def test_repeated_events_keep_each_index_row_with_its_event(tmp_path: Path) -> None:
    """A sync may repeat events (and a batch may hold one twice): the stored copy and its
    index row stay, and every later row id still pairs an event with its own text."""
    cache = filled(tmp_path)
    again = CacheWrite()
    again.events += [
        ("!r:hs", message("$2", "texte changé par une répétition", 2), True),  # already stored
        ("!r:hs", message("$5", "point presse demain", 5), True),
        ("!r:hs", message("$5", "point presse demain", 5), True),  # twice in one batch
        ("!r:hs", message("$6", "compte rendu envoyé", 6), True),
    ]
    cache.write(again)
    assert cache.search("répétition") == []
    assert [h.event_id for h in cache.search("budget")] == ["$2"]
    assert [h.event_id for h in cache.search("presse")] == ["$5"]
    cache.write(CacheWrite(forget=[("!r:hs", "$5")]))
    assert cache.search("presse") == [] and [h.event_id for h in cache.search("rendu")] == ["$6"]
    assert cache.count() == 6


def test_a_formatted_message_is_indexed_as_it_shows(tmp_path: Path) -> None:
    """Its body may hold the Markdown source: the index (and its snippets) take the text the
    formatted body shows; a long or hostile formatted body is no more than text."""
    cache = MessageCache(tmp_path / "cache.db", KEY)
    batch = CacheWrite()
    batch.events += [
        ("!r:hs", message("$b", "Crise à **14 h**", 1, format="org.matrix.custom.html",
                          formatted_body="Crise à <strong>14 h</strong>"), True),
        ("!r:hs", message("$r", "> <@x:hs> avant\n\nAprès", 2, format="org.matrix.custom.html",
                          formatted_body="<mx-reply>avant</mx-reply><p>Après</p>"), True),
        ("!r:hs", message("$x", "plain", 3, format="org.matrix.custom.html",
                          formatted_body="<script>alert(1)</script>"), True),
    ]  # fmt: skip
    cache.write(batch)
    hit = cache.search("crise")[0]
    assert hit.event_id == "$b" and "**" not in hit.snippet and "14 h" in hit.snippet
    assert cache.search("avant") == []  # the quoted fallback is not this message's text
    assert [h.event_id for h in cache.search("après")] == ["$r"]
    assert [h.event_id for h in cache.search("plain")] == ["$x"]  # nothing shown: its body
    assert cache.search("alert") == []
