"""Refusing to accept, sign or allow is opposition (the guide: rejecting a decision,
proposal or policy is `oppose`; CAMEO 12 REJECT), however the negation is said: "will not
sign", "will under no circumstances accept", fronted as "Nor will we tolerate" or "never
will it recognise"; and one's own "we are not ready to" refuses, as "we refuse to" does,
while another party's is a charge. Each in the four surroundings of the shape matrix, with
look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Latvia said it will never sign any document that recognises the annexation.",
        "Estonia said that never will it recognise the annexation of the peninsula.",
        # (b) a fronted adverbial
        "After the summit, the Lithuanian Foreign Ministry said Vilnius will under no "
        "circumstances accept a new division of the region.",
        # (c) a pronoun and the first person after a first mention
        "Estonian Prime Minister Kaja Tamm met reporters in Tallinn. She said: \u201cNor will we "
        "tolerate any attempt to redraw borders by force.\u201d",
        "Moldovan President Ion Rusu said: \u201cWe are not ready to discuss the partition of our "
        "territory.\u201d",
        # (d) postposed
        "Latvia will not sign any agreement that limits its sovereignty, Latvian Prime Minister "
        "Karlis Ozols said.",
    ],
)
def test_a_refusal_is_opposition(text: str) -> None:
    assert _stances(text) == ["oppose"]


def test_the_refusal_as_the_second_clause_is_its_own_item() -> None:
    text = "Poland condemned the shelling and said it would in no way accept the annexation."
    assert _stances(text) == ["accuse", "oppose"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Another party's unreadiness is a charge against it.
        ("Moldova said Russia was not ready to discuss the withdrawal of its troops.", "accuse"),
        # Signing, and not having signed for a reason, refuse nothing.
        (
            "Latvia will sign the agreement on Friday, Latvian Prime Minister Karlis Ozols said.",
            "other",
        ),
        ("Lithuania said it did not sign the letter because it arrived late.", "other"),
    ],
)
def test_look_alikes_refuse_nothing(text: str, stance: str) -> None:
    assert _stances(text) == [stance]
