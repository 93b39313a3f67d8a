""" "Measures" ending a document's title after its capitalised head ("the Minsk Package of
Measures", "the Comprehensive Set of Measures") names the document, not a measure: a clause
that mentions the document takes its stance from its own cue ("the government, which was to
carry out the Minsk Package of Measures, has done nothing of it" charges it). A package of
measures in lower case, and a capitalised "Package of Sanctions", are still measures."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_KREMLIN_TITLE = "Meeting with permanent members of the Security Council"
_WHITE_HOUSE_TITLE = "Press Briefing by Press Secretary Anna Hale"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kremlin transcript: a relative clause with "who", no place named
        (
            "Oleg Petrov: The Kiev authorities, who were supposed to implement the Package "
            "of Measures, have not taken a single step in eight years.",
            _KREMLIN_TITLE,
            KREMLIN,
            "Oleg Petrov",
        ),
        # (b) a White House transcript: a state, "which signed", a place before the title
        (
            "MS. HALE: Moscow, which signed the Minsk Package of Measures, has not taken a "
            "single step to implement it.",
            _WHITE_HOUSE_TITLE,
            WHITE_HOUSE,
            "United States",
        ),
        # (c) a Kyiv briefing: another head ("Set")
        (
            "Minister Taras Hrin: The occupiers, who signed the Comprehensive Set of "
            "Measures, have not taken a single step since.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (d) a news report quoting a minister
        (
            'Foreign Minister Ida Lund of Sweden said: "The Russian side, which was obliged '
            'to implement the Package of Measures, has not taken a single step in Donbas."',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_a_titled_package_of_measures_takes_no_measure(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "accuse") in held_stances(text, title, source)


def test_a_capitalised_package_of_sanctions_is_still_a_measure() -> None:
    held = held_stances(
        "MS. HALE: The EU will adopt a Sixth Package of Sanctions against Russia next week.",
        _WHITE_HOUSE_TITLE,
        WHITE_HOUSE,
    )
    assert [h for h, _ in held] == ["United States"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("MS. HALE: We have prepared a package of measures against Moscow.", "threaten"),
        (
            "MS. HALE: The United States has taken a set of measures against Russian banks.",
            "commit",
        ),
    ],
)
def test_a_package_of_measures_in_lower_case_is_still_a_measure(text: str, stance: str) -> None:
    assert ("United States", stance) in held_stances(text, _WHITE_HOUSE_TITLE, WHITE_HOUSE)
