"""An attempt is its subject's act, not its saying: in "the enemy is trying to regroup" the
enemy holds no position (the charge, if anyone's, is whoever tells it); the sentence is
nobody's in a news text and the speaker's in a statement."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A Ukrainian update, "the enemy", a movement attempted.
        ("In the Kharkiv direction, the enemy is trying to regroup and move up reserves.", KYIV),
        # A news text, a state named, "attempting".
        ("Russia is attempting to encircle Mariupol from the east.", None),
        # A Kremlin text, a Western body, an adverb before the verb.
        ("NATO is again trying to drag Ukraine into the alliance.", KREMLIN),
        # The past tense, a person.
        ("President Dmytro Koval was trying to rally European support for sanctions.", WHITE_HOUSE),
    ],
)
def test_the_one_who_tries_holds_nothing(text: str, source: str | None) -> None:
    subject_holders = {"Russia", "NATO", "Dmytro Koval"}
    assert not [h for h, _ in held_stances(text, source=source) if h in subject_holders]


def test_a_statement_keeps_the_charge_as_its_speakers() -> None:
    assert held_stances(
        "Russia is trying to encircle Kharkiv.", "Statement by President Dmytro Koval", KYIV
    ) == [("Dmytro Koval", "accuse")]


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: a verb of saying or stance after the subject still makes it the holder.
        "The Kremlin is trying to split NATO, Foreign Minister Anna Berg said.",
        "Foreign Minister Anna Berg said the Kremlin is trying to split NATO.",
        "Foreign Minister Anna Berg accused the Kremlin of trying to split NATO.",
    ],
)
def test_a_teller_named_keeps_the_charge(text: str) -> None:
    assert held_stances(text) == [("Anna Berg", "accuse")]
