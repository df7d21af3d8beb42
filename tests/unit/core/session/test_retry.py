"""How a failed response is read: transient or refused, and how long the server asked us to
wait (tests/integration/test_server_errors.py checks it against Synapse behind a proxy)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from client.core.errors import SendFailed, SendFailedOffline
from client.core.session import retry


@dataclass
class Transport:
    status: int
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Error:  # what nio returns: an ErrorResponse with the transport response attached
    status_code: str | None
    transport_response: Transport | None
    retry_after_ms: int | None = None
    message: str = "injected"


def test_retry_after_reads_the_body_and_the_header_and_takes_the_longer() -> None:
    assert retry.retry_after(Error("M_LIMIT_EXCEEDED", Transport(429), 1500)) == 1.5
    assert retry.retry_after(Error(None, Transport(429, {"Retry-After": "4"}))) == 4.0
    both = Error("M_LIMIT_EXCEEDED", Transport(429, {"Retry-After": "1"}), 2500)
    assert retry.retry_after(both) == 2.5
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=60), usegmt=True)
    assert 55 < retry.retry_after(Error(None, Transport(429, {"Retry-After": later}))) <= 60
    assert retry.retry_after(Error(None, Transport(429, {"Retry-After": "soon"}))) == 0.0
    assert retry.retry_after(Error(None, Transport(503))) == 0.0
    huge = Error("M_LIMIT_EXCEEDED", Transport(429, {"Retry-After": "86400"}))
    assert retry.retry_after(huge) == retry.RETRY_AFTER_CAP


@pytest.mark.parametrize(
    ("response", "transient"),
    [
        (Error("M_LIMIT_EXCEEDED", Transport(429), 1500), True),
        (Error(None, Transport(429)), True),  # a proxy's 429: no errcode at all
        (Error("M_LIMIT_EXCEEDED", None), True),
        (Error(None, Transport(502)), True),  # a proxy's HTML page
        (Error("M_UNKNOWN", Transport(503)), True),
        (Error("M_UNKNOWN", Transport(500)), True),
        (Error("M_UNKNOWN_TOKEN", Transport(401)), True),  # signed out for now: kept
        (Error("M_FORBIDDEN", Transport(403)), False),
        (Error("M_TOO_LARGE", Transport(413)), False),
        (Error("M_UNKNOWN", Transport(400)), False),
    ],
)
def test_send_failure_tells_transient_from_refused(response: Error, transient: bool) -> None:
    failure = retry.send_failure(response, "send")
    assert isinstance(failure, SendFailedOffline) is transient
    assert isinstance(failure, SendFailed)
    assert failure.rate_limited is (
        response.status_code == "M_LIMIT_EXCEEDED"
        or getattr(response.transport_response, "status", 0) == 429
    )


def test_backoff_doubles_with_jitter_up_to_its_cap_and_respects_retry_after() -> None:
    for failures, step in ((1, 0.5), (2, 1.0), (3, 2.0), (10, retry.BACKOFF_MAX)):
        delays = [retry.backoff(failures) for _ in range(200)]
        assert all(step / 2 <= d <= step for d in delays)
        assert max(delays) - min(delays) > step / 10  # jittered, not all the same
    assert retry.backoff(1, retry_after=1.5) == 1.5
    assert retry.backoff(10, retry_after=1.5) >= retry.BACKOFF_MAX / 2
