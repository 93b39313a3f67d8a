"""A need stated with its object asks for it whatever modifies the object (CAMEO 02, an
appeal for aid): "we need legally binding guarantees", "we need a strong preventive package
now", with the object's head a noun of aid, measures or talks after a few modifiers. Time
needed and a need denied ask nothing. Each in the four surroundings of the shape matrix,
with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Moldovan President Ion Rusu said: \u201cWe need legally binding guarantees, not "
        "promises.\u201d",
        # (b) a fronted adverbial
        "After the vote, Moldovan President Ion Rusu said Moldova needed a strong preventive "
        "package now.",
        # (c) a ministry; a pronoun after a first mention
        "The Moldovan Foreign Ministry said the country needs a clear and binding ceasefire.",
        "Moldovan President Ion Rusu met reporters in Chisinau. He said Moldova needed an "
        "immediate and decisive response from its partners.",
        # (d) postposed
        "Moldova needs three more air defence systems, Moldovan Defence Minister Dan Cojocaru "
        "said.",
    ],
)
def test_a_need_with_its_object_is_a_demand(text: str) -> None:
    assert _stances(text) == ["demand"]


def test_a_need_in_the_second_clause_is_its_own_demand() -> None:
    text = (
        "Moldova condemned the shelling of the border villages and said it needed a "
        "long-term security package."
    )
    assert _stances(text) == ["accuse", "demand"]


@pytest.mark.parametrize(
    "text",
    [
        "Moldova said it needed two weeks to count the votes.",
        "Moldova said nobody needs a new package of sanctions against its neighbours.",
    ],
)
def test_look_alikes_ask_for_nothing(text: str) -> None:
    assert "demand" not in _stances(text)
