"""Military movements by who tells them: a journalist's turn states its movements as the
premise of a question, nobody's report, while the same words in an official's turn are his
report. Each construction in four surroundings and with a look-alike. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

from summarise.schema import MilitaryMovement, Quote

_TITLE = "Press Briefing by Press Secretary Dana Holt"


def briefing(turn: str, label: str) -> list[MilitaryMovement[Quote]]:
    """A briefing transcript: the press secretary's opening, then ``turn`` under ``label``."""
    text = f"MS. HOLT: Good afternoon, everyone.\n\n{label} {turn}\n\nMS. HOLT: Thank you."
    return extract(text, _TITLE, WHITE_HOUSE).military_movements


_STATED = [
    # (a) plain
    "Norway sent 200 soldiers to Latvia yesterday.",
    # (b) a fronted adverbial
    "On Monday, after the talks collapsed, Norway sent 200 soldiers to Latvia.",
    # (c) the actor named another way: a ministry, then a pronoun
    "The Norwegian defence ministry sent 200 soldiers to Latvia, and it plans more.",
    # (d) a postposed reporting clause, one clause of two
    "Norway will send 200 soldiers to Latvia, the minister said, and Denmark will send jets.",
]


@pytest.mark.parametrize("turn", _STATED)
def test_a_movement_stated_in_a_journalists_turn_is_nobodys_report(turn: str) -> None:
    assert briefing(f"Thanks, Dana. {turn} What is the White House doing?", "Q") == []


@pytest.mark.parametrize("turn", _STATED)
def test_the_same_movement_in_the_press_secretarys_turn_is_reported(turn: str) -> None:
    assert [m.destination for m in briefing(turn, "MS. HOLT:")][:1] == ["Latvia"]


def test_a_journalists_turn_reports_no_attack_either() -> None:
    turn = "Thanks, Dana. Russian forces shelled Kharkiv overnight. Will you send more weapons?"
    assert briefing(turn, "Q") == []
