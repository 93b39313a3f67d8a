"""How long a server asks to be left alone (``Retry-After``, RFC 9110 §10.2.3): the model
servers and the feeds a scheduled run fetches both send it, and both clients honour it."""

from __future__ import annotations

import email.utils
import math
import time


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
