"""Restraint pledged is a commitment (CAMEO 03, intent to de-escalate), in every tense it
is said in: "does not give in to provocations", "is not responding to provocations",
"would not respond to provocations"; not the charge that the word "provocations" would
make. Each in the four surroundings of the shape matrix, with look-alikes. Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Moldovan President Ana Rusu said Moldova does not give in to provocations.",
        # (b) a fronted adverbial
        "After the shelling of the bridge, Moldovan President Ana Rusu said Moldova would not "
        "respond to provocations.",
        # (c) an office after a first mention; a ministry
        "Moldovan President Ana Rusu met the OSCE mission. The President said Moldova is not "
        "responding to provocations.",
        "The Moldovan Defence Ministry said the army will not be drawn into provocations.",
        # (d) postposed
        "Moldova will not react to provocations, Moldovan President Ana Rusu said.",
    ],
)
def test_restraint_is_a_commitment(text: str) -> None:
    assert _stances(text) == ["commit"]


def test_restraint_after_a_charge_in_the_same_sentence() -> None:
    text = (
        "Moldovan President Ana Rusu said: \u201cWe regard the shelling as a cynical "
        "provocation, but Moldova does not give in to provocations.\u201d"
    )
    assert _stances(text) == ["accuse", "commit"]


@pytest.mark.parametrize(
    "text",
    [
        # Another party's provocations charged, no restraint.
        "Moldovan President Ana Rusu said the separatists are staging provocations.",
        # Not responding to something else is no restraint.
        "Moldovan President Ana Rusu said the separatists did not respond to the offer of talks.",
    ],
)
def test_look_alikes_pledge_no_restraint(text: str) -> None:
    assert "commit" not in _stances(text)
