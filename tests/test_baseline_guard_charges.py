"""A speaker's accusation that names nothing but a demonstrative ("We regard this activity
as provocative.") is a charge against an act told before, and a position, although its
clause names no party and no issue of war and peace: the guard against a transcript's
courtesies, procedure and anecdote (``idle_remarks.NAMES_NOTHING``) kept it out.
``benchmarks/guard_drops.py`` found that guard dropping more labelled accusations than
unlabelled ones on nine open sets.

The anecdote the guard was written for still holds nothing: an accusation word with no
demonstrative ("It has been a brutal week of travel."), or one whose "this" is a time
("the coffee this morning was outrageous"), and a denial, refusal or remark of another
stance naming nothing ("I do not think that is true."), but for a worry
(``idle_remarks.stands_bare``). A remark that points back at the
speaker's sentence before keeps that sentence's topic (``points_back``).
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions

_REMARKS = "Remarks by President Reed on Ukraine"
_MEETING = "Meeting with permanent members of the Security Council"


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    return [(h, s) for h, s, _ in positions(extract(text, title, source))]


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House transcript, "regard X as" with a demonstrative determiner
        (
            "PRESIDENT REED: Thank you all for coming. We regard these manoeuvres as provocative.",
            _REMARKS,
            WHITE_HOUSE,
            "Reed",
        ),
        # (b) a Kremlin transcript, another speaker named in full, the demonstrative the
        # subject of a copula
        (
            "Sergei Lavrov: We have studied the papers. In our view, these steps are plainly "
            "provocative.",
            _MEETING,
            KREMLIN,
            "Sergei Lavrov",
        ),
        # (c) another publisher: an address, "this is" with a charge noun after it
        (
            "Volodymyr Zelenskyy: The corridor was closed again in the evening. This is not "
            "a mistake; this is a deliberate and cynical tactic.",
            "Address by the President of Ukraine",
            KYIV,
            "Volodymyr Zelenskyy",
        ),
        # (d) another shape: "that was …" opening the sentence
        (
            "PRESIDENT REED: Two officials died on the road to the airport. That was an "
            "outright assassination.",
            _REMARKS,
            WHITE_HOUSE,
            "Reed",
        ),
    ],
)
def test_an_accusation_pointing_with_a_demonstrative_is_a_position(
    text: str, title: str, source: str, holder: str
) -> None:
    assert (holder, "accuse") in _held(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # an accusation word with nothing pointed at: anecdote
        "PRESIDENT REED: It has been a brutal week of travel.",
        "PRESIDENT REED: Ignore the noise.",
        # "this" a time, not something told
        "PRESIDENT REED: Honestly, the coffee this morning was outrageous.",
        # "that" opening a clause, not standing for anything
        "PRESIDENT REED: I think that the hotel was outrageous.",
    ],
)
def test_an_accusation_word_in_anecdote_holds_nothing(text: str) -> None:
    assert _held(text, _REMARKS, WHITE_HOUSE) == []


@pytest.mark.parametrize(
    "text",
    [
        # a denial naming nothing but a demonstrative: an answer whose topic lies elsewhere
        "PRESIDENT REED: The hall in Geneva was very cold. This is not true.",
        "PRESIDENT REED: We deny this.",
        # a refusal the same (a worry naming nothing is a view: test_baseline_bare_worries)
        "Vladimir Putin: We do not want this.",
    ],
)
def test_other_stances_naming_nothing_hold_nothing(text: str) -> None:
    title = _MEETING if text.startswith("Vladimir") else _REMARKS
    source = KREMLIN if text.startswith("Vladimir") else WHITE_HOUSE
    assert _held(text, title, source) == []


def test_a_charge_pointing_back_keeps_the_topic_of_the_sentence_before() -> None:
    """``points_back`` is asked first: "This is outrageous." right after the act it
    answers is about that act."""
    found = positions(
        extract(
            "Russian shells hit a school in Kharkiv on Monday. This is outrageous.",
            "Address by the President of Ukraine",
            KYIV,
        )
    )
    assert found == [
        ("President of Ukraine", "accuse", "Russian shells hit a school in Kharkiv on Monday")
    ]
