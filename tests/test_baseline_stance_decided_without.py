"""What may not be decided without a party is a requirement (`demand`, CAMEO 10): "No
decision on Ukraine can be taken without Ukraine" (synthetic3 t11), "no decisions on
European security could be made without Ukraine" (synthetic9 z10); the pledge in the future,
"there will be no decision on Ukraine without Ukraine", stays `commit`. The party after
"without" is a name or a pronoun. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) postposed attribution, a person, "can be taken"
        (
            "No decision on Ukraine can be taken without Ukraine, Foreign Minister Ilse Varga "
            "said.",
            [("Ilse Varga", "demand")],
        ),
        # (b) a quotation, a longer subject, "can be made", a plural party after "the"
        (
            'Foreign Minister Ilse Varga said: "No decision about the future of our region can '
            'be made without the Baltic states."',
            [("Ilse Varga", "demand")],
        ),
        # (c) a ministry, "that", "could be taken"
        (
            "The Estonian Foreign Ministry said that no decision about Estonia's security could "
            "be taken without Estonia.",
            [("Estonian government", "demand")],
        ),
        # (d) a pronoun after a first mention, "could be decided"
        (
            "Prime Minister Lena Aho spoke in Helsinki on Monday. She said no decision about "
            "Finland could be decided without Finland.",
            [("Lena Aho", "demand")],
        ),
    ],
)
def test_what_cannot_be_decided_without_a_party_is_required(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The pledge in the future: one's own undertaking.
        (
            "President Biden stressed that there will be no decision on Ukraine without Ukraine.",
            [("Biden", "commit")],
        ),
        # "without" with no party after it: a condition of method, no party's place claimed.
        (
            "Foreign Minister Ilse Varga said no decision could be taken without a full "
            "assessment of the damage.",
            [("Ilse Varga", "other")],
        ),
    ],
)
def test_a_pledge_or_a_condition_of_method_is_no_requirement(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Look-alikes: the modal of possibility and a party after "without" make the demand."""
    assert held_stances(text) == expected
