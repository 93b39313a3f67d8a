"""Intent disclaimed for one's own act is a pledge (`commit`): "has no intention of sending
combat troops", "no plans to close the embassy", "does not plan to". The guide ("No plans",
"no intention"): what a party says it will not do is `commit`, as Kirby's "not going to fight
in Ukraine". A hostile act within the next few words ("no plans to attack anyone", "does not
intend to conduct any offensive") is disowned instead, and an answer refused to a charge
disputes it: both stay `deny`. Invented sentences in several surroundings.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a narrator's readout, a state as subject, "no intention of" and a gerund
        (
            "President Tom Hale stressed that the United States has no intention of dispatching "
            "its own brigades to Moldova.",
            WHITE_HOUSE,
            [("Tom Hale", "commit")],
        ),
        # (b) a quotation in the first person, "no plans to" and an infinitive
        (
            'Foreign Minister Sergei Orlov said: "We have no plans to close our consulate in '
            'Lviv."',
            KREMLIN,
            [("Sergei Orlov", "commit")],
        ),
        # (c) a postposed reporting clause, "had no intention" in the past tense
        (
            "Kyiv had no intention of cutting the gas transit to Europe, Prime Minister Denys "
            "Kovalenko said on Tuesday.",
            KYIV,
            [("Denys Kovalenko", "commit")],
        ),
        # (d) the verb of intending negated, one clause of two
        (
            "Defence Minister Ivan Kostenko said that Ukraine does not plan to call up "
            "reservists this month, and he thanked the partners for their help.",
            KYIV,
            [("Ivan Kostenko", "commit"), ("Ivan Kostenko", "support")],
        ),
    ],
)
def test_intent_disclaimed_for_ones_own_act_is_a_pledge(
    text: str, source: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text, "Statement", source) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a hostile act right after the opening
        'Foreign Minister Sergei Orlov said: "We have no plans to invade anyone."',
        # a hostile act a few words on
        'Foreign Minister Sergei Orlov said: "We have no intention of launching any '
        'offensive in the Donbas."',
        # the verb of intending with a hostile act
        "Foreign Minister Sergei Orlov said that Russia does not intend to attack Ukraine.",
        # an answer refused to a charge disputes it
        'Foreign Minister Sergei Orlov said: "We do not intend to respond to these accusations."',
    ],
)
def test_a_hostile_act_or_a_charge_after_the_opening_stays_a_denial(text: str) -> None:
    assert [stance for _, stance in held_stances(text, "Statement", KREMLIN)] == ["deny"]
