"""How long a server asks to be left alone (``Retry-After``, RFC 9110 §10.2.3): the model
servers and the feeds a scheduled run fetches both send it, and both clients honour it."""

from __future__ import annotations

import email.utils
import math
import time
from datetime import UTC, datetime, timedelta

from summarise.plural import counted


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` value asks for, as delta-seconds or an HTTP date (a date
    already past gives a negative figure: the caller bounds it); None when absent, unreadable
    or not finite, so that the caller's backoff decides."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None
    return seconds if math.isfinite(seconds) else None


def retry_when(seconds: float, now: datetime | None = None) -> str:
    """When a server's ``Retry-After`` of ``seconds`` ends, for a person to come back then:
    the minute after, in UTC, with how long that is from now ("2026-12-07 07:41 UTC, in 60
    minutes"); a wait too long to sit through is said, never waited for."""
    # A date already past asks for no wait (two callers pass it on unbounded); a wait past
    # the calendar's end (a proxy's "Retry-After: 1e12") is said as that end, not raised.
    seconds = max(seconds, 0.0)
    start = now or datetime.now(UTC)
    try:
        until = start + timedelta(seconds=seconds)
        if until.second or until.microsecond:
            until = until.replace(second=0, microsecond=0) + timedelta(minutes=1)
    except OverflowError:
        until = datetime.max.replace(second=0, microsecond=0, tzinfo=UTC)
    minutes = math.ceil(seconds / 60)
    wait = counted(minutes, "minute") if minutes < 120 else f"{seconds / 3600:.1f} hours"
    return f"{until:%Y-%m-%d %H:%M} UTC, in {wait}"
