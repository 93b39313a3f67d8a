"""Telling someone that … is a verb of saying: what a third party keeps telling the world,
reported in a speaker's turn, is that party's (the guide: a view a speaker attributes to
another party is theirs). Telling stories says nothing."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract

_TITLE = "Meeting with Foreign Minister Sergei Orlov"


def _said(answer: str) -> list[tuple[str, str]]:
    draft = extract(f"SERGEI ORLOV: {answer}", _TITLE, KREMLIN)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("answer", "holder"),
    [
        # (a) plain
        (
            "The Americans are telling everyone that Russia must pull its forces back.",
            "United States",
        ),
        # (b) after a fronted adverbial
        (
            "For weeks now, the Americans have been telling everyone that Russia must pull its "
            "forces back.",
            "United States",
        ),
        # (c) the party named by its capital, and kept telling: a capital that speaks is its
        # government (test_baseline_capital_voice)
        (
            "Washington keeps telling the world that Russia must pull its forces back.",
            "US government",
        ),
        # (d) one clause of two
        (
            "The Americans are telling everyone that Russia must pull its forces back, and the "
            "date changes every week.",
            "United States",
        ),
    ],
)
def test_what_a_third_party_keeps_telling_everyone_is_its_own(answer: str, holder: str) -> None:
    assert _said(answer) == [(holder, "demand")]


def test_the_speaker_telling_you_is_the_speakers() -> None:
    assert _said("I am telling you that we will never accept the annexation of our land.") == [
        ("Sergei Orlov", "oppose")
    ]


def test_telling_stories_says_nothing() -> None:
    """Look-alike: no that-clause follows, so nothing is reported as said."""
    assert _said("The Americans are telling stories again.") == []
