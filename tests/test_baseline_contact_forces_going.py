"""Forces going somewhere, seen by a person: "We see the NATO troops arriving in Poland". A
going verb's -ing participle right after a noun of forces has that noun as its subject (a
verb of perception's object and its participle, Quirk et al. 16.52), so it is a movement
told, not a visit of the clause's person. In four surroundings, with look-alikes. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, contacts

TALKS_K = "Vladimir Putin held talks with President of Kazakhstan Nurlan Abenov."
TALKS_U = "Volodymyr Zelenskyy met with President of Poland Andrzej Duda."


def _kremlin(turn: str) -> str:
    return f"{TALKS_K}\n\nVladimir Putin: {turn}\n\nNurlan Abenov: Thank you, Mr President.\n"


def _kyiv(turn: str) -> str:
    return f"{TALKS_U}\n\nVolodymyr Zelenskyy: {turn}\n\nAndrzej Duda: Thank you, Mr President.\n"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a transcript turn's "we", a verb of perception in the present
        (_kremlin("We see the NATO units arriving in Estonia every week."), KREMLIN),
        # (b) "I" and a past verb of perception, bare plural forces
        (_kremlin("I saw American soldiers arriving in Riga by the hundred."), KREMLIN),
        # (c) another publisher, another going verb, a perfect
        (_kyiv("We have watched Russian battalions heading to Minsk for weeks."), KYIV),
        # (d) another publisher, forces named by their arm, flying
        (_kyiv("We see Russian paratroopers flying to Belarus every night."), KYIV),
    ],
)
def test_forces_going_seen_by_a_person_are_no_visit(text: str, source: str) -> None:
    assert all(mode != "visit" for _, mode, _ in contacts(text, "Talks", source))


def test_a_person_going_after_forces_named_is_a_visit() -> None:
    # Look-alike: the forces are named, but the one arriving is the President.
    text = "After inspecting the troops, President Andrzej Duda is arriving in Vilnius today."
    assert "visit" in [mode for _, mode, _ in contacts(text, "Statement", KYIV)]


def test_a_person_arriving_with_forces_is_a_visit() -> None:
    # Look-alike: forces named after the going verb go with the person who goes.
    text = "President Andrzej Duda is arriving in Vilnius with the troops on Monday."
    assert "visit" in [mode for _, mode, _ in contacts(text, "Statement", KYIV)]
