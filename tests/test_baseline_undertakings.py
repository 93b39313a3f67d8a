"""Another side's undertaking, told by a speaker, is that side's commitment.

"The Russian side agreed to the corridor", said in Kyiv, reports Russia's word given, not
a commitment of Kyiv's (the guide: a view a speaker attributes to another party is that
party's). The undertaking is one of the verbs by which a party binds itself (CAMEO 03:
promise, pledge, agree to, assure, be ready or prepared to), and its subject stands just
before it. Each shape is tested plain, after a fronted clause, with the party named another
way, and postposed or as one clause of two; the look-alikes keep the speaker's own.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract, positions

_ADDRESS = "Address by the President of Ukraine"


def _held(text: str) -> list[tuple[str, str]]:
    return [(holder, stance) for holder, stance, _ in positions(extract(text, _ADDRESS, KYIV))]


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain
        "The Russian side agreed to a ceasefire along the humanitarian corridor.",
        # (b) after a fronted adverbial
        "On Tuesday, the Russian side promised a ceasefire along the humanitarian corridor.",
        # (c) the party named by its capital
        "Moscow has promised a ceasefire along the humanitarian corridor.",
        # (d) postposed reporting clause
        "Russia has promised a ceasefire along the humanitarian corridor, the President said.",
    ],
)
def test_another_sides_undertaking_told_by_the_speaker_is_its_own(sentence: str) -> None:
    assert _held(sentence) == [("Russia", "commit")]


def test_two_coordinated_undertakings_of_one_subject_are_its_own_one_commitment() -> None:
    """One stance taken twice in a bare coordination is one position
    (``test_baseline_coordinated_stance``), and it is the named side's."""
    assert _held(
        "The Russian side agreed to the corridor on Tuesday and promised a ceasefire along "
        "the route."
    ) == [("Russia", "commit")]


def test_readiness_named_in_a_relative_clause_is_the_named_sides() -> None:
    """(c) in a transcript turn: a minister's report of what Ankara is prepared to do."""
    draft = extract(
        "SERGEI ORLOV: Yesterday I spoke with the Turkish Foreign Minister, who confirmed that "
        "Ankara is prepared to host a meeting at any level.",
        "Meeting with Foreign Minister Sergei Orlov",
        KREMLIN,
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [("Turkey", "commit")]


@pytest.mark.parametrize(
    "sentence",
    [
        # "we" gives the word: the speaker's own undertaking
        "We have promised our partners a ceasefire along the humanitarian corridor.",
        # the speaker's own side named
        "Ukraine is prepared to open a humanitarian corridor for the residents of the city.",
        # another party's future told, with no word given: not re-held
        "Russia will maintain its troops near our borders.",
    ],
)
def test_the_speakers_own_word_or_a_future_told_is_not_re_held(sentence: str) -> None:
    assert all(holder != "Russia" for holder, _ in _held(sentence))
