"""Assurances told to the speaker's side for years, invoked to be belied, are a charge of a
broken word (`accuse`, CAMEO 111): "For decades we have been assured that the Alliance would
stay where it was", "For twenty years and more we have heard that its growth threatens no
one" (where the denial told is the other side's, not the speaker's). The span of years makes
the charge; "we have been told that the talks will resume" reports news. Four surroundings,
with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) the quotation first, attribution after it, "were assured"
        (
            '"For decades we were assured that NATO would not expand towards our borders," '
            "Foreign Minister Sergei Lavrov said.",
            [("Sergei Lavrov", "accuse")],
        ),
        # (b) a ministry's statement, "have been promised"
        (
            'The Russian Foreign Ministry said in a statement: "For thirty years we have been '
            'promised that the alliance poses no threat to Russia."',
            [("Russian Foreign Ministry", "accuse")],
        ),
        # (c) a pronoun after a first mention, "I was told"
        (
            'Foreign Minister Sergei Lavrov spoke in Moscow on Monday. He said: "For years I was '
            'told that the missiles in Romania were aimed at Iran."',
            [("Sergei Lavrov", "accuse")],
        ),
        # (d) another conflict, a denial inside what was told, a second clause after it
        (
            "President Aleksandar Vucic said: \"For twenty years we have been told that Kosovo's "
            'independence is not directed against Serbia, and we have seen the opposite."',
            [("Aleksandar Vucic", "accuse")],
        ),
    ],
)
def test_assurances_told_for_years_are_a_charge(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Told once, with no span of years: news received.
        'Foreign Minister Sergei Lavrov said: "We have been told that the talks with NATO will '
        'resume on Monday, and we are ready for them."',
        # Years of one's own work: nothing told.
        'Foreign Minister Ilse Varga said: "For three years we have been working to reopen the '
        'border crossings with Kosovo."',
    ],
)
def test_news_told_or_years_of_work_charge_nobody(text: str) -> None:
    """Look-alikes: the span of years and a verb of assuring make the charge."""
    assert "accuse" not in [stance for _, stance in held_stances(text)]
