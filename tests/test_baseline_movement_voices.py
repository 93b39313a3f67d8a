"""Military movements by who tells them: a journalist's turn states its movements as the
premise of a question, nobody's report, while the same words in an official's turn are his
report. Each construction in four surroundings and with a look-alike. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

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


def kremlin(text: str) -> list[tuple[str, str, str | None]]:
    """A Kremlin meeting transcript: the President's opening, then ``text``."""
    draft = extract(
        f"Vladimir Putin: Good afternoon. Let us begin.\n\n{text}",
        "Meeting with Defence Minister Pavel Orlov",
        KREMLIN,
    )
    return [(m.actor.name, m.activity, m.destination) for m in draft.military_movements]


_OWN = [
    # (a) plain: a passive, and an intransitive verb
    "Pavel Orlov: Three motorised battalions have been redeployed to the Kursk region.",
    # (b) fronted adverbials
    "Pavel Orlov: In addition, after the inspection, three motorised battalions have "
    "arrived in the Kursk region.",
    # (c) the speaker named another way: the minister by his office, in a quotation
    'The Defence Minister reported: "Three motorised battalions have been redeployed to the '
    'Kursk region."',
    # (d) one clause of two, with a postmodifier before the verb
    "Pavel Orlov: The exercise is over, and three battalions of the Western Military "
    "District have been redeployed to the Kursk region.",
]


@pytest.mark.parametrize("text", _OWN)
def test_forces_a_speaker_reports_moving_with_no_owner_are_his_states(text: str) -> None:
    assert kremlin(text) == [("Russia", "deploy", "the Kursk region")]


@pytest.mark.parametrize(
    "text",
    [
        # another party named in the sentence
        "Pavel Orlov: The Americans say three battalions have been redeployed to Estonia.",
        # a pronoun standing for another party
        "Pavel Orlov: New battalions are arriving every day, and they are deploying them.",
        # forces near the speaker's own borders face him
        "Pavel Orlov: Three battalions have been redeployed near our borders.",
        # the adversary named without a name
        "Pavel Orlov: The enemy is regrouping: three battalions have arrived in Kharkiv.",
    ],
)
def test_forces_with_another_party_in_the_sentence_are_not_the_speakers(text: str) -> None:
    assert ("Russia", "deploy") not in [(a, b) for a, b, _ in kremlin(text)]
