"""A server's ``Retry-After``: how long it asks for, and when a person may come back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from summarise.retry_after import retry_after_seconds, retry_when

NOW = datetime(2026, 12, 7, 5, 41, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("3600", 3600.0), ("0.5", 0.5), ("soon", None), (None, None), ("inf", None)],
)
def test_retry_after_is_read_as_seconds_or_left_to_backoff(
    value: str | None, seconds: float | None
) -> None:
    assert retry_after_seconds(value) == seconds


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (3600, "2026-12-07 06:42 UTC, in 60 minutes"),
        (90, "2026-12-07 05:43 UTC, in 2 minutes"),
        (86400, "2026-12-08 05:42 UTC, in 24.0 hours"),
    ],
)
def test_the_end_of_a_wait_is_said_as_the_minute_after_in_utc(seconds: float, said: str) -> None:
    """Rounded up, never down: coming back at the minute said is never too early."""
    assert retry_when(seconds, NOW) == said


def test_a_wait_ending_on_the_minute_is_that_minute() -> None:
    assert retry_when(40, NOW) == "2026-12-07 05:42 UTC, in 1 minute"


def test_a_date_already_past_is_no_wait() -> None:
    """An HTTP date in the past gives negative seconds; not every caller bounds them."""
    assert retry_when(-300, NOW) == "2026-12-07 05:42 UTC, in 0 minutes"


def test_a_wait_past_the_calendars_end_is_said_not_raised() -> None:
    assert retry_when(1e12, NOW).startswith("9999-12-31 23:59 UTC, in ")
