"""Names of the key verification framework (client-server spec, "Key verification framework"),
its cancel codes with the sentence each one shows, and the checks every incoming message
passes before a flow looks at it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from client.core.i18n import QT_TRANSLATE_NOOP, Sentence

PREFIX = "m.key.verification."
REQUEST = "m.key.verification.request"
READY = "m.key.verification.ready"
START = "m.key.verification.start"
ACCEPT = "m.key.verification.accept"
KEY = "m.key.verification.key"
MAC = "m.key.verification.mac"
DONE = "m.key.verification.done"
CANCEL = "m.key.verification.cancel"
ALL_TYPES = frozenset({REQUEST, READY, START, ACCEPT, KEY, MAC, DONE, CANCEL})

SAS_V1 = "m.sas.v1"
QR_SHOW = "m.qr_code.show.v1"
QR_SCAN = "m.qr_code.scan.v1"
RECIPROCATE = "m.reciprocate.v1"

KEY_AGREEMENT = "curve25519-hkdf-sha256"
HASH = "sha256"
# Only the v2 MAC: the original `hkdf-hmac-sha256` has a base64 bug (spec note) and MUST not
# be used when both sides know v2; every client we talk to (Element, js-sdk, rust-sdk) does.
MAC_METHOD = "hkdf-hmac-sha256.v2"
SAS_DECIMAL = "decimal"
SAS_EMOJI = "emoji"

# A request older than this (or further in the future than FUTURE_TOLERANCE) is ignored, and
# a flow that does not finish in FLOW_TIMEOUT, or stays idle that long, is cancelled.
FLOW_TIMEOUT_MS = 10 * 60 * 1000
FUTURE_TOLERANCE_MS = 5 * 60 * 1000
# An unanswered incoming request prompt is dismissed after this (spec: 2 min after receipt).
PROMPT_TIMEOUT_MS = 2 * 60 * 1000

CONTEXT = "Verification"


class CancelCode(enum.Enum):
    """Every cancel code the spec defines; codes we do not know arrive as UNKNOWN."""

    USER = "m.user"
    TIMEOUT = "m.timeout"
    UNKNOWN_TRANSACTION = "m.unknown_transaction"
    UNKNOWN_METHOD = "m.unknown_method"
    UNEXPECTED_MESSAGE = "m.unexpected_message"
    KEY_MISMATCH = "m.key_mismatch"
    USER_MISMATCH = "m.user_mismatch"
    INVALID_MESSAGE = "m.invalid_message"
    ACCEPTED = "m.accepted"
    MISMATCHED_COMMITMENT = "m.mismatched_commitment"
    MISMATCHED_SAS = "m.mismatched_sas"
    UNKNOWN = "unknown"

    @classmethod
    def parse(cls, value: object) -> CancelCode:
        for code in cls:
            if code.value == value and code is not cls.UNKNOWN:
                return code
        return cls.UNKNOWN


# The reason string we send (for clients that do not know a code) and the sentence we show.
_REASONS: dict[CancelCode, str] = {
    CancelCode.USER: "The user cancelled the verification.",
    CancelCode.TIMEOUT: "The verification timed out.",
    CancelCode.UNKNOWN_TRANSACTION: "Unknown verification transaction.",
    CancelCode.UNKNOWN_METHOD: "No verification method in common.",
    CancelCode.UNEXPECTED_MESSAGE: "Unexpected verification message.",
    CancelCode.KEY_MISMATCH: "The keys did not match.",
    CancelCode.USER_MISMATCH: "The expected user did not match.",
    CancelCode.INVALID_MESSAGE: "Invalid verification message.",
    CancelCode.ACCEPTED: "The request was accepted on another device.",
    CancelCode.MISMATCHED_COMMITMENT: "The hash commitment did not match.",
    CancelCode.MISMATCHED_SAS: "The short authentication strings did not match.",
    CancelCode.UNKNOWN: "The verification was cancelled.",
}

_SENTENCES: dict[CancelCode, str] = {
    CancelCode.USER: QT_TRANSLATE_NOOP("Verification", "The verification was cancelled."),
    CancelCode.TIMEOUT: QT_TRANSLATE_NOOP(
        "Verification", "The verification took too long and was stopped. Start again."
    ),
    CancelCode.UNKNOWN_TRANSACTION: QT_TRANSLATE_NOOP(
        "Verification", "The other device no longer knows this verification. Start again."
    ),
    CancelCode.UNKNOWN_METHOD: QT_TRANSLATE_NOOP(
        "Verification", "The two devices have no verification method in common."
    ),
    CancelCode.UNEXPECTED_MESSAGE: QT_TRANSLATE_NOOP(
        "Verification", "The other device did something unexpected. Start again."
    ),
    CancelCode.KEY_MISMATCH: QT_TRANSLATE_NOOP(
        "Verification",
        "The keys did not match: this may be an attack. Nothing was trusted. "
        "Tell your IT security contact.",
    ),
    CancelCode.USER_MISMATCH: QT_TRANSLATE_NOOP(
        "Verification", "The code belongs to another person. Nothing was trusted."
    ),
    CancelCode.INVALID_MESSAGE: QT_TRANSLATE_NOOP(
        "Verification", "The other device sent an invalid message. Start again."
    ),
    CancelCode.ACCEPTED: QT_TRANSLATE_NOOP(
        "Verification", "The request was answered on another of your devices."
    ),
    CancelCode.MISMATCHED_COMMITMENT: QT_TRANSLATE_NOOP(
        "Verification",
        "The other device changed its key during the verification: this may be an attack. "
        "Nothing was trusted.",
    ),
    CancelCode.MISMATCHED_SAS: QT_TRANSLATE_NOOP(
        "Verification",
        "The emoji did not match: this may be an attack. Nothing was trusted. "
        "Tell your IT security contact.",
    ),
    CancelCode.UNKNOWN: QT_TRANSLATE_NOOP("Verification", "The verification was cancelled."),
}


def reason_text(code: CancelCode) -> str:
    return _REASONS[code]


def cancel_sentence(code: CancelCode) -> Sentence:
    return Sentence(CONTEXT, _SENTENCES[code])


class InvalidMessage(ValueError):
    """A verification message whose content breaks the spec's schema."""


@dataclass(frozen=True)
class Incoming:
    """One verification message as a flow sees it: the event type, its content, who sent it,
    and (in a room) the server timestamp."""

    type: str
    content: dict[str, Any]
    sender: str
    timestamp_ms: int = 0
    event_id: str = ""


def text(content: dict[str, Any], key: str) -> str:
    value = content.get(key)
    if not isinstance(value, str) or not value:
        raise InvalidMessage(f"{key} must be a non-empty string")
    return value


def string_list(content: dict[str, Any], key: str) -> list[str]:
    value = content.get(key)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidMessage(f"{key} must be a list of strings")
    return list(value)


def string_map(content: dict[str, Any], key: str) -> dict[str, str]:
    value = content.get(key)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise InvalidMessage(f"{key} must be a map of strings")
    return dict(value)


def integer(content: dict[str, Any], key: str) -> int:
    value = content.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidMessage(f"{key} must be an integer")
    return value


def related_event(content: dict[str, Any]) -> str | None:
    """The flow id of an in-room message: its m.reference relation's event id."""
    relation = content.get("m.relates_to")
    if not isinstance(relation, dict) or relation.get("rel_type") != "m.reference":
        return None
    event_id = relation.get("event_id")
    return event_id if isinstance(event_id, str) and event_id else None
