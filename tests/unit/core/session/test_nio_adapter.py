"""Pins nio behaviours the adapter corrects: if one of these starts failing, nio changed."""

from __future__ import annotations

import asyncio
import logging

import pytest
from nio import AsyncClient
from nio.events.misc import validate_or_badevent

from client.core.session import nio_adapter


def test_nio_logs_event_content_and_we_withhold_it(caplog: pytest.LogCaptureFixture) -> None:
    secret = "texte secret du message 8841"
    caplog.set_level(logging.DEBUG, logger="nio")
    # A decrypted m.room.message without "body": nio's schema check logs the whole event.
    bad = {"type": "m.room.message", "content": {"msgtype": "m.text", "formatted_body": secret}}
    result = validate_or_badevent(bad, {"type": "object", "required": ["event_id"]})
    assert result is not None
    messages = [r.getMessage() for r in caplog.records]
    assert any("content withheld by Pli" in m for m in messages)
    assert not any(secret in m for m in messages)

    # Without the filter nio (with its own jsonschema validator) would log the text: the trap
    # is real.
    from nio.events import misc

    nio_logger = logging.getLogger("nio.events.misc")
    nio_logger.removeFilter(nio_adapter._REDACTOR)
    fast = misc.validate_json
    misc.validate_json = nio_adapter.ORIGINAL_VALIDATE_JSON
    try:
        caplog.clear()
        validate_or_badevent(bad, {"type": "object", "required": ["event_id"]})
        assert any(secret in r.getMessage() for r in caplog.records)
    finally:
        misc.validate_json = fast
        nio_adapter.redact_nio_logs()


def test_unpickling_errors_are_told_apart() -> None:
    import vodozemac

    try:
        vodozemac.Account.from_pickle("not a pickle", b"\0" * 32)
    except Exception as error:
        assert nio_adapter.is_unpickling_error(error)
    else:
        pytest.fail("vodozemac accepted garbage")
    assert not nio_adapter.is_unpickling_error(OSError("database is locked"))


async def test_reset_key_sharing_unblocks_a_stuck_room() -> None:
    client = AsyncClient("http://127.0.0.1:9")
    try:
        stuck = asyncio.Event()
        client.sharing_session["!r:x"] = stuck  # what a failed keys_claim leaves behind
        nio_adapter.reset_key_sharing(client, "!r:x")
        assert "!r:x" not in client.sharing_session and stuck.is_set()
    finally:
        await client.close()


def test_nio_answers_verification_itself_unless_switched_off(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """nio's Olm machine handles m.key.verification.start on its own and queues a cancel for
    a method it does not know (our QR reciprocation); disable_nio_verification stops that."""
    from nio.crypto import OlmDevice
    from nio.events import KeyVerificationStart

    from client.core.session import nio_adapter

    client = nio_adapter.make_client("http://127.0.0.1:9", "@a:hs", "DEV", str(tmp_path), "k")
    client.restore_login("@a:hs", "DEV", "token")
    olm = client.olm
    assert olm is not None
    # A device nio knows, so that its handler goes all the way.
    olm.device_store.add(OlmDevice("@b:hs", "BDEV", {"ed25519": "x" * 43, "curve25519": "y" * 43}))
    start = KeyVerificationStart.from_dict(
        {
            "sender": "@b:hs",
            "type": "m.key.verification.start",
            "content": {
                "transaction_id": "t",
                "from_device": "BDEV",
                "method": "m.sas.v1",
                "key_agreement_protocols": ["x"],
                "hashes": ["sha256"],
                "message_authentication_codes": ["x"],
                "short_authentication_string": ["emoji"],
            },
        }
    )
    olm.handle_to_device_event(start)
    assert olm.outgoing_to_device_messages, "nio no longer answers by itself: drop the adapter?"
    olm.outgoing_to_device_messages.clear()
    nio_adapter.disable_nio_verification(client)
    olm.handle_to_device_event(start)
    assert not olm.outgoing_to_device_messages


def test_room_keys_imported_in_bulk_survive_a_restart_and_decrypt(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Our bulk insert writes nio's own table: after a restart nio loads the sessions and they
    decrypt what their outbound twin encrypted; exporting gives them back."""
    import vodozemac

    from client.core.session import nio_adapter

    outbound = [vodozemac.GroupSession() for _ in range(3)]
    keys = [
        {
            "algorithm": "m.megolm.v1.aes-sha2",
            "sender_key": "sender-curve",
            "sender_claimed_keys": {"ed25519": "sender-ed"},
            "forwarding_curve25519_key_chain": [],
            "room_id": "!r:hs",
            "session_id": group.session_id,
            "session_key": vodozemac.InboundGroupSession(group.session_key)
            .export_at(0)
            .to_base64(),
        }
        for group in outbound
    ]
    client = nio_adapter.make_client("http://127.0.0.1:9", "@a:hs", "DEV", str(tmp_path), "k")
    client.restore_login("@a:hs", "DEV", "token")
    assert nio_adapter.import_room_keys(client, [*keys, {"algorithm": "x"}, {}]) == 3
    assert nio_adapter.import_room_keys(client, keys) == 0  # already there
    client.store.database.close()  # type: ignore[union-attr]

    again = nio_adapter.make_client("http://127.0.0.1:9", "@a:hs", "DEV", str(tmp_path), "k")
    again.restore_login("@a:hs", "DEV", "token")
    assert again.olm is not None
    message = outbound[1].encrypt(b"bonjour")
    session = again.olm.inbound_group_store.get("!r:hs", "sender-curve", outbound[1].session_id)
    assert session is not None
    assert session.decrypt(message.to_base64())[0] == "bonjour"
    exported = {k["session_id"] for k in nio_adapter.export_room_keys(again)}
    assert exported == {g.session_id for g in outbound}


def test_a_worse_copy_of_a_room_key_never_replaces_a_better_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import vodozemac

    from client.core.session import nio_adapter

    group = vodozemac.GroupSession()
    early = vodozemac.InboundGroupSession(group.session_key)
    first = group.encrypt(b"first")
    group.encrypt(b"second")

    def key(index: int) -> dict[str, object]:
        return {
            "algorithm": "m.megolm.v1.aes-sha2",
            "sender_key": "c",
            "sender_claimed_keys": {"ed25519": "e"},
            "forwarding_curve25519_key_chain": [],
            "room_id": "!r:hs",
            "session_id": group.session_id,
            "session_key": early.export_at(index).to_base64(),
        }

    client = nio_adapter.make_client("http://127.0.0.1:9", "@a:hs", "DEV", str(tmp_path), "k")
    client.restore_login("@a:hs", "DEV", "token")
    assert nio_adapter.import_room_keys(client, [key(0)]) == 1
    assert nio_adapter.import_room_keys(client, [key(1)]) == 0  # later index: not better
    assert client.olm is not None
    held = client.olm.inbound_group_store.get("!r:hs", "c", group.session_id)
    assert held is not None and held.decrypt(first.to_base64())[0] == "first"


def test_a_malformed_event_does_not_break_nio_parsing() -> None:
    """Found by fuzzing: nio's BadEvent path raised TypeError on a string timestamp, which
    would have failed the whole sync, on every retry. Now it is one UnknownBadEvent."""
    from nio import Event
    from nio.events.misc import UnknownBadEvent

    bad = {"type": "m.room.message", "content": 1, "event_id": "$e", "sender": "@a:x",
           "origin_server_ts": "x"}  # fmt: skip
    assert isinstance(Event.parse_event(bad), UnknownBadEvent)
    good = {"type": "m.room.message", "event_id": "$e", "sender": "@a:x",
            "origin_server_ts": 1, "content": {"msgtype": "m.text", "body": "hi"}}  # fmt: skip
    assert Event.parse_event(good).body == "hi"  # type: ignore[union-attr]


def test_a_decryption_that_raises_leaves_the_event_undecrypted(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The same trap after decryption (the plaintext is the sender's to choose): nio's
    no-error wrapper let a TypeError through; now the event just stays encrypted."""
    from nio.crypto.olm_machine import Olm

    def boom(self, event, room_id=None):  # type: ignore[no-untyped-def]
        raise TypeError("'>' not supported between instances of 'str' and 'int'")

    monkeypatch.setattr(Olm, "decrypt_megolm_event", boom)
    machine = Olm.__new__(Olm)  # no store needed: decryption itself is replaced
    with pytest.raises(TypeError):
        machine.decrypt_megolm_event(object(), "!r:hs")
    assert machine._decrypt_megolm_no_error(object(), "!r:hs") is None


def test_fast_event_validation_agrees_with_nios_own() -> None:
    """speed_up_event_validation swaps nio's jsonschema checks for compiled ones: for every
    nio schema and thousands of mutated events, both accept and reject the same instances
    and fill in the same defaults."""
    import copy
    import random

    import jsonschema
    from nio import schemas

    from client.core.session import nio_adapter  # noqa: F401 - installs the fast validator
    from tests.helpers.fuzz import mutate
    from tests.unit.test_fuzz_parsers import EVENT_SEEDS

    def reference(instance: object, schema: object) -> tuple[bool, object]:
        try:
            schemas.Validator(schema, format_checker=schemas.Checker).validate(instance)
            return True, instance
        except jsonschema.ValidationError:
            return False, instance

    def fast(instance: object, schema: object) -> tuple[bool, object]:
        try:
            schemas.validate_json(instance, schema)
            return True, instance
        except jsonschema.ValidationError:
            return False, instance

    assert getattr(schemas.validate_json, "__pli_fast__", False)
    rng = random.Random(5)
    named = [(n, s) for n, s in vars(schemas.Schemas).items() if isinstance(s, dict)]
    seeds = [*EVENT_SEEDS, *(e["content"] for e in EVENT_SEEDS)]
    checked = 0
    for _ in range(40):
        for seed in seeds:
            instance = mutate(seed, rng)
            for name, schema in named:
                a, b = copy.deepcopy(instance), copy.deepcopy(instance)
                expected, got = reference(a, schema), fast(b, schema)
                assert expected[0] == got[0], (name, instance)
                if expected[0]:
                    assert a == b, (name, instance)  # the same defaults filled in
                checked += 1
    assert checked > 50_000


async def test_nio_retries_429s_itself_except_where_we_retry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """nio sleeps and retries a 429 inside the request, up to max_limit_exceeded (3) times;
    on /sync, room sends and uploads the first 429 must come back to our loops instead."""
    from aiohttp import web
    from nio import RoomSendResponse

    from client.core.session import retry

    hits: list[str] = []

    async def limited(request: web.Request) -> web.Response:
        hits.append(request.path)
        body = {"errcode": "M_LIMIT_EXCEEDED", "error": "slow down", "retry_after_ms": 10}
        return web.json_response(body, status=429, headers={"Retry-After": "7"})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", limited)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    client = nio_adapter.make_client(url, "@a:hs", "DEV", str(tmp_path), "k")
    client.access_token = "token"
    try:
        other = await client.joined_rooms()  # nio's own retries: 1 + 3 attempts
        assert hits.count("/_matrix/client/v3/joined_rooms") == 4
        assert retry.rate_limited(other)
        sent = await client._send(
            RoomSendResponse,
            "PUT",
            "/_matrix/client/v3/rooms/%21r%3Ahs/send/m.room.message/t1?access_token=token",
            "{}",
            ("!r:hs",),
        )
        synced = await client.sync(timeout=0)
        assert len(hits) == 4 + 1 + 1  # one attempt each: the 429 came straight back
        for response in (sent, synced):
            assert retry.rate_limited(response)
            assert retry.retry_after(response) == 7.0  # the header, longer than the body's
        assert client.config.max_limit_exceeded == 3  # outside a request: nio's own config
    finally:
        await client.close()
        await runner.cleanup()
