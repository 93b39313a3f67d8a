"""An earlier occasion the reported one follows up on, named by its possessive noun and its
own date ("spoke by phone this morning with X, following up on their call on Monday"), is
its own held contact of the same parties (the guide: "following up on their call last
week" is its own held item when it names its occasion). Undated, or dated as the occasion
reported, it is that one. Four surroundings, and look-alikes. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

OPENING = "President Dana Holt arrived in Denver. "
ADDRESS = "Address by President of Ukraine Oleh Bondar"


def _occasions(
    text: str, title: str | None, source: str | None
) -> list[tuple[str, str, str | None]]:
    return [(c.mode, c.status, c.when) for c in extract(text, title, source).diplomatic_contacts]


@pytest.mark.parametrize(
    ("text", "title", "source", "earlier"),
    [
        # a White House gaggle: "their call", a weekday
        (
            OPENING + "He spoke by phone this morning with Chancellor Klara Voss of Germany, "
            "following up on their call on Monday.",
            None,
            WHITE_HOUSE,
            ("phone_call", "held", "on Monday"),
        ),
        # a planned call following up on a conversation: its medium unstated
        (
            OPENING + "Later today the President will speak by phone with Prime Minister Anna "
            "Lind of Sweden, following up on their conversation last Friday.",
            None,
            WHITE_HOUSE,
            ("other", "held", "last Friday"),
        ),
        # a Kyiv address: "our", "building on"
        (
            "Today I spoke with Prime Minister Anna Lind of Sweden, building on our call last "
            "week.",
            ADDRESS,
            KYIV,
            ("phone_call", "held", "last week"),
        ),
        # a Kremlin readout: a dated call, "as a follow-up to"
        (
            "On Friday Vladimir Putin had a telephone conversation with President Marek Novak "
            "of Slovakia as a follow-up to their call on March 2.",
            None,
            KREMLIN,
            ("phone_call", "held", "on March 2"),
        ),
    ],
)
def test_an_earlier_occasion_followed_up_on_with_its_date_is_its_own(
    text: str, title: str | None, source: str | None, earlier: tuple[str, str, str]
) -> None:
    found = _occasions(text, title, source)
    assert len(found) == 2
    assert earlier in found


@pytest.mark.parametrize(
    "text",
    [
        # undated: the occasion reported
        OPENING + "He spoke by phone today with Chancellor Klara Voss of Germany, following "
        "up on their call.",
        # dated as the occasion reported
        OPENING + "On Monday he spoke by phone with Chancellor Klara Voss of Germany, "
        "following up on their call on Monday.",
        # not followed up on: a call on a day named as the time of something else
        OPENING + "He spoke by phone today with Chancellor Klara Voss of Germany about the "
        "gas deal agreed in their call on Monday.",
    ],
)
def test_an_undated_or_same_day_or_unfollowed_call_is_no_occasion_of_its_own(text: str) -> None:
    assert len(_occasions(text, None, WHITE_HOUSE)) == 1
