"""Calls and talks told aside in addresses and answers, as any speech tells them: a call
received ("when he called me in March": "called" with a personal pronoun and then a
time, a purpose or the clause's end), the subject of a past clause of time or reason its
own ("I warned her when she called me"), a person told of with "your" before his office
("I talked to your Prime Minister X"), and negotiations held daily ("our delegation
negotiates with them every day": running talks, not a habit). In four surroundings, with
look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts

ADDRESS = "Address by President of Ukraine Oleh Bondar"
CONFERENCE = "News conference following talks with President of Finland Anna Berg"
REMARKS = "Remarks by President Reed"


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) plain: the caller named before, "he" in a past clause of time
        (
            "President Marek Novak of Slovakia heard the same answer from me when he called me "
            "in March.",
            ADDRESS,
            KYIV,
            (["Marek Novak", "Oleh Bondar"], "phone_call", "held"),
        ),
        # (b) a fronted adverbial; "she called me on Easter Sunday"
        (
            "Back then, I warned Prime Minister Anna Lind of Sweden about the floods when she "
            "called me on Easter Sunday.",
            ADDRESS,
            KYIV,
            (["Anna Lind", "Oleh Bondar"], "phone_call", "held"),
        ),
        # (c) a news conference turn, the caller as the sentence's subject, a purpose after
        (
            "Vladimir Putin: Chancellor Klara Voss of Germany called me to discuss the gas "
            "transit, and we agreed to stay in touch.",
            CONFERENCE,
            KREMLIN,
            (["Klara Voss", "Vladimir Putin"], "phone_call", "held"),
        ),
        # (d) remarks, a call made again, the clause ending at the comma
        (
            "Prime Minister Jan Kral of Czechia asked for our help. On Friday I called him, "
            "and we talked about energy.",
            REMARKS,
            WHITE_HOUSE,
            (["Reed", "Jan Kral"], "phone_call", "held"),
        ),
    ],
)
def test_a_call_received_or_made_is_a_phone_call(
    text: str, title: str, source: str, expected: tuple[list[str], str, str]
) -> None:
    assert expected in contacts(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # a name given, not a call: "called him a liar", "called us aggressors"
        "President Marek Novak of Slovakia spoke first. Prime Minister Jan Kral of Czechia "
        "called him a liar.",
        "Chancellor Klara Voss of Germany called us aggressors in her speech.",
        # "called on" asks, it places no call
        "Chancellor Klara Voss of Germany called on us to show restraint.",
    ],
)
def test_a_name_given_or_a_call_on_is_no_phone_call(text: str) -> None:
    assert contacts(text, ADDRESS, KYIV) == []


def test_a_present_clause_of_time_tells_the_main_clauses_time_not_its_own_subject() -> None:
    # "when he speaks to X this week" is the time of the main clause's act to come: the
    # call is the one announced before, not a second one of whomever "he" is read as.
    found = contacts(
        "Jan Kral will speak to Russian President Ivan Petrov over the phone on Thursday."
        '\n\nHis spokeswoman told reporters: "The Prime Minister wants the grain corridor '
        "reopened. He will raise the fate of the detained sailors when he speaks to President "
        'Petrov on Thursday."'
    )
    assert found == [(["Jan Kral", "Ivan Petrov"], "phone_call", "planned")]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # (a) plain
        ("Dear guests! On Monday I talked to your Prime Minister Anna Lind.", "Anna Lind"),
        # (b) a fronted clause of time
        (
            "When I talked to your Chancellor Klara Voss in April, she promised more field "
            "hospitals.",
            "Klara Voss",
        ),
    ],
)
def test_a_person_told_of_with_your_before_his_office_takes_part(text: str, other: str) -> None:
    assert ([["Oleh Bondar", other]]) == [
        parties for parties, _, _ in contacts(text, ADDRESS, KYIV)
    ]


def test_your_before_no_party_names_none() -> None:
    assert contacts("I spoke with your colleagues about the weapons.", ADDRESS, KYIV) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our delegation keeps negotiating with the Russian side nearly every day.",
        "Nearly every day our delegation negotiates with the Russian side in Minsk.",
    ],
)
def test_negotiations_held_daily_are_running_talks(text: str) -> None:
    assert contacts(text, ADDRESS, KYIV) == [(["Ukraine", "Russia"], "talks", "held")]


def test_a_talk_held_daily_is_still_a_habit() -> None:
    assert contacts("We talk with our Polish partners every day.", ADDRESS, KYIV) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a readout: the leaders' expectation, the secretary's meeting in the clause of time
        (
            "The two governments hope for a firm decision on air defence when Secretary of "
            "Defense Dana Holt meets her NATO counterparts in Oslo next week.",
            (["Dana Holt", "NATO"], "meeting", "planned"),
        ),
        # a statement: the speakers' relief, a named minister's meeting after "after"
        (
            "We were relieved after Foreign Minister Jan Kral of Czechia met Foreign Minister "
            "Ivan Petrov of Russia in Vienna.",
            (["Jan Kral", "Ivan Petrov"], "meeting", "held"),
        ),
    ],
)
def test_a_named_subject_of_a_clause_of_time_holds_its_contact(
    text: str, expected: tuple[list[str], str, str]
) -> None:
    assert expected in contacts(text, "Readout of the call", WHITE_HOUSE)


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) an address: thanks to the one "with whom I spoke an hour ago"
        (
            "I thank Prime Minister Anna Lind of Sweden, with whom I spoke an hour ago, for "
            "the new generators.",
            KYIV,
            (["Oleh Bondar", "Anna Lind"], "other", "held"),
        ),
        # (b) a fronted adverbial, "with whom I had talked"
        (
            "Yesterday, I praised Chancellor Klara Voss of Germany, with whom I had talked on "
            "Monday.",
            KYIV,
            (["Oleh Bondar", "Klara Voss"], "other", "held"),
        ),
    ],
)
def test_the_antecedent_of_with_whom_is_the_other_party(
    text: str, source: str, expected: tuple[list[str], str, str]
) -> None:
    assert expected in contacts(text, ADDRESS, source)


@pytest.mark.parametrize(
    "text",
    [
        # "with whom" and another verb: standing together is no contact
        "I thank the people of Sweden, with whom I stand.",
        # spoken with many times: a habit
        "We honour President Marek Novak of Slovakia, with whom we have spoken many times.",
    ],
)
def test_with_whom_and_no_occasion_is_no_contact(text: str) -> None:
    assert contacts(text, ADDRESS, KYIV) == []
