"""Negotiators, diplomats and envoys named by their states' adjectives ("Russian and
Ukrainian negotiators") stand for those states as the sides of a contact, as delegations
and ministers do (an unnamed official is his state, the guide's rule); and an occasion
offered as a place for it ("is offering X as a venue for talks") is proposed, as one offered
by a finite verb is. In four surroundings, with a look-alike. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a news line: "between" with two adjectives, no article
        (
            "A meeting between Polish and Belarusian negotiators took place in Brest on Monday.",
            KYIV,
            [(["Poland", "Belarus"], "meeting", "held")],
        ),
        # (b) diplomats, with the article, ahead
        (
            "Next week, talks between the Polish and Belarusian diplomats will take place in "
            "Vienna.",
            KREMLIN,
            [(["Poland", "Belarus"], "talks", "planned")],
        ),
        # (c) envoys as a verb's object after "with"
        (
            "President Anna Berg of Finland met with the Polish and Belarusian envoys in Helsinki "
            "on Thursday.",
            WHITE_HOUSE,
            [(["Anna Berg", "Poland", "Belarus"], "meeting", "held")],
        ),
        # (d) a gerund of offering: the meeting is proposed
        (
            "Prime Minister Henrik Olsen of Norway is offering his capital as a venue for talks "
            "between Polish and Belarusian envoys.",
            WHITE_HOUSE,
            [(["Poland", "Belarus"], "talks", "proposed")],
        ),
    ],
)
def test_envoys_named_by_adjectives_are_their_states(
    text: str, source: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, "Statement", source) == expected


def test_people_of_two_states_who_are_no_envoys_are_no_sides() -> None:
    # Look-alike: two adjectives, as in (a), but before farmers, who stand for no state.
    assert (
        contacts(
            "A meeting between Polish and Belarusian farmers was held near Grodno on Tuesday.",
            "Statement",
            KYIV,
        )
        == []
    )
