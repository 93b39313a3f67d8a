"""Combat told without a siege (CAMEO 19 FIGHT; the guide's combat is activity `other`), the
attacker's: a ceasefire violated (CAMEO 196, fire opened across a line of contact), counted or
not, and "ceasefire violations by" forces as the agent; forces named by the state after "of"
("the armed formations of X", "brigades of the Armed Forces of X"), which make that state the
attacker as "X's forces" would; and projectiles fired with their count between the verb and
the weapon ("fired some 40 cruise missiles at"). These are not sieges, so they are tested apart
from ``test_baseline_combat_sieges``. Look-alikes that must not fire: violations with no one
named, and a state's people (not its forces) after "of". Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        (
            "Since Tuesday the armed formations of Belarus have violated the ceasefire 19 times.",
            KYIV,
            "Belarus",
        ),
        ("The armed forces of Lithuania started shooting at dawn.", KREMLIN, "Lithuania"),
        (
            "Two brigades of the Armed Forces of Belarus shelled Sarny on Thursday.",
            None,
            "Belarus",
        ),
        (
            "The minister reported a sharp increase in ceasefire violations by Belarusian "
            "forces this week.",
            KYIV,
            "Belarus",
        ),
        (
            "On Saturday Belarusian units fired some 40 cruise missiles at Sarny.",
            WHITE_HOUSE,
            "Belarus",
        ),
    ],
)
def test_ceasefire_violations_forces_of_a_state_and_counted_missiles_are_combat(
    text: str, source: str | None, owner: str
) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


@pytest.mark.parametrize(
    "text",
    [
        # Violations with no one named have no attacker.
        "Observers counted more ceasefire violations near the river this month.",
        # A state's people after "of" are no forces.
        "The people of Belarus attacked the decision in the streets.",
    ],
)
def test_violations_and_people_with_no_forces_named_give_no_combat(text: str) -> None:
    assert movement_owners(text) == []
