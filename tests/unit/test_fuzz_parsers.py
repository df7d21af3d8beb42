"""Fuzzing every parser that takes data from the network or from a file (slow suite): room
events into the timeline, to-device messages into the verification manager, key files,
policy files — for each, 100,000 seeded mutations of valid samples (tests/helpers/fuzz.py,
seed printed) plus a hypothesis search at 1/50 of that. The only outcomes allowed are a
result or the parser's own typed error; sanitised HTML never keeps images, scripts,
frames, event handlers or javascript: links. (QR payloads: test_qr.py, 100,000 cases.)
Counts: build/fuzz-counts.json."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import random
import re
import struct
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nio import Event

from client.core.crypto import key_export
from client.core.crypto.key_export import KeyFileError
from client.core.events import TimelineItem
from client.core.messages.rich_text import sanitise
from client.core.messages.room_timeline import RoomTimeline
from client.core.policy.loader import Policy, PolicyError, _apply, load_windows
from client.core.session import nio_adapter  # noqa: F401 - hardens nio's event parsing
from client.core.verification import messages as m
from tests.helpers.fuzz import flip_bytes, mutate
from tests.unit.core.verification.test_manager import FakeKeyServer, make

ROOT = Path(__file__).resolve().parents[2]
CASES = int(os.environ.get("PLI_FUZZ_CASES", "100000"))  # mutation cases per parser
HYPOTHESIS_CASES = max(1, CASES // 50)  # hypothesis explores (and shrinks) at a lower count
SEED = int(os.environ.get("PLI_FUZZ_SEED", "20261126"))
COUNTS: Counter[str] = Counter()
FUZZ = settings(
    max_examples=HYPOTHESIS_CASES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
pytestmark = pytest.mark.slow

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
EVENT_TYPES = ["m.room.message", "m.room.encrypted", "m.room.member", "m.reaction", "x.y"]
MSGTYPES = ["m.text", "m.notice", "m.image", "m.key.verification.request", "m.bad", 3]


@pytest.fixture(scope="module", autouse=True)
def record_counts() -> Iterator[None]:
    yield
    path = ROOT / "build" / "fuzz-counts.json"
    path.parent.mkdir(exist_ok=True)
    previous = json.loads(path.read_text()) if path.exists() else {}
    path.write_text(json.dumps({**previous, **COUNTS}, indent=2, sort_keys=True) + "\n")


room_events = (
    st.fixed_dictionaries(
        {
            "type": st.sampled_from(EVENT_TYPES) | st.text(max_size=20),
            "event_id": st.text(max_size=20) | st.integers(),
            "sender": st.text(max_size=20) | st.none(),
            "origin_server_ts": st.integers() | st.floats() | st.text(max_size=5),
            "content": st.fixed_dictionaries(
                {},
                optional={
                    "msgtype": st.sampled_from(MSGTYPES),
                    "body": st.text(max_size=200) | json_values,
                    "algorithm": st.sampled_from(["m.megolm.v1.aes-sha2", "x"]),
                    "ciphertext": st.text(max_size=40),
                    "session_id": st.text(max_size=20),
                    "sender_key": st.text(max_size=20),
                    "device_id": st.text(max_size=10),
                    "format": st.just("org.matrix.custom.html"),
                    "formatted_body": st.text(max_size=200),
                    "m.relates_to": json_values,
                },
            )
            | json_values,
        },
        optional={"unsigned": json_values, "state_key": st.text(max_size=5)},
    )
    | json_values
)


@FUZZ
@given(room_events)
def test_any_room_event_becomes_a_row_or_nothing(source: Any) -> None:
    COUNTS["room events → timeline"] += 1
    if not isinstance(source, dict):
        return
    event = Event.parse_event(source)  # nio's own parsing, as the sync does
    _into_timeline(getattr(event, "source", source))


FUZZ_TIMELINE = RoomTimeline("!r:hs", "@me:hs")


def _into_timeline(source: Any) -> None:
    """Into one long-lived timeline, so that relations meet earlier rows (edits, reactions,
    redactions of mutated events); every row stays sane."""
    for diff in FUZZ_TIMELINE.add_event(source, encrypted=bool(hash(str(source)) & 1)):
        item = getattr(diff, "item", None)
        assert item is None or isinstance(item, TimelineItem)
        if item is not None:
            assert isinstance(item.body, str) and item.timestamp >= 0
            assert all(r.count >= 1 and isinstance(r.key, str) for r in item.reactions)


@pytest.fixture(scope="module")
def manager_loop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    loop = asyncio.new_event_loop()
    manager = loop.run_until_complete(make(tmp_path_factory.mktemp("fuzz"), FakeKeyServer()))
    yield manager, loop
    loop.close()


to_device = st.fixed_dictionaries(
    {
        "type": st.sampled_from(sorted(m.ALL_TYPES)) | st.text(max_size=20),
        "sender": st.sampled_from(["@alice:hs", "@bob:hs", "@eve:hs"]) | st.text(max_size=10),
        "content": st.fixed_dictionaries(
            {},
            optional={
                "transaction_id": st.sampled_from(["t1", "t2"]) | st.text(max_size=8),
                "from_device": st.sampled_from(["A2", "B1", "ZZ"]) | json_values,
                "methods": st.lists(st.text(max_size=20), max_size=3) | json_values,
                "timestamp": st.integers() | json_values,
                "method": st.sampled_from(["m.sas.v1", "m.reciprocate.v1"]) | json_values,
                "key": st.text(max_size=50) | json_values,
                "mac": json_values,
                "keys": json_values,
                "commitment": st.text(max_size=50),
                "code": st.text(max_size=20),
            },
        )
        | json_values,
    }
)


@FUZZ
@given(to_device)
def test_any_to_device_message_never_breaks_the_manager(
    manager_loop, source: dict[str, Any]
) -> None:  # type: ignore[no-untyped-def]
    COUNTS["to-device → verification"] += 1
    manager, loop = manager_loop
    manager.feed_to_device(source)  # the sync's entry point: filters, then queues the handler
    while not manager._queue.empty():
        loop.run_until_complete(manager._queue.get_nowait()())
    for view in manager.live_flows():  # whatever state it left is still renderable
        assert view.flow_id


def key_file_text(body: bytes, rounds: int) -> str:
    body = bytearray(body.ljust(37, b"\0"))
    body[0] = 1 if rounds % 2 else body[0]
    body[33:37] = struct.pack(">I", rounds)
    return f"{key_export.HEADER}\n{base64.b64encode(bytes(body)).decode()}\n{key_export.TRAILER}"


key_files = st.text(max_size=300) | st.builds(
    key_file_text,
    st.binary(min_size=0, max_size=200),
    # Few rounds keep a case fast; over the cap is refused before any work.
    st.integers(min_value=0, max_value=64)
    | st.integers(min_value=key_export.MAX_ROUNDS + 1, max_value=2**32 - 1),
)


@FUZZ
@given(key_files, st.text(max_size=10))
def test_any_key_file_gives_sessions_or_a_typed_error(text: str, passphrase: str) -> None:
    COUNTS["key files"] += 1
    try:
        sessions, _count = key_export.import_sessions(text, passphrase)
    except KeyFileError:
        return
    assert isinstance(sessions, list)


@FUZZ
@given(
    json_values
    | st.dictionaries(
        st.sampled_from(
            [
                "language",
                "proxy",
                "allow_key_export",
                "allowed_homeservers",
                "max_upload_size_mb",
                "_comment",
                "x",
            ]
        ),
        json_values,
        max_size=5,
    )
)
def test_any_policy_gives_a_policy_or_a_sentence(data: Any) -> None:
    COUNTS["policy files"] += 1
    try:
        _apply(Policy(), data, "fuzz.json")
    except PolicyError as error:
        assert "fuzz.json" in error.sentence.render()
    try:
        load_windows({"HKLM": data if isinstance(data, dict) else None}.get)
    except PolicyError:
        pass


# --- seeded mutation fuzzing: 100,000 cases per parser ------------------------------------------

EVENT_SEEDS: list[dict[str, Any]] = [
    {
        "type": "m.room.message",
        "event_id": "$1",
        "sender": "@bob:hs",
        "origin_server_ts": 1_700_000_000_000,
        "content": {"msgtype": "m.text", "body": "bonjour"},
    },
    {
        "type": "m.room.encrypted",
        "event_id": "$2",
        "sender": "@bob:hs",
        "origin_server_ts": 1_700_000_000_001,
        "content": {
            "algorithm": "m.megolm.v1.aes-sha2",
            "ciphertext": "AwgAEnAC",
            "session_id": "s",
            "sender_key": "k",
            "device_id": "D",
        },
    },
    {
        "type": "m.room.message",
        "event_id": "$3",
        "sender": "@bob:hs",
        "origin_server_ts": 1,
        "content": {
            "msgtype": "m.key.verification.request",
            "body": "",
            "to": "@me:hs",
            "from_device": "D",
            "methods": ["m.sas.v1"],
        },
        "unsigned": {"redacted_because": {"sender": "@x:hs"}},
    },
    {
        "type": "m.room.member",
        "event_id": "$4",
        "sender": "@bob:hs",
        "state_key": "@bob:hs",
        "origin_server_ts": 2,
        "content": {"membership": "join", "displayname": "Bob"},
    },
    {
        "type": "m.room.message",
        "event_id": "$5",
        "sender": "@bob:hs",
        "origin_server_ts": 3,
        "content": {
            "msgtype": "m.text",
            "body": "* corrigé",
            "m.new_content": {"msgtype": "m.text", "body": "corrigé"},
            "m.relates_to": {"rel_type": "m.replace", "event_id": "$1"},
        },
    },
    {
        "type": "m.reaction",
        "event_id": "$6",
        "sender": "@bob:hs",
        "origin_server_ts": 4,
        "content": {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$1", "key": "👍"}},
    },
    {
        "type": "m.room.redaction",
        "event_id": "$7",
        "sender": "@bob:hs",
        "origin_server_ts": 5,
        "redacts": "$6",
        "content": {"redacts": "$6"},
    },
    {
        "type": "m.room.message",
        "event_id": "$8",
        "sender": "@bob:hs",
        "origin_server_ts": 6,
        "content": {
            "msgtype": "m.text",
            "body": "> <@me:hs> question\n\nréponse",
            "format": "org.matrix.custom.html",
            "formatted_body": "<mx-reply>q</mx-reply><b>réponse</b>",
            "m.relates_to": {"m.in_reply_to": {"event_id": "$1"}},
            "m.mentions": {"user_ids": ["@me:hs"]},
        },
    },
]


def mutations(seeds: list[Any], label: str) -> Iterator[Any]:
    rng = random.Random(f"{SEED}-{label}")
    print(f"fuzz {label}: seed {SEED}, {CASES} cases")
    for n in range(CASES):
        COUNTS[label] += 1
        yield mutate(seeds[n % len(seeds)], rng)


def test_mutated_room_events() -> None:
    for source in mutations(EVENT_SEEDS, "room events → timeline (mutations)"):
        if not isinstance(source, dict):
            continue
        event = Event.parse_event(source)
        _into_timeline(getattr(event, "source", source))


TO_DEVICE_SEEDS: list[dict[str, Any]] = [
    {
        "type": m.REQUEST,
        "sender": "@alice:hs",
        "content": {
            "from_device": "A2",
            "methods": ["m.sas.v1", "m.qr_code.show.v1"],
            "timestamp": 1,
            "transaction_id": "t1",
        },
    },
    {
        "type": m.READY,
        "sender": "@alice:hs",
        "content": {"from_device": "A2", "methods": ["m.sas.v1"], "transaction_id": "t1"},
    },
    {
        "type": m.START,
        "sender": "@alice:hs",
        "content": {
            "from_device": "A2",
            "method": "m.sas.v1",
            "key_agreement_protocols": ["curve25519-hkdf-sha256"],
            "hashes": ["sha256"],
            "message_authentication_codes": ["hkdf-hmac-sha256.v2"],
            "short_authentication_string": ["emoji", "decimal"],
            "transaction_id": "t1",
        },
    },
    {"type": m.KEY, "sender": "@alice:hs", "content": {"key": "AAAA", "transaction_id": "t1"}},
    {
        "type": m.MAC,
        "sender": "@alice:hs",
        "content": {"keys": "x", "mac": {"ed25519:A2": "y"}, "transaction_id": "t1"},
    },
    {
        "type": m.CANCEL,
        "sender": "@alice:hs",
        "content": {"code": "m.user", "reason": "no", "transaction_id": "t1"},
    },
]


def test_mutated_to_device_messages(manager_loop) -> None:  # type: ignore[no-untyped-def]
    manager, loop = manager_loop
    for source in mutations(TO_DEVICE_SEEDS, "to-device → verification (mutations)"):
        if not isinstance(source, dict):
            continue
        manager.feed_to_device(source)
        while not manager._queue.empty():
            loop.run_until_complete(manager._queue.get_nowait()())


def test_mutated_key_files() -> None:
    plain = json.dumps(
        [
            {
                "algorithm": "m.megolm.v1.aes-sha2",
                "room_id": "!r:hs",
                "sender_key": "k",
                "session_id": "s",
                "session_key": "AQ",
            }
        ]
    ).encode()
    valid = key_export.encrypt(plain, "p", rounds=1)
    body = base64.b64decode("".join(valid.splitlines()[1:-1]))
    rng = random.Random(f"{SEED}-keyfile")
    label = "key files (mutations)"
    print(f"fuzz {label}: seed {SEED}, {CASES} cases")
    for n in range(CASES):
        COUNTS[label] += 1
        if n % 3 == 0:
            text = mutate(valid, rng)  # the text itself damaged
        else:  # the binary body damaged, rounds kept small so each case stays fast
            damaged = flip_bytes(body, rng, keep=range(33, 37))
            text = (
                f"{key_export.HEADER}\n{base64.b64encode(damaged).decode()}\n{key_export.TRAILER}"
            )
        if not isinstance(text, str):
            continue
        try:
            key_export.import_sessions(text, "p" if n % 2 else "wrong")
        except KeyFileError:
            pass


def test_mutated_policies() -> None:
    from client.core.policy.schema import KEYS

    seed = {key.name: key.default for key in KEYS}
    for data in mutations([seed, {"_comment": "x", **seed}], "policy files (mutations)"):
        try:
            _apply(Policy(), data, "fuzz.json")
        except PolicyError as error:
            assert "fuzz.json" in error.sentence.render()


# --- HTML sanitising (incoming formatted_body) ---------------------------------------------------

HTML_SEEDS = [
    '<p><strong>b</strong> <a href="https://gouv.fr">l</a></p><img src="https://e/p.png">',
    "<blockquote><mx-reply>q</mx-reply></blockquote><script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a><b onclick="x()">y</b><iframe src="https://e">',
    '<ol start="2"><li>un</li></ol><code class="language-py">x</code><span data-mx-color="#f00">',
    "<table><tr><td><details><summary>s</summary>d</details></td></tr></table>",
]
HTML_CHARS = "<>/=\"' abcdefghijklmnopqrstuvwxyz:;&#"
# In a tag: text that merely reads "javascript:" is harmless, an attribute holding it is not.
UNSAFE = re.compile(r"<img|<script|<iframe|<[^>]*(javascript:|\son[a-z]+\s*=)", re.IGNORECASE)


def check_html(text: str) -> None:
    out = sanitise(text)
    assert isinstance(out, str) and not UNSAFE.search(out), out[:300]


@FUZZ
@given(st.text(alphabet=st.sampled_from(list(HTML_CHARS)), max_size=200) | st.text(max_size=200))
def test_any_html_is_sanitised(text: str) -> None:
    COUNTS["HTML sanitising"] += 1
    check_html(text)


def test_mutated_html() -> None:
    for text in mutations(HTML_SEEDS, "HTML sanitising (mutations)"):
        if isinstance(text, str):
            check_html(text)
