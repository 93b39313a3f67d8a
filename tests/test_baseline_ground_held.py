"""A speaker's remark on ground held or ceded, on terms dictated, or on the sky to be closed
is of war and peace though it names no party: "We will not give up one village of our
land", "we do not accept any ultimatums", "We have been asking you to close our sky". The
land, its towns and villages are territory, as "territory" and "borders" are, and the sky
is what air defence closes; a remark on anything else that names no party stays
narrative."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract, positions

_ADDRESS = "Address by the President of Ukraine"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder", "stance"),
    [
        # (a) plain, in a statement's own voice
        (
            "We will not give up a single town of our land.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
            "commit",
        ),
        # (b) after a fronted clause, in a transcript turn
        (
            "PRESIDENT REED: As I said yesterday, we do not accept any ultimatums.",
            "Remarks by President Reed",
            WHITE_HOUSE,
            "Reed",
            "oppose",
        ),
        # (c) a minister named by surname after a first mention, in a quotation
        (
            "Defence Minister Jan Kowal of Poland spoke in Warsaw on Monday. "
            '"We will not give up one village," Kowal said.',
            None,
            None,
            "Jan Kowal",
            "commit",
        ),
        # (d) the second clause of two
        (
            "The nights are long, but we will not give up one city without a fight.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
            "commit",
        ),
    ],
)
def test_ground_held_or_terms_refused_is_a_position(
    text: str, title: str | None, source: str | None, holder: str, stance: str
) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text, title, source))] == [(holder, stance)]


def test_a_remark_on_anything_else_that_names_no_party_stays_narrative() -> None:
    assert positions(extract("We will not give up a single minute of rest.", _ADDRESS, KYIV)) == []


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "We have been asking you for weeks to close our sky.",
        # (b) after a fronted phrase
        "Since the first day of this month, we have been asking you to close our airspace.",
        # (c) the speaker a minister named by surname after a first mention, in a quotation
        "Defence Minister Jan Kowal of Poland spoke in Warsaw on Monday. "
        '"We are asking you to declare a no-fly zone," Kowal said.',
        # (d) the second clause of two
        "The nights are long, and we are asking you again to close our sky.",
    ],
)
def test_asking_for_the_sky_closed_is_a_demand(text: str) -> None:
    assert [s for _, s, _ in positions(extract(text, _ADDRESS, KYIV))] == ["demand"]


def test_asking_for_anything_else_closed_that_names_no_party_stays_narrative() -> None:
    assert (
        positions(
            extract("We have been asking you for weeks to close the windows.", _ADDRESS, KYIV)
        )
        == []
    )
