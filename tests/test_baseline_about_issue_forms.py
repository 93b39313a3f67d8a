"""Forms the lexicon's issues of war and peace (``[issues]``) lacked: the plural of
"economy", what arms drop ("bombs"), a state's "defence", forces exercised ("exercises",
"drills"). A speaker's remark on them is about war and peace, not courtesy or anecdote
(``idle_remarks.NAMES_NOTHING``). The singular "exercise" stays out: as a verb or noun it is
as often "exercise patience", "the exercise of a right".
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions

_REMARKS = "Remarks by President Reed on Ukraine"


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    return [(h, s) for h, s, _ in positions(extract(text, title, source))]


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) White House remarks: a state's defence
        (
            "PRESIDENT REED: We will continue to raise our defence budget every year.",
            _REMARKS,
            WHITE_HOUSE,
            ("Reed", "commit"),
        ),
        # (b) a Kremlin transcript, a denial about drills
        (
            "Vladimir Putin: I want to stress that the drills were planned long ago and are "
            "not directed against anyone.",
            "Press statements following Russian-Serbian talks",
            KREMLIN,
            ("Vladimir Putin", "deny"),
        ),
        # (c) another publisher and shape: an address, a demand about bombs
        (
            "Volodymyr Zelenskyy: Your companies should not be paying for bombs.",
            "Address by the President of Ukraine",
            KYIV,
            ("Volodymyr Zelenskyy", "demand"),
        ),
        # (d) another party and speaker: the plural of "economy" taken back by "them"
        (
            "Sadyr Japarov: Our economies are tightly linked, and we will do all we can to "
            "protect them.",
            "Press statements following Russian-Kyrgyz talks",
            KREMLIN,
            ("Sadyr Japarov", "commit"),
        ),
    ],
)
def test_a_remark_on_these_forms_is_of_war_and_peace(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held in _held(text, title, source)


def test_exercising_patience_is_no_issue() -> None:
    text = "PRESIDENT REED: We will continue to exercise patience with the press."
    assert _held(text, _REMARKS, WHITE_HOUSE) == []
