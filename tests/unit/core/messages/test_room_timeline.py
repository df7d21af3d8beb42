"""RoomTimeline: edits, reactions, redactions, replies and mentions from raw events, in any
order, with hostile ones mixed in (the pure part; tests/integration/test_rich_timeline.py runs
the same through a real Synapse)."""

from __future__ import annotations

from typing import Any

from client.core.events import ItemState, TimelineItemAdded, TimelineItemChanged
from client.core.messages.room_timeline import MAX_BODY_SHOWN, RoomTimeline

ME, ANA, EVE = "@me:hs", "@ana:hs", "@eve:hs"


def message(event_id: str, sender: str, body: str, ts: int = 1, **content: Any) -> dict[str, Any]:
    return {
        "type": "m.room.message",
        "event_id": event_id,
        "sender": sender,
        "origin_server_ts": ts,
        "content": {"msgtype": "m.text", "body": body, **content},
    }


def edit(event_id: str, sender: str, target: str, body: str, ts: int = 5) -> dict[str, Any]:
    return message(
        event_id,
        sender,
        f"* {body}",
        ts,
        **{
            "m.new_content": {"msgtype": "m.text", "body": body},
            "m.relates_to": {"rel_type": "m.replace", "event_id": target},
        },
    )


def reaction(event_id: str, sender: str, target: str, key: str) -> dict[str, Any]:
    return {
        "type": "m.reaction",
        "event_id": event_id,
        "sender": sender,
        "origin_server_ts": 9,
        "content": {"m.relates_to": {"rel_type": "m.annotation", "event_id": target, "key": key}},
    }


def redaction(event_id: str, sender: str, target: str) -> dict[str, Any]:
    return {
        "type": "m.room.redaction",
        "event_id": event_id,
        "sender": sender,
        "origin_server_ts": 10,
        "redacts": target,
        "content": {},
    }


def timeline(may_redact: set[str] | None = None) -> RoomTimeline:
    names = {ME: "Moi", ANA: "Ana", EVE: "Eve"}
    return RoomTimeline(
        "!r:hs",
        ME,
        names=lambda user: names.get(user, user),
        may_redact=lambda user: user in (may_redact or set()),
        own_name=lambda: "Moi",
    )


def test_edits_count_only_from_the_sender_and_the_latest_wins() -> None:
    t = timeline()
    t.add_event(message("$a", ANA, "brouillon"))
    diffs = t.add_event(edit("$e1", ANA, "$a", "version 1", ts=5))
    assert isinstance(diffs[0], TimelineItemChanged) and diffs[0].item.body == "version 1"
    t.add_event(edit("$e3", ANA, "$a", "version 3", ts=7))
    t.add_event(edit("$e2", ANA, "$a", "version 2", ts=6))  # late, older
    assert t.get("$a").body == "version 3" and t.get("$a").edited  # type: ignore[union-attr]
    assert t.add_event(edit("$x", EVE, "$a", "Eve's words")) == []
    assert t.get("$a").body == "version 3"  # type: ignore[union-attr]
    assert [i.event_id for i in t.items()] == ["$a"]  # edits are no rows


def test_an_edit_in_clear_does_not_replace_an_encrypted_message() -> None:
    t = timeline()
    t.add_event(message("$a", ANA, "secret"), encrypted=True)
    t.add_event(edit("$e", ANA, "$a", "in clear"), encrypted=False)
    assert t.get("$a").body == "secret"  # type: ignore[union-attr]
    t.add_event(edit("$f", ANA, "$a", "encrypted edit"), encrypted=True)
    assert t.get("$a").body == "encrypted edit"  # type: ignore[union-attr]


def test_relations_that_come_before_their_message_wait_for_it() -> None:
    t = timeline()
    assert t.add_event(edit("$e", ANA, "$a", "corrigé")) == []
    assert t.add_event(reaction("$r", EVE, "$a", "👍")) == []
    assert t.add_event(reaction("$gone", EVE, "$missing", "👍")) == []  # never arrives: harmless
    t.add_event(message("$a", ANA, "faute"))
    item = t.get("$a")
    assert item is not None and item.body == "corrigé" and item.reactions[0].count == 1


def test_reactions_count_once_per_person_and_know_mine() -> None:
    t = timeline()
    t.add_event(message("$a", ANA, "Réunion à 14 h ?"))
    t.add_event(reaction("$r1", EVE, "$a", "👍"))
    t.add_event(reaction("$r2", EVE, "$a", "👍"))  # twice by the same person
    t.add_event(reaction("$r3", ME, "$a", "👍"))
    t.add_event(reaction("$r4", ANA, "$a", "🎉"))
    (thumbs, party) = t.get("$a").reactions  # type: ignore[union-attr]
    assert (thumbs.key, thumbs.count, thumbs.own_event_id) == ("👍", 2, "$r3")
    assert thumbs.senders == ("Eve", "Moi") and (party.count, party.own_event_id) == (1, "")
    t.add_event(redaction("$x", ME, "$r3"))  # I take mine back
    assert t.get("$a").reactions[0].count == 1  # type: ignore[union-attr]
    t.add_event(redaction("$y", ANA, "$r1"))  # not Ana's reaction, no power: ignored
    assert t.get("$a").reactions[0].count == 1  # type: ignore[union-attr]
    for bad_key in ("", "   ", "x" * 65, 7, None):
        t.add_event(reaction(f"$bad{bad_key!r}", EVE, "$a", bad_key))  # type: ignore[arg-type]
    assert [r.key for r in t.get("$a").reactions] == ["👍", "🎉"]  # type: ignore[union-attr]


def test_redactions_need_the_sender_or_the_power() -> None:
    t = timeline(may_redact={ME})
    t.add_event(message("$a", ANA, "à effacer"))
    t.add_event(message("$b", ANA, "modéré"))
    t.add_event(message("$c", ANA, "reste"))
    t.add_event(redaction("$x", EVE, "$c"))  # Eve is neither the sender nor a moderator
    t.add_event(redaction("$y", ANA, "$a"))
    t.add_event(redaction("$z", ME, "$b"))
    states = {i.event_id: (i.state, i.body) for i in t.items()}
    assert states == {
        "$a": (ItemState.REDACTED, ""),
        "$b": (ItemState.REDACTED, ""),
        "$c": (ItemState.SENT, "reste"),
    }
    t.add_event(edit("$late", ANA, "$a", "revenant"))  # an edit cannot bring it back
    assert t.get("$a").state is ItemState.REDACTED  # type: ignore[union-attr]


def test_a_redaction_before_its_message_and_a_server_redacted_event() -> None:
    t = timeline()
    t.add_event(redaction("$x", ANA, "$a"))
    t.add_event(message("$a", ANA, "déjà effacé"))
    assert t.get("$a").state is ItemState.REDACTED  # type: ignore[union-attr]
    gone = message("$b", ANA, "")
    gone["content"] = {}
    gone["unsigned"] = {"redacted_because": {"type": "m.room.redaction"}}
    t.add_event(gone)
    assert t.get("$b").state is ItemState.REDACTED  # type: ignore[union-attr]


def test_replies_lose_their_fallback_and_name_their_parent() -> None:
    t = timeline()
    t.add_event(
        message(
            "$r",
            ANA,
            "> <@me:hs> La note est prête ?\n> suite\n\nOui, envoyée.",
            format="org.matrix.custom.html",
            formatted_body="<mx-reply><blockquote>cité</blockquote></mx-reply>Oui, <b>envoyée</b>.",
            **{"m.relates_to": {"m.in_reply_to": {"event_id": "$q"}}},
        )
    )
    item = t.get("$r")
    assert item is not None and item.reply_to == "$q" and item.body == "Oui, envoyée."
    assert item.html == "Oui, <b>envoyée</b>."


def test_mentions() -> None:
    t = timeline()
    t.add_event(message("$1", ANA, "Moi, tu valides ?"))  # my display name, no m.mentions
    t.add_event(message("$2", ANA, "rien", **{"m.mentions": {"user_ids": [ME]}}))
    t.add_event(message("$3", ANA, "Moi aussi", **{"m.mentions": {}}))  # explicit: nobody
    t.add_event(message("$4", ANA, "pour @me:hs"))
    assert [i.mentions_me for i in t.items()] == [True, True, False, True]


def test_waiting_rows_become_messages_or_go_away() -> None:
    t = timeline()
    t.add_undecryptable("$m", ANA, 1)
    t.add_undecryptable("$r", ANA, 2)
    t.add_undecryptable("$s", ANA, 3)
    assert [i.state for i in t.items()] == [ItemState.WAITING_FOR_KEY] * 3
    t.add_event(message("$m", ANA, "enfin lisible"), encrypted=True)
    t.add_event(reaction("$r", ANA, "$m", "👀"), encrypted=True)  # was a reaction: no row
    t.add_event({"type": "org.example.unknown", "event_id": "$s", "sender": ANA, "content": {}})
    assert [(i.event_id, i.state) for i in t.items()] == [
        ("$m", ItemState.SENT),
        ("$s", ItemState.UNSUPPORTED),
    ]
    assert t.get("$m").reactions[0].key == "👀"  # type: ignore[union-attr]


def test_hostile_events_leave_sane_rows() -> None:
    t = timeline()
    huge = "A" * 1_000_000
    t.add_event(message("$big", ANA, huge))
    assert len(t.get("$big").body) <= MAX_BODY_SHOWN + 10  # type: ignore[union-attr]
    nested = "<div>" * 5000 + "profond" + "</div>" * 5000
    t.add_event(message("$deep", ANA, "profond", format="org.matrix.custom.html",
                        formatted_body=nested))  # fmt: skip
    t.add_event(
        message(
            "$js",
            ANA,
            "clique",
            format="org.matrix.custom.html",
            formatted_body='<a href="javascript:alert(1)">clique</a><img src="https://evil/x.png">'
            '<a href="file:///etc/passwd">f</a><a href="https://ok.example">ok</a>',
        )
    )
    html = t.get("$js").html  # type: ignore[union-attr]
    assert "javascript" not in html and "<img" not in html and "file:" not in html
    assert 'href="https://ok.example"' in html
    for junk in (None, [], "x", {"event_id": 5}, {"event_id": "$j", "content": []},
                 {"event_id": "$k", "type": "m.room.message", "content": {"body": 3}},
                 {"event_id": "$l", "type": "m.room.message", "origin_server_ts": -4,
                  "content": {"msgtype": "m.text", "body": "ok"}},
                 {"event_id": "$n", "type": "m.room.message", "origin_server_ts": True,
                  "content": {"msgtype": "m.text", "body": "ok", "m.relates_to": 5}},
                 {**reaction("$q", EVE, "$big", "👍"), "content": {"m.relates_to": []}},
                 ):  # fmt: skip
        t.add_event(junk)
    assert t.get("$k").state is ItemState.UNSUPPORTED  # type: ignore[union-attr]
    assert t.get("$l").timestamp == 0 and t.get("$n").body == "ok"  # type: ignore[union-attr]


def test_repeats_are_ignored_and_echoes_can_be_replaced() -> None:
    t = timeline()
    first = t.add_event(message("$a", ANA, "une fois"))
    assert isinstance(first[0], TimelineItemAdded)
    assert t.add_event(message("$a", ANA, "une fois")) == []
    assert t.add_event(reaction("$r", EVE, "$a", "👍"))
    assert t.add_event(reaction("$r", EVE, "$a", "👍")) == []
    assert t.remove("$a") and t.items() == [] and t.remove("$a") == []


def test_deleted_while_waiting_for_its_key_stays_deleted() -> None:
    """Review finding: a redaction of a row still waiting for its key was lost when the key
    came, and the text appeared (and was cached)."""
    t = timeline()
    t.add_undecryptable("$s", ANA, 1)
    t.add_event(redaction("$x", ANA, "$s"))
    t.add_event(message("$s", ANA, "secret"), encrypted=True)
    item = t.get("$s")
    assert item is not None and item.state is ItemState.REDACTED and item.body == ""
    t.add_undecryptable("$r", EVE, 2)
    t.add_event(redaction("$y", EVE, "$r"))
    t.add_event(reaction("$r", EVE, "$s", "👍"), encrypted=True)  # a deleted reaction
    assert t.get("$r") is None and t.get("$s").reactions == ()  # type: ignore[union-attr]


def test_an_edit_of_a_message_waiting_for_its_key_applies_once_decrypted() -> None:
    t = timeline()
    t.add_undecryptable("$m", ANA, 1)
    t.add_event(edit("$e", ANA, "$m", "corrigé"), encrypted=True)
    t.add_event(message("$m", ANA, "faute"), encrypted=True)
    item = t.get("$m")
    assert item is not None and item.body == "corrigé" and item.edited


def test_a_timestamp_from_the_future_does_not_pin_its_row_last() -> None:
    t = RoomTimeline("!r:hs", ME, clock=lambda: 1_000.0)  # now = 1,000,000 ms
    t.add_event(message("$future", EVE, "toujours en bas ?", ts=10**15))
    t.add_event(message("$later", ANA, "nouveau", ts=1_000_000 + 6 * 60 * 1000))
    assert [i.event_id for i in t.items()] == ["$future", "$later"]


def test_names_are_drawn_again_once_members_are_known() -> None:
    names: dict[str, str] = {}
    t = RoomTimeline("!r:hs", ME, names=lambda user: names.get(user, user))
    t.add_event(message("$1", ANA, "bonjour"))
    assert t.get("$1").sender_name == ANA  # type: ignore[union-attr]
    names[ANA] = "Ana"
    diffs = t.refresh_names()
    assert len(diffs) == 1 and t.get("$1").sender_name == "Ana"  # type: ignore[union-attr]
    assert t.refresh_names() == []
