"""Hoping that a state of affairs comes about forecasts and takes no side (the guide: an
assessment neither for nor against a party is `other`): "she hoped that the crisis would end
soon". A speaker's own such hope is narrative, no position. Hoping for talks, peace or a
measure still favours them (`support`, as readiness for talks does), and hoping that a party
will act still asks it to (`demand`).
"""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def _read(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text).positions]


_OTHER = [("Ilze Berzina", "other")]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Latvian Foreign Minister Ilze Berzina said she hoped that the crisis would end soon.",
        # (b) after a fronted adverbial and a subordinate clause
        "On Friday, after the summit had ended, Latvian Foreign Minister Ilze Berzina said she "
        "hoped the situation on the border would calm down.",
        # (c) the surname only after a first mention, and the noun of hoping
        "Latvian Foreign Minister Ilze Berzina spoke in Riga. Berzina expressed the hope that "
        "the fighting in Donbas could stop before winter.",
    ],
)
def test_an_outcome_hoped_for_is_an_assessment(text: str) -> None:
    assert _read(text) == _OTHER


def test_an_outcome_hoped_for_by_a_pronoun_or_a_ministry() -> None:
    # (c) a pronoun after a first mention, and a ministry speaking.
    pronoun = (
        "Latvian Foreign Minister Ilze Berzina spoke in Riga on Monday. She said she hoped "
        "that the crisis would end soon."
    )
    ministry = "The Latvian Foreign Ministry said it hoped that the crisis would end soon."
    assert _read(pronoun) == _OTHER
    assert [stance for _, stance in _read(ministry)] == ["other"]


def test_an_outcome_hoped_for_as_the_second_clause_of_two() -> None:
    # (d) one clause of two: the first keeps its own stance.
    text = (
        "Latvian Foreign Minister Ilze Berzina said Riga backs the sanctions and hopes that the "
        "crisis will end soon."
    )
    assert _read(text) == [("Ilze Berzina", "support"), ("Ilze Berzina", "other")]


def test_a_speakers_own_hope_for_an_outcome_is_no_position() -> None:
    # (d) quoted, with a postposed "…, X said": a speaker's assessment is narrative.
    text = (
        '"We very much hope that things will calm down by the spring," Latvian Foreign Minister '
        "Ilze Berzina said."
    )
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Talks or peace hoped for: the hope takes their side.
        (
            "Latvian Foreign Minister Ilze Berzina said she hoped that the talks would resume "
            "soon.",
            "support",
        ),
        (
            "Latvian Foreign Minister Ilze Berzina said she hoped that peace would return to "
            "Ukraine.",
            "support",
        ),
        # A measure hoped to work: the hope favours it.
        (
            "Latvian Foreign Minister Ilze Berzina said she hoped that the sanctions would "
            "work quickly.",
            "support",
        ),
        # A party's act hoped for: the hope asks it.
        (
            "Latvian Foreign Minister Ilze Berzina said she hoped that Russia would withdraw "
            "its troops.",
            "demand",
        ),
    ],
)
def test_talks_peace_or_a_partys_act_hoped_for_keep_their_stance(text: str, stance: str) -> None:
    assert _read(text) == [("Ilze Berzina", stance)]
