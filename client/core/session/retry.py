"""When a failed request is worth trying again, and how long to wait first: the one place that
reads a failed response's HTTP status and the server's Retry-After.

- A 429 (M_LIMIT_EXCEEDED) says when: `retry_after_ms` in the body, or the `Retry-After` header
  (seconds or an HTTP date; MSC4041 makes it the preferred form, and a reverse proxy that
  rate-limits sends only the header). We never come back sooner than the longer of the two,
  capped at RETRY_AFTER_CAP: a server asking for an hour is more likely misconfigured than
  right, and the message is the user's.
- A 5xx (a proxy in front of a restarting server, an overloaded one) is transient, whatever its
  body says; a 4xx other than 429 refuses this request for good. The HTTP status decides, not
  the Matrix errcode: a 502 from a proxy has no errcode at all.

nio answers failures with response objects, not exceptions; the functions here take those
(anything with nio's `status_code`, `retry_after_ms` and `transport_response`).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from client.core.errors import SendFailed, SendFailedOffline

BACKOFF_FIRST = 0.5
BACKOFF_MAX = 30.0
RETRY_AFTER_CAP = 300.0  # seconds


def backoff(failures: int, retry_after: float = 0.0) -> float:
    """Exponential backoff with jitter (half to all of the step, so that clients cut off
    together do not come back together); never sooner than the server's Retry-After."""
    step = min(BACKOFF_MAX, BACKOFF_FIRST * (2 ** max(0, failures - 1)))
    jittered = step * (0.5 + random.random() / 2)  # noqa: S311 - timing, not secrecy
    return float(max(jittered, retry_after))


def http_status(response: Any) -> int:
    """The HTTP status nio got (0 when it kept no transport response)."""
    status = getattr(getattr(response, "transport_response", None), "status", 0)
    return status if isinstance(status, int) else 0


def rate_limited(response: Any) -> bool:
    return http_status(response) == 429 or getattr(response, "status_code", "") == (
        "M_LIMIT_EXCEEDED"
    )


def transient(response: Any) -> bool:
    """Worth trying again later: the server is busy (429) or failing (5xx)."""
    return rate_limited(response) or http_status(response) >= 500


def retry_after(response: Any) -> float:
    """Seconds the server asked us to wait before the next try; 0 when it did not say."""
    waits = [0.0]
    ms = getattr(response, "retry_after_ms", None)
    if isinstance(ms, int) and not isinstance(ms, bool) and ms > 0:
        waits.append(ms / 1000)
    headers = getattr(getattr(response, "transport_response", None), "headers", None)
    value = headers.get("Retry-After") if headers is not None else None
    if isinstance(value, str):
        waits.append(_header_seconds(value))
    return min(max(waits), RETRY_AFTER_CAP)


def _header_seconds(value: str) -> float:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return 0.0  # unreadable: the backoff alone decides
    if when.tzinfo is None:  # "-0000": UTC by RFC 5322
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def send_failure(response: Any, action: str) -> SendFailed:
    """What a send or an upload the server did not take means for the outbox:
    SendFailedOffline (sent again by itself, after `retry_after` at least) when the server is
    busy, failing, rate-limiting or has signed us out for now — not the message's fault;
    SendFailed (shown "Not sent", the user decides) when it refused this message."""
    errcode = str(getattr(response, "status_code", "") or "")
    http = http_status(response)
    if transient(response) or errcode in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"):
        failure = SendFailedOffline(f"{action}: {errcode or http} {response}")
        failure.retry_after = retry_after(response) if rate_limited(response) else 0.0
        failure.rate_limited = rate_limited(response)
        return failure
    return SendFailed(str(response), reason=getattr(response, "message", "") or errcode or http)
