"""A small seeded mutation fuzzer for the slow suite: it takes valid samples of a format and
damages them (changed types, dropped and added keys, wrong nesting, cut or flipped bytes), fast
enough for 100,000 cases in seconds. Hypothesis explores the same parsers with shrinking at a
lower count (tests/unit/test_fuzz_parsers.py)."""

from __future__ import annotations

import random
from typing import Any

ODD_STRINGS = ["", " ", "\x00", "é" * 3, "🔑", "a" * 5000, "@", "@:", "!x:hs", "$e", "{}", "null"]


def random_json(rng: random.Random, depth: int = 3) -> Any:
    choice = rng.randrange(9 if depth > 0 else 7)
    if choice == 0:
        return None
    if choice == 1:
        return rng.random() < 0.5
    if choice == 2:
        return rng.choice([0, -1, 1, 2**31, 2**63, -(2**70), rng.randrange(-1000, 1000)])
    if choice == 3:
        return rng.choice([0.5, -0.0, 1e308, float("inf"), float("nan")])
    if choice in (4, 5, 6):
        if rng.random() < 0.5:
            return rng.choice(ODD_STRINGS)
        return "".join(chr(rng.randrange(1, 0x2FFF)) for _ in range(rng.randrange(12)))
    if choice == 7:
        return [random_json(rng, depth - 1) for _ in range(rng.randrange(4))]
    return {random_key(rng): random_json(rng, depth - 1) for _ in range(rng.randrange(4))}


def random_key(rng: random.Random) -> str:
    return rng.choice(["type", "content", "body", "sender", "event_id", "x", "", "msgtype"])


def mutate(value: Any, rng: random.Random, depth: int = 0) -> Any:
    """`value` with one to three random changes somewhere inside it."""
    for _ in range(rng.randrange(1, 4)):
        value = _mutate_once(value, rng, depth)
    return value


def _mutate_once(value: Any, rng: random.Random, depth: int) -> Any:
    if isinstance(value, dict) and value and rng.random() < 0.8:
        value = dict(value)
        key = rng.choice(list(value))
        action = rng.randrange(4)
        if action == 0:
            del value[key]
        elif action == 1:
            value[key] = random_json(rng)
        elif action == 2:
            value[key] = _mutate_once(value[key], rng, depth + 1)
        else:
            value[random_key(rng)] = random_json(rng)
        return value
    if isinstance(value, list) and value and rng.random() < 0.8:
        value = list(value)
        index = rng.randrange(len(value))
        value[index] = _mutate_once(value[index], rng, depth + 1)
        return value
    if isinstance(value, str) and value and rng.random() < 0.7:
        chars = list(value)
        for _ in range(rng.randrange(1, 4)):
            position = rng.randrange(len(chars))
            chars[position] = chr(rng.randrange(32, 0x7F))
        return "".join(chars[: rng.randrange(len(chars) + 1)] if rng.random() < 0.2 else chars)
    return random_json(rng)


def flip_bytes(data: bytes, rng: random.Random, keep: range | None = None) -> bytes:
    """`data` with a few bytes changed (outside `keep`), maybe cut or extended."""
    buffer = bytearray(data)
    for _ in range(rng.randrange(1, 6)):
        if not buffer:
            break
        position = rng.randrange(len(buffer))
        if keep is not None and position in keep:
            continue
        buffer[position] = rng.randrange(256)
    if rng.random() < 0.2:
        buffer = buffer[: rng.randrange(len(buffer) + 1)]
    if rng.random() < 0.1:
        buffer += bytes(rng.randrange(256) for _ in range(rng.randrange(40)))
    return bytes(buffer)
