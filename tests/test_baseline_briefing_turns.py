"""Who holds what is said in a press briefing's turns.

The guide reads a spokesperson's written statement as their state's, via them; at the
podium, in a transcript's turn, they speak the same way: "we" and "I think" are the state's.
A third party they report stays that party's, via nobody. Each shape is tested plain,
after a fronted clause, with the speaker named another way, and as one clause of two.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

_TITLE = "Press Briefing by Press Secretary Anna Reed"


def _briefing(answer: str, label: str = "MS. REED") -> str:
    return (
        f"{label}: Good afternoon, everyone.\n\n"
        "Q Thanks, Anna. What does the White House make of the decision?\n\n"
        f"{label}: {answer}\n"
    )


def _held(text: str, title: str = _TITLE) -> list[tuple[str, str | None, str]]:
    draft = extract(text, title, WHITE_HOUSE)
    return [(p.holder.name, p.via.name if p.via else None, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("answer", "stance"),
    [
        # (a) plain
        ("We welcome the decision to send air defence systems to Moldova.", "support"),
        # (b) after a fronted clause
        (
            "After the call this morning, we welcome the decision to send air defence "
            "systems to Moldova.",
            "support",
        ),
        # (c) "I" rather than "we": the podium's first person is the state's either way
        ("I would say that Russia must withdraw its forces from Moldova.", "demand"),
        # (d) one clause of two
        ("It is a decision for Berlin, and we welcome it.", "support"),
    ],
)
def test_a_press_secretarys_turn_is_the_states_via_her(answer: str, stance: str) -> None:
    assert _held(_briefing(answer)) == [("United States", "Anna Reed", stance)]


def test_a_press_secretary_labelled_by_full_name_speaks_for_the_state_too() -> None:
    answer = "We welcome the decision to send air defence systems to Moldova."
    assert _held(_briefing(answer, label="ANNA REED")) == [
        ("United States", "Anna Reed", "support")
    ]


def test_a_third_party_she_reports_is_that_partys_via_nobody() -> None:
    answer = "The Russian side is saying that the talks produced an agreement on corridors."
    assert _held(_briefing(answer)) == [("Russia", None, "other")]


def test_an_official_who_is_no_spokesperson_holds_his_own_turn() -> None:
    """Look-alike: the national security adviser at the same podium speaks for himself."""
    text = (
        "MS. REED: I will hand it over to Tom.\n\n"
        "MR. HALE: We welcome the decision to send air defence systems to Moldova.\n"
    )
    title = "Press Briefing by Press Secretary Anna Reed and National Security Advisor Tom Hale"
    assert _held(text, title) == [("Tom Hale", None, "support")]


def test_the_journalists_question_at_a_briefing_is_nobodys() -> None:
    """Look-alike: the "Q" turn states a demand; it is no one's position."""
    text = (
        "MS. REED: Good afternoon.\n\n"
        "Q Russia must withdraw its forces, the Ukrainians say. Will you press Moscow?\n\n"
        "MS. REED: I have nothing to preview.\n"
    )
    assert _held(text) == []


def test_a_presidential_press_secretarys_turn_is_the_governments() -> None:
    """(c) another state's podium: the guide reads the presidency's seat as its government."""
    text = (
        "Dmitry Orlov: Good afternoon.\n\n"
        "Question: What about NATO's deployments?\n\n"
        "Dmitry Orlov: We regard these deployments as a threat to our security.\n"
    )
    title = "Briefing by Presidential Press Secretary Dmitry Orlov"
    draft = extract(text, title, KREMLIN)
    assert [(p.holder.name, p.via.name if p.via else None) for p in draft.positions] == [
        ("Russian government", "Dmitry Orlov")
    ]
