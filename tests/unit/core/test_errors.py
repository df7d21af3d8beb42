from __future__ import annotations

import inspect

import pytest

from client.core import errors
from client.core.errors import PliError, ServerRefused, SessionExpired, WrongPassword


def all_error_classes() -> list[type[PliError]]:
    return [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, PliError)]


@pytest.mark.parametrize("cls", all_error_classes(), ids=lambda c: c.__name__)
def test_every_error_says_what_happened_and_what_to_do(cls: type[PliError]) -> None:
    error = cls(
        "detail for the log",
        reason="r",
        server="s",
        user="u",
        backend="b",
        name="n",
        size_bytes=2_000_000,
        limit_bytes=1_000_000,
    )
    assert error.sentence.context == "Errors"
    assert error.message.endswith((".", ":", "{reason}")) and error.advice.endswith(".")
    rendered = str(error.sentence)
    assert "{" not in rendered and "Traceback" not in rendered


class FakeErrorResponse:
    def __init__(self, status_code: str, message: str) -> None:
        self.status_code = status_code
        self.message = message


def test_error_responses_become_typed_errors() -> None:
    assert isinstance(
        errors.from_error_response(FakeErrorResponse("M_FORBIDDEN", "x"), "login"), WrongPassword
    )
    assert isinstance(
        errors.from_error_response(FakeErrorResponse("M_UNKNOWN_TOKEN", ""), "sync"), SessionExpired
    )
    refused = errors.from_error_response(FakeErrorResponse("M_TOO_LARGE", "too big"), "send")
    assert isinstance(refused, ServerRefused)
    assert "too big" in str(refused.sentence)
