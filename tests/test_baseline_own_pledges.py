"""The speaker's own side pledging its own future act holds a commitment even when the
clause names no other party and no issue of war and peace (``idle_remarks._own_pledge``):
"We will do everything necessary.", "I promise you that.", "we are committed to showing
why we are right". Look-alikes stay out: carrying on ("we will continue our
consultations", procedure), readiness ("I am ready to sign whatever is needed"), what is
under way ("we are taking additional steps together") and a heading that opens a list
("we commit to undertake the following measures:"). Invented sentences only.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) a Kremlin transcript: a governor's "we", a future of doing all
        (
            "Belgorod Region Governor Pavel Orlov: We will do everything that is required.",
            "Meeting with regional governors",
            KREMLIN,
            ("Pavel Orlov", "commit"),
        ),
        # (b) a Kyiv address: the speaker's "I promise"
        (
            "Volodymyr Zelenskyy: Every family will get a roof over its head. I promise you that.",
            "Address by the President of Ukraine",
            KYIV,
            ("Volodymyr Zelenskyy", "commit"),
        ),
        # (c) a White House briefing: "we're going to" with a gerund, another publisher's shape
        (
            "MS. HOLT: We are going to keep publishing what we learn, as quickly as we can.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
            ("United States", "commit"),
        ),
        # (d) a minister quoted by name, a verb of ensuring with nothing named after it
        (
            'Interior Minister Pavlo Hrytsenko said: "We will ensure that every family has '
            'a roof over its head before the winter."',
            "Statement by the Minister of Internal Affairs",
            KYIV,
            ("Pavlo Hrytsenko", "commit"),
        ),
    ],
)
def test_an_own_pledge_naming_nothing_is_a_commitment(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held in _held(text, title, source)


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        (
            "Vladimir Putin: Good. We will continue our consultations tomorrow morning.",
            "Talks with the President of Kazakhstan",
            KREMLIN,
        ),
        (
            "Vladimir Putin: I am ready to sign whatever resolution is needed at my end.",
            "Meeting with Government members",
            KREMLIN,
        ),
        (
            "MS. HOLT: Today we are taking additional steps together.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
        ),
        (
            "MS. HOLT: We commit to undertake the following measures: none of them small.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
        ),
    ],
)
def test_lookalikes_of_an_own_pledge_stay_out(text: str, title: str, source: str) -> None:
    assert all(stance != "commit" for _, stance in _held(text, title, source))
