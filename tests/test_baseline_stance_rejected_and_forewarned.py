"""Three stance constructions, each in four surroundings with look-alikes. Invented
sentences.

- A refusal in the passive, its object the subject: "any attempt to change borders by force
  cannot be tolerated" rejects it (`oppose`), as "we cannot tolerate it" does.
- The condition one's side sets for an outcome, with an adjective of possibility: "a
  settlement is only possible if our demands are met" asks for it (`demand`), as "only if"
  does.
- What a party is told it must know of what will follow: "Moscow must understand that the
  price would be enormous" foretells a consequence (`warn`), it asks nothing.
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a person, "that", "cannot"
        (
            "Prime Minister Lena Aho stressed that any attempt to redraw borders by force "
            "cannot be tolerated.",
            [("Lena Aho", "oppose")],
        ),
        # (b) a ministry, "will not be accepted", the reporting clause after
        (
            "Such unilateral steps will not be accepted, the Finnish Foreign Ministry said.",
            [("Finnish government", "oppose")],
        ),
        # (c) a quotation, "must not"
        (
            'Latvian President Anna Ozola said: "The annexation of Georgian land must not be '
            'tolerated anywhere in Europe."',
            [("Anna Ozola", "oppose")],
        ),
        # (d) a sentence after another, a state, a contraction
        (
            "Talks resumed on Monday. Latvia said the closure of the straits can't be accepted.",
            [("Latvia", "oppose")],
        ),
    ],
)
def test_refusal_in_the_passive_is_opposition(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A permission, no refusal: "can be tolerated", "will be accepted".
        "Prime Minister Lena Aho said that some delay can be tolerated in the talks.",
        # A negation of another verb: "cannot be told".
        "Prime Minister Lena Aho said that whose troops these are cannot be told.",
    ],
)
def test_passive_without_refusal_is_no_opposition(text: str) -> None:
    """Look-alikes: the negation and the verb of refusal are both needed."""
    assert "oppose" not in [stance for _, stance in held_stances(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a person, "that"
        (
            "Prime Minister Lena Aho said that a settlement is possible only if all troops "
            "leave Georgian territory.",
            [("Lena Aho", "demand")],
        ),
        # (b) "possible only when", a ministry, the reporting clause after
        (
            "Peace will be possible only when the blockade is lifted, the Finnish Foreign "
            "Ministry said.",
            [("Finnish government", "demand")],
        ),
        # (c) a quotation, "achievable"
        (
            'Latvian President Anna Ozola said: "A ceasefire is only achievable if Minsk '
            'closes its airfields."',
            [("Anna Ozola", "demand")],
        ),
        # (d) a sentence after another, a state, "provided"
        (
            "Talks resumed on Monday. Latvia said that a new treaty would only be possible "
            "provided that Moscow withdraws its missiles.",
            [("Latvia", "demand")],
        ),
    ],
)
def test_condition_of_an_outcome_is_a_demand(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Possibility with no condition: an assessment.
        "Prime Minister Lena Aho said that a settlement is only possible in the long run.",
        # "Only" with another adjective: no condition set.
        "Prime Minister Lena Aho said that the border is only passable if the weather allows.",
    ],
)
def test_possibility_without_its_condition_is_no_demand(text: str) -> None:
    """Look-alikes: the adjective of possibility and the condition are both needed."""
    assert "demand" not in [stance for _, stance in held_stances(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a quotation, "must understand that … would"
        (
            'Prime Minister Lena Aho said: "Minsk must understand that the cost of a new '
            'attack would be enormous."',
            [("Lena Aho", "warn")],
        ),
        # (b) "should know what awaits them", after a condition
        (
            "Latvian President Anna Ozola said that if the separatists storm the port, they "
            "should know what awaits them.",
            [("Anna Ozola", "warn")],
        ),
        # (c) a ministry, "needs to realise", the reporting clause after
        (
            "Moscow needs to realise that a blockade will isolate it for decades, the "
            "Finnish Foreign Ministry said.",
            [("Finnish government", "warn")],
        ),
        # (d) a sentence after another, a state, an adverb before the verb
        (
            "Talks resumed on Monday. Latvia said that Belgrade must clearly understand that "
            "a new incursion would cost it its candidacy.",
            [("Latvia", "warn")],
        ),
    ],
)
def test_what_a_party_must_know_will_follow_is_a_warning(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # What is to be known asks for an act: no prediction.
        'Prime Minister Lena Aho said: "Minsk must understand that it has to close its airfields."',
        # The prediction is of the speaker's own side.
        'Prime Minister Lena Aho said: "Minsk must understand that we will never accept the '
        'annexation."',
    ],
)
def test_knowing_without_a_foretold_consequence_stays_as_it_was(text: str) -> None:
    """Look-alikes: the clause must foretell, and not of the speaker's side."""
    assert "warn" not in [stance for _, stance in held_stances(text)]
