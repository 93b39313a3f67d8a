"""Complicity, guilt and bad faith charged are accusations (the guide: condemning another
party's action is `accuse`; CAMEO 111/112): "made Belarus complicit in the attack", "guilty
of helping the invasion", "negotiating in bad faith". Each in the four surroundings of the
shape matrix, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Lithuania said the use of its airfields made Belarus complicit in the attack.",
        # (b) a fronted adverbial
        "After the strike, the Lithuanian Foreign Minister said Minsk was to blame for the "
        "deaths of the civilians.",
        # (c) a ministry; a pronoun after a first mention
        "The Lithuanian Foreign Ministry said Moscow was negotiating in bad faith.",
        "Lithuanian President Rasa Petraite spoke in Vilnius. She said Belarus was guilty of "
        "helping the invasion.",
        # (d) postposed
        "Minsk is complicit in the shelling of the city, Lithuanian Foreign Minister Jonas "
        "Kazlauskas said.",
    ],
)
def test_complicity_and_guilt_are_charges(text: str) -> None:
    assert _stances(text) == ["accuse"]


def test_the_charge_in_the_second_clause_is_its_own_item() -> None:
    text = "Lithuania welcomed the talks but said Belarus remained complicit in the war."
    assert _stances(text) == ["support", "accuse"]


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania said its troops were in good faith partners of the mission.",
        "Lithuania said the talks with Minsk had been held in good faith.",
    ],
)
def test_look_alikes_charge_no_one(text: str) -> None:
    assert "accuse" not in _stances(text)
