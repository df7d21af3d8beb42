"""Short Authentication String pieces that are pure functions (spec "SAS method: m.sas.v1"):
the commitment, the emoji and decimal renderings of the SAS bytes, and the emoji table from the
spec's data-definitions/sas-emoji.json (matrix-org/matrix-spec, commit 7aaeac07), with its
French names.

nio gets the commitment encoding and the emoji wrong (FACTS.md); these are ours.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from client.core.crypto.signing import canonical_json, unpadded_b64

_TABLE = Path(__file__).with_name("sas-emoji.json")


@dataclass(frozen=True)
class SasEmoji:
    number: int
    emoji: str
    description: str  # English name, as the spec says it
    names: tuple[tuple[str, str], ...]  # (language, name), e.g. ("fr", "Chien")

    def name(self, language: str) -> str:
        """The spec's name in `language` ("fr", "pt_BR"…), English when it has none."""
        for code, name in self.names:
            if code == language:
                return name
        base = language.split("_")[0]
        for code, name in self.names:
            if code == base:
                return name
        return self.description


@cache
def emoji_table() -> tuple[SasEmoji, ...]:
    data = json.loads(_TABLE.read_text(encoding="utf-8"))
    table = tuple(
        SasEmoji(
            number=int(entry["number"]),
            emoji=str(entry["emoji"]),
            description=str(entry["description"]),
            names=tuple(
                (code, str(name))
                for code, name in sorted(entry.get("translated_descriptions", {}).items())
                if name
            ),
        )
        for entry in data
    )
    if [e.number for e in table] != list(range(64)):
        raise ValueError("sas-emoji.json must list emoji 0..63 in order")
    return table


def emoji_indices(sas_bytes: bytes) -> list[int]:
    """Seven 6-bit numbers from the first 42 bits of (at least) 6 SAS bytes."""
    if len(sas_bytes) < 6:
        raise ValueError("emoji need 6 SAS bytes")
    number = int.from_bytes(sas_bytes[:6], "big")
    return [(number >> shift) & 0x3F for shift in (42, 36, 30, 24, 18, 12, 6)]


def emoji(sas_bytes: bytes) -> list[SasEmoji]:
    table = emoji_table()
    return [table[index] for index in emoji_indices(sas_bytes)]


def decimals(sas_bytes: bytes) -> tuple[int, int, int]:
    """Three 13-bit numbers + 1000 from the first 5 SAS bytes."""
    if len(sas_bytes) < 5:
        raise ValueError("decimals need 5 SAS bytes")
    b = sas_bytes
    first = (b[0] << 5 | b[1] >> 3) + 1000
    second = ((b[1] & 0x7) << 10 | b[2] << 2 | b[3] >> 6) + 1000
    third = ((b[3] & 0x3F) << 7 | b[4] >> 1) + 1000
    return first, second, third


def commitment(public_key_b64: str, start_content: dict[str, Any]) -> str:
    """Unpadded base64 of SHA-256(our public key as base64 || canonical JSON of the start
    content). nio sends the hex digest instead, which Element rejects."""
    digest = hashlib.sha256(public_key_b64.encode() + canonical_json(start_content)).digest()
    return unpadded_b64(digest)
