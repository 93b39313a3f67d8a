"""Restraint toward provocations said with negated intent is a pledge (`commit`), as it is
in every other tense ("will not respond to provocations"): "Ukraine does not mean to give
in to provocations" (synthetic8 y10), "did not intend to respond to provocations"
(synthetic9 z10). The guide ("No plans", "no intention"): what a party says it will not do is
`commit`. A hostile act disowned with the same opening ("does not intend to attack") stays
`deny`. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a readout in the narrator's voice, a name, "does not intend to give in to"
        (
            "President Maia Sandu stressed that Moldova does not mean to give in to "
            "provocations on the Dniester.",
            [("Maia Sandu", "commit")],
        ),
        # (b) a quotation, the first person, "no intention of responding to", a modifier
        (
            'Defence Minister Oleksii Reznikov said: "We have no intention of responding to '
            'Russian provocations."',
            [("Oleksii Reznikov", "commit")],
        ),
        # (c) a ministry, the past tense, "did not plan to react to"
        (
            "The Estonian Foreign Ministry said Tallinn did not plan to react to provocations "
            "at the border crossing.",
            [("Estonian government", "commit")],
        ),
        # (d) the quotation first, the progressive "is not going to be drawn into"
        (
            '"Latvia is not going to be drawn into provocations," Prime Minister Krisjanis '
            "Karins said on Tuesday.",
            [("Krisjanis Karins", "commit")],
        ),
    ],
)
def test_restraint_with_negated_intent_is_a_pledge(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A hostile act disowned with the same opening: the denial stands.
        'Foreign Minister Sergei Lavrov said: "We do not intend to attack Ukraine."',
        # Provocations that are the act disowned, not what is answered: "stage" is no
        # restraint.
        'Foreign Minister Sergei Lavrov said: "We have no intention of staging provocations."',
        # A response withheld from accusations, not provocations: a claim answered.
        'Foreign Minister Sergei Lavrov said: "We do not intend to respond to these accusations."',
    ],
)
def test_an_act_disowned_stays_a_denial(text: str) -> None:
    """Look-alikes: only a verb of responding or yielding before the provocations makes the
    restraint."""
    assert [stance for _, stance in held_stances(text)] == ["deny"]
