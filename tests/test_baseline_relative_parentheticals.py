"""A relative pronoun is the subject of its clause's verb also with a comment clause set off
by commas between them ("oligarchs who, according to the Treasury, moved aircraft into
their relatives' names"; Quirk et al. 15.54): the clause's movement is its antecedent's,
not the main clause's subject's. In four surroundings, with a look-alike. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a fact sheet: the department's sanctions, the oligarchs' moving of aircraft
        (
            "The Department of the Treasury is sanctioning three oligarchs who, according to "
            "the Department of the Treasury, moved yachts, aircraft and real estate into their "
            "relatives' names.",
            WHITE_HOUSE,
        ),
        # (b) a Kyiv text, "as we know" as the comment clause
        (
            "Ukraine has sanctioned the businessmen who, as we know, moved aircraft to Minsk.",
            KYIV,
        ),
        # (c) a Kremlin text, "that" and "in our view"
        (
            "Russia condemns the traders that, in our view, moved aircraft out of Europe.",
            KREMLIN,
        ),
        # (d) a news text, "it said"
        (
            "Poland fined the smugglers who, it said, moved aircraft parts across the border.",
            None,
        ),
    ],
)
def test_a_relatives_movement_is_not_the_main_subjects(text: str, source: str | None) -> None:
    assert movements(text, source) == []


def test_a_relatives_antecedent_party_keeps_its_movement() -> None:
    # Look-alike: the antecedent is a party, and owns the movement of its clause.
    found = movements(
        "Poland, which, according to its Defence Ministry, moved 5,000 troops to its eastern "
        "border, asked for NATO's help.",
        WHITE_HOUSE,
    )
    assert [m.actor.name for m in found] == ["Poland"]
