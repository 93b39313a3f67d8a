"""A need stated with its object, or in the passive, asks for it (the schema's `demand`;
CAMEO 02 APPEAL, an appeal for aid): "we need weapons", "Moldova needed security
guarantees", "sanctions are needed now"; a need denied ("nobody needs a war") asks for
nothing, and "the needs of" names no need. Each in the four surroundings of the shape
matrix, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Moldova said it needed more air defence systems from its partners.",
        # (b) a fronted adverbial
        "After the shelling, Moldovan President Ion Rusu said Moldova needs effective security "
        "guarantees now.",
        # (c) a ministry in the passive, and a pronoun after a first mention
        "The Moldovan Foreign Ministry said tougher sanctions on the separatists were needed now.",
        "Moldovan President Ion Rusu met reporters in Chisinau. He said the country needed "
        "humanitarian aid for the displaced families.",
        # (d) postposed
        "Moldova needs modern weapons to defend its sky, Moldovan Defence Minister Dan Cojocaru "
        "said.",
    ],
)
def test_a_need_stated_is_a_demand(text: str) -> None:
    assert _stances(text) == ["demand"]


def test_a_need_in_the_second_clause_is_its_own_demand() -> None:
    text = "Moldova thanked Romania for its help and said it needed further financial support."
    assert _stances(text) == ["support", "demand"]


@pytest.mark.parametrize(
    "text",
    [
        "Moldova said the needs of the displaced families were growing.",
        "Moldova said nobody needs a war in the region.",
        "Moldova said it needed two weeks to count the votes.",
    ],
)
def test_look_alikes_ask_for_nothing(text: str) -> None:
    assert "demand" not in _stances(text)
