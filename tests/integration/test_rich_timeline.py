"""Replies, edits, reactions and redactions between two real accounts in an encrypted room on
the test Synapse, and a hostile peer sending what Synapse lets through (issue 5)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import pytest

from client.core.errors import CannotChangeMessage
from client.core.events import ItemState, RoomActivity, TimelineItem
from client.core.session import MatrixSession
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.waits import wait_until


def seen(session: MatrixSession, room_id: str, event_id: str) -> TimelineItem | None:
    return next((i for i in session.timeline(room_id) if i.event_id == event_id), None)


async def raw_event(session: MatrixSession, room_id: str, event_id: str) -> dict[str, Any]:
    """The event as the server stores it (what the server can read)."""
    client = session.client
    assert client is not None
    url = f"{client.homeserver}/_matrix/client/v3/rooms/{room_id}/event/{event_id}"
    headers = {"Authorization": f"Bearer {client.access_token}"}
    async with aiohttp.ClientSession() as http, http.get(url, headers=headers) as response:
        return await response.json()  # type: ignore[no-any-return]


async def put_encrypted(
    session: MatrixSession, room_id: str, event_type: str, content: dict[str, Any]
) -> str:
    """Encrypt with the room's current Megolm session and PUT it with no clear relation, as a
    hostile client could."""
    client = session.client
    assert client is not None
    _kind, wrapper = client.encrypt(room_id, event_type, content)
    wrapper.pop("m.relates_to", None)
    url = f"{client.homeserver}/_matrix/client/v3/rooms/{room_id}/send/m.room.encrypted/h1"
    headers = {"Authorization": f"Bearer {client.access_token}"}
    async with (
        aiohttp.ClientSession() as http,
        http.put(url, headers=headers, json=wrapper) as response,
    ):
        return str((await response.json())["event_id"])


async def test_reply_edit_react_redact_in_an_encrypted_room(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    try:
        room_id = await direct_chat(alice, bob)
        question = await alice.send_text(room_id, "La note est **prête** ?")
        await wait_until(lambda: seen(bob, room_id, question.event_id) is not None, 30, "sync")
        got = seen(bob, room_id, question.event_id)
        assert got is not None and got.html == "<p>La note est <strong>prête</strong> ?</p>"

        # A reply: names its parent, mentions its sender.
        answer = bob.queue_text(room_id, "Oui, envoyée.", reply_to=question.event_id)
        await wait_until(
            lambda: any(i.reply_to == question.event_id for i in alice.timeline(room_id)),
            what="the reply",
        )
        reply = next(i for i in alice.timeline(room_id) if i.reply_to == question.event_id)
        assert reply.body == "Oui, envoyée." and reply.mentions_me and answer.reply_to

        # An edit: mine only; shown on both sides.
        with pytest.raises(CannotChangeMessage):
            bob.queue_edit(room_id, question.event_id, "Bob rewrites Alice")
        alice.queue_edit(room_id, question.event_id, "La note est prête ? (v2)")
        for side in (alice, bob):
            await wait_until(
                lambda s=side: getattr(seen(s, room_id, question.event_id), "edited", False),
                what="the edit",
            )
            edited = seen(side, room_id, question.event_id)
            assert edited is not None and edited.body == "La note est prête ? (v2)"

        # A reaction: encrypted on the server (nio would send it in clear).
        bob.queue_reaction(room_id, question.event_id, "👍")
        bob.queue_reaction(room_id, question.event_id, "👍")  # twice: sent once

        def thumbs(session: MatrixSession) -> tuple[int, str]:
            item = seen(session, room_id, question.event_id)
            reactions = item.reactions if item is not None else ()
            return next(((r.count, r.own_event_id) for r in reactions if r.key == "👍"), (0, ""))

        await wait_until(lambda: thumbs(alice)[0] == 1 and thumbs(bob)[1], what="the reaction")
        reaction_id = thumbs(bob)[1]
        stored = await raw_event(alice, room_id, reaction_id)
        assert stored["type"] == "m.room.encrypted", stored
        assert "key" not in str(stored["content"].get("ciphertext", "")) and "👍" not in str(
            {k: v for k, v in stored["content"].items() if k != "m.relates_to"}
        )
        # Exactly what the server reads of a reaction (issue 15.8, docs/SECURITY.md): which
        # emoji on which message. Element needs the key there: matrix-js-sdk reads relations
        # from the clear wrapper and drops an annotation without a key.
        assert stored["content"]["m.relates_to"] == {
            "rel_type": "m.annotation",
            "event_id": question.event_id,
            "key": "👍",
        }
        assert set(stored["content"]) <= {
            "algorithm",
            "ciphertext",
            "session_id",
            "sender_key",
            "device_id",
            "m.relates_to",
        }

        # Taking it back, and deleting a message.
        await bob.redact(room_id, reaction_id)
        await wait_until(lambda: thumbs(alice)[0] == 0, what="the reaction taken back")
        await alice.redact(room_id, question.event_id, "erreur")
        await wait_until(
            lambda: (
                getattr(seen(bob, room_id, question.event_id), "state", None) is ItemState.REDACTED
            ),
            what="the redaction",
        )
        assert seen(bob, room_id, question.event_id).body == ""  # type: ignore[union-attr]
    finally:
        await alice.close()
        await bob.close()


async def test_a_hostile_peer_cannot_break_or_rewrite_the_timeline(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    """Mallory (a real nio client through Pli's session) sends, encrypted: malformed
    messages, deep HTML, remote images and javascript: links, an edit of Alice's message, a
    reaction to an event that does not exist. Alice's timeline stays up and sane."""
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    mallory, _ = await logged_in_session(synapse, other_user, tmp_path / "m", memory_store)
    try:
        room_id = await direct_chat(alice, mallory)
        mine = await alice.send_text(room_id, "Texte officiel")
        await wait_until(lambda: seen(mallory, room_id, mine.event_id) is not None, 30, "sync")
        nested = "<blockquote>" * 900 + "profond" + "</blockquote>" * 900
        hostile: list[tuple[str, dict[str, Any]]] = [
            ("m.room.message", {"msgtype": "m.text", "body": 42}),
            ("m.room.message", {"msgtype": 7, "body": "type bizarre"}),
            ("m.room.message", {"body": "sans msgtype"}),
            ("m.room.message", {"msgtype": "m.text", "body": "profond",
                                "format": "org.matrix.custom.html", "formatted_body": nested}),
            ("m.room.message", {"msgtype": "m.text", "body": "piège",
                                "format": "org.matrix.custom.html",
                                "formatted_body": '<img src="https://evil.example/p.png">'
                                '<a href="javascript:alert(1)">clic</a>'
                                '<a href="file:///etc/shadow">f</a>'}),
            ("m.room.message", {"msgtype": "m.text", "body": "* réécrit",
                                "m.new_content": {"msgtype": "m.text", "body": "réécrit"},
                                "m.relates_to": {"rel_type": "m.replace",
                                                 "event_id": mine.event_id}}),
            ("m.room.message", {"msgtype": "m.text", "body": "relation cassée",
                                "m.relates_to": "pas un objet"}),
        ]  # fmt: skip
        sent: list[str] = []
        for event_type, content in hostile:
            event_id, encrypted = await mallory._room_send(room_id, event_type, content)
            assert encrypted
            sent.append(event_id)
        # Synapse refuses a clear relation to an unknown event: hide it in the ciphertext.
        missing = {"rel_type": "m.annotation", "event_id": "$nexistepas", "key": "💥"}
        reaction_id = await put_encrypted(mallory, room_id, "m.reaction", {"m.relates_to": missing})
        last, _ = await mallory._room_send(
            room_id, "m.room.message", {"msgtype": "m.text", "body": "toujours là"}
        )
        await wait_until(lambda: seen(alice, room_id, last) is not None, 30, "the last one")
        rows = {i.event_id: i for i in alice.timeline(room_id)}
        assert rows[mine.event_id].body == "Texte officiel" and not rows[mine.event_id].edited
        assert rows[sent[0]].state is ItemState.UNSUPPORTED
        assert rows[sent[1]].state is ItemState.UNSUPPORTED
        assert rows[sent[2]].state is ItemState.UNSUPPORTED
        assert "profond" in rows[sent[3]].html
        trap = rows[sent[4]].html
        assert "<img" not in trap and "javascript" not in trap and "file:" not in trap
        assert sent[5] not in rows  # an edit, even an invalid one, is not a row
        assert rows[sent[6]].body == "relation cassée"
        assert reaction_id not in rows and rows[last].body == "toujours là"
    finally:
        await alice.close()
        await mallory.close()


async def test_typing_and_read_receipts(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, alice_events = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    try:
        room_id = await direct_chat(alice, bob)
        await alice.set_typing(room_id, True)
        bob_name = bob.activity(room_id)
        await wait_until(lambda: bob.activity(room_id).typing != (), what="alice typing")
        assert len(bob.activity(room_id).typing) == 1 and bob_name.typing == ()
        message = await alice.send_text(room_id, "Lu ?")
        await alice.set_typing(room_id, False)
        await wait_until(lambda: bob.activity(room_id).typing == (), what="typing stopped")
        await wait_until(lambda: seen(bob, room_id, message.event_id) is not None)
        await bob.mark_read(room_id)
        await wait_until(
            lambda: dict(alice.activity(room_id).seen).get(message.event_id) is not None,
            what="bob's receipt",
        )
        assert alice.activity(room_id).typing == ()
        assert any(isinstance(e, RoomActivity) for e in alice_events.events)
    finally:
        await alice.close()
        await bob.close()
