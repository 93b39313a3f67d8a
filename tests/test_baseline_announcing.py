""" "Is announcing" is a verb of saying as "announced" is: the measures a party is announcing
are its own ("Today, President Reed is announcing new sanctions that will …" in a fact
sheet is the President's, not the fact sheet's voice; "the Canadian government is
announcing sanctions …" is Canada's). An announced visit or meeting is a contact, no
position."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, held_stances

_FACT_SHEET = "FACT SHEET: New Measures on Russia"


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a fact sheet naming the President, after a fronted time word
        (
            "Today, President Reed is announcing new sanctions that will cut Russia off from "
            "Western capital markets.",
            _FACT_SHEET,
            WHITE_HOUSE,
            [("Reed", "commit")],
        ),
        # (b) a news report, a government named by its adjective
        (
            "Today, the Canadian government is announcing sanctions against 40 Russian oligarchs.",
            None,
            None,
            [("Canadian government", "commit")],
        ),
        # (c) a pronoun after a first mention
        (
            "Prime Minister Anna Berg of Sweden spoke in Stockholm on Monday. She is announcing"
            " new sanctions on Russian banks that finance the war.",
            None,
            None,
            [("Anna Berg", "commit")],
        ),
        # (d) the second clause of two
        (
            "The talks ended on Friday, and Chancellor Otto Lind of Austria is announcing "
            "sanctions against 12 Russian oligarchs.",
            None,
            None,
            [("Otto Lind", "commit")],
        ),
    ],
)
def test_what_a_party_is_announcing_is_its_own(
    text: str, title: str | None, source: str | None, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text, title, source) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Today, President Reed is announcing a visit to Warsaw next week.",
        "Today, President Reed is announcing a meeting with the President of Poland in Warsaw.",
    ],
)
def test_an_announced_visit_is_no_position(text: str) -> None:
    assert held_stances(text, _FACT_SHEET, WHITE_HOUSE) == []
