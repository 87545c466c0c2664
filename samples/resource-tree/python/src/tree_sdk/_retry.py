"""When to retry a request and how long to wait first."""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime
from typing import Optional

import httpx

INITIAL_DELAY = 0.5
"""Seconds before the first retry; doubled for each further retry."""

MAX_DELAY = 8.0
"""Upper bound of a computed delay, in seconds."""

MAX_RETRY_AFTER = 60.0
"""A server's ``Retry-After`` longer than this is not waited for."""

RETRY_STATUSES = frozenset({408, 429})
"""Statuses retried besides every 5xx."""

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


def may_repeat(method: str, has_idempotency_key: bool) -> bool:
    """Whether sending the request twice is safe: idempotent methods, or any with an idempotency key."""
    return method.upper() in _SAFE_METHODS or has_idempotency_key


def should_retry(response: httpx.Response) -> bool:
    """Whether the response's status is worth retrying."""
    return response.status_code in RETRY_STATUSES or response.status_code >= 500


def parse_retry_after(headers: httpx.Headers) -> Optional[float]:
    """``Retry-After`` (or ``retry-after-ms``) in seconds; ``None`` when absent or invalid."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        return max(parsedate_to_datetime(value).timestamp() - time.time(), 0.0)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def retry_delay(attempt: int, response: Optional[httpx.Response]) -> float:
    """Seconds to wait before retry number ``attempt`` (starting at 1).

    The server's ``Retry-After`` wins when it is reasonable; otherwise the delay
    doubles with each attempt, capped, with up to 25% random jitter.
    """
    if response is not None:
        hinted = parse_retry_after(response.headers)
        if hinted is not None and hinted <= MAX_RETRY_AFTER:
            return hinted
    delay = min(INITIAL_DELAY * 2.0 ** (attempt - 1), MAX_DELAY)
    return delay * (1.0 - 0.25 * random.random())
