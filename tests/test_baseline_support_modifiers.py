""" "Support" naming a class of forces takes no one's side.

In a report of a drill or a deployment, "warships and support vessels", "combat support
units" name kinds of units: the noun "support" modifies them, and no party supports anyone.
The verb with a party between it and such a noun ("support Belarusian units") and before
any other noun stays a stance.
Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract, positions

_BOARD = "Expanded meeting of the Defence Ministry Board"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sergei Orlov: Starting Thursday, the Baltic Fleet is drilling off Kaliningrad with "
        "some 14 corvettes and support vessels.",
        "Sergei Orlov: Combat support units of the Southern Military District have arrived at "
        "the training grounds.",
        "Sergei Orlov: Transport and support aircraft of the Aerospace Forces took part in the "
        "drill.",
    ],
)
def test_support_as_a_class_of_forces_is_no_stance(sentence: str) -> None:
    assert positions(extract(sentence, _BOARD, KREMLIN)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sergei Orlov: We support the decision of Belarus to extend the exercise.",
        "Sergei Orlov: We fully support Belarusian units in the joint exercises.",
    ],
)
def test_support_of_a_party_or_decision_stays_a_stance(sentence: str) -> None:
    assert [s for _, s, _ in positions(extract(sentence, _BOARD, KREMLIN))] == ["support"]
