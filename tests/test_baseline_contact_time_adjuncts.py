"""Adjuncts of time and duration between a verb of speaking and its "with" object.

An adjunct of time may stand before the verb's complement (Quirk et al. 8.13): "will speak
later today with X", "spoke by phone this morning for about 40 minutes with X". A part of
today placed before or after now ("later today", "earlier this afternoon") is a time
expression like "this afternoon", so it also opens a sentence before its subject ("Later
this afternoon the President will speak …"). In four surroundings, with look-alikes.
Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a briefing: the time phrase opens the sentence before its subject
        (
            "Later this afternoon the President will speak by phone with Prime Minister "
            "Henrik Olsen of Norway.",
            WHITE_HOUSE,
            (["President of the United States", "Henrik Olsen"], "phone_call", "planned"),
        ),
        # (b) another publisher, the time phrase between the verb and "with"
        (
            "Vladimir Putin will speak later today with President of Finland Matti Virtanen.",
            KREMLIN,
            (["Vladimir Putin", "Matti Virtanen"], "other", "planned"),
        ),
        # (c) a medium, a time and a duration before "with"
        (
            "Volodymyr Zelenskyy spoke by phone this morning for about 40 minutes with "
            "Chancellor Otto Weber of Germany.",
            KYIV,
            (["Volodymyr Zelenskyy", "Otto Weber"], "phone_call", "held"),
        ),
        # (d) a news text, "talked earlier today with", then a second clause
        (
            "Prime Minister Elina Markova of Bulgaria talked earlier today with President "
            "Marek Novak of Slovakia, and the two agreed to meet in Sofia.",
            None,
            (["Elina Markova", "Marek Novak"], "other", "held"),
        ),
    ],
)
def test_time_and_duration_before_the_with_object(
    text: str, source: str | None, expected: tuple[list[str], str, str]
) -> None:
    assert contacts(text, "Readout", source)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Look-alike: a duration with no "with" object after it names nobody spoken with.
        "President Marek Novak of Slovakia spoke for about an hour about the economy.",
        # Look-alike: "later today" after a verb that is no contact.
        "I expect the Ministry of Defence will have more to say later this afternoon.",
        # Look-alike: a span of days is no adjunct of one occasion's length.
        "President Marek Novak of Slovakia spoke for two days with farmers in Kosice.",
    ],
)
def test_no_contact_without_a_party_after_the_adjuncts(text: str) -> None:
    assert contacts(text, "Readout", None) == []
