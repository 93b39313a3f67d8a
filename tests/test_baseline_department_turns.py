"""A department of the speaker's own state acting, told in an official's briefing turn: "the
Department of Commerce imposed sweeping restrictions …", "today the Treasury Department is
designating …". The guide gives an act to the body the sentence names, and a fact sheet's
sentence already was the department's; in a turn the official at the podium is its voice,
so the department holds the act via them. A quotation stays its speaker's, and another
state's ministry is no voice of the speaker's. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, held_via

_TITLE = (
    "Press Briefing by Press Secretary Anna Reed and Deputy National Security Advisor Mark Dorn"
)


def _briefing(answer: str) -> str:
    return (
        "MS. REED: Good afternoon, everyone. With us today is Deputy National Security Advisor "
        "Mark Dorn.\n\n"
        f"MR. DORN: {answer}\n"
    )


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) a White House briefing, after a fronted clause
        (
            _briefing(
                "Last week, in response to Russia's attack on Moldova, the Department of "
                "Commerce imposed broad restrictions on exports to Russia."
            ),
            _TITLE,
            WHITE_HOUSE,
            ("US Department of Commerce", "Mark Dorn"),
        ),
        # (b) the department named the other way round, in the present
        (
            _briefing(
                "Second, today the Treasury Department is designating 12 Russian defense firms."
            ),
            _TITLE,
            WHITE_HOUSE,
            ("US Department of the Treasury", "Mark Dorn"),
        ),
        # (c) another publisher: a minister's turn in a Kremlin meeting
        (
            "Vladimir Orlov: Good afternoon, colleagues.\n\n"
            "Deputy Prime Minister Pavel Gusev: As you know, the Russian Foreign Ministry has "
            "imposed entry bans on 40 officials of unfriendly states.\n",
            "Meeting with Government members",
            KREMLIN,
            ("Russian Foreign Ministry", "Pavel Gusev"),
        ),
        # (d) another shape: the subject opening the sentence, a past tense
        (
            _briefing(
                "The Department of the Treasury froze the assets of nine Russian banks on Friday."
            ),
            _TITLE,
            WHITE_HOUSE,
            ("US Department of the Treasury", "Mark Dorn"),
        ),
    ],
)
def test_a_department_acting_in_a_turn_holds_it_via_the_official(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held_via(text, title, source) == [held]


def test_a_quotation_stays_its_speakers() -> None:
    # Look-alike: a quotation in a news text is its speaker's words, not a turn.
    text = (
        'Deputy National Security Advisor Mark Dorn said: "Today the Department of the '
        'Treasury is designating 12 Russian defense firms."'
    )
    assert held_via(text, None, None) == [("Mark Dorn", None)]


def test_another_states_ministry_is_not_the_officials_voice() -> None:
    # Look-alike: a Russian ministry in a White House official's turn is no US department.
    text = _briefing(
        "Russia's Defence Ministry imposed restrictions on flights over the Black Sea."
    )
    assert held_via(text, _TITLE, WHITE_HOUSE) == [("Mark Dorn", None)]


def _meeting(answer: str) -> str:
    return (
        "Vladimir Orlov: Good afternoon, colleagues.\n\n"
        f"Deputy Prime Minister Pavel Gusev: {answer}\n"
    )


_MEETING = "Meeting with Government members"


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a relative clause's modal after the department's act, in a White House turn
        (
            _briefing(
                "The Department of the Treasury designated 12 firms, which must now wind down "
                "their business."
            ),
            _TITLE,
            WHITE_HOUSE,
        ),
        # (b) another publisher and party: a ministry in a Kremlin meeting turn
        (
            _meeting(
                "The Russian Foreign Ministry closed the consulate, which must now hand over "
                "its archive."
            ),
            _MEETING,
            KREMLIN,
        ),
        # (c) the department named the other way round, another modal
        (
            _briefing(
                "Second, today the Treasury Department is designating 12 firms, which will have "
                "to wind down their business."
            ),
            _TITLE,
            WHITE_HOUSE,
        ),
        # (d) another shape: a request named in an aside, no relative clause
        (
            _briefing(
                "The Department of Commerce, at the request of our allies, published the rule "
                "on Friday."
            ),
            _TITLE,
            WHITE_HOUSE,
        ),
    ],
)
def test_a_department_admits_no_item_the_officials_words_do_not_make(
    text: str, title: str, source: str
) -> None:
    # The official's own words name nothing here but the department: a remark naming
    # nothing, no demand whose topic is the department ("Department of the Treasury
    # designated 12 firms"), which the department's own reported claim let through.
    assert held_via(text, title, source) == []


def test_a_measure_the_department_takes_stays_its_own() -> None:
    # Look-alike: a punitive measure names something whatever else the clause names.
    text = _briefing(
        "The Department of State, in close coordination with our allies, imposed visa "
        "restrictions on 40 officials."
    )
    assert held_via(text, _TITLE, WHITE_HOUSE) == [("US Department of State", "Mark Dorn")]


def test_the_officials_own_clause_after_the_departments_stays_his() -> None:
    # Look-alike: "…, and we will impose more costs" is the official's own again.
    text = _briefing(
        "The Department of the Treasury froze the assets of nine Russian banks, and we will "
        "impose more costs if Russia invades."
    )
    assert held_via(text, _TITLE, WHITE_HOUSE) == [
        ("US Department of the Treasury", "Mark Dorn"),
        ("Mark Dorn", None),
    ]
