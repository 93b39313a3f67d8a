"""A contact told in an object relative clause: the clause's subject met, called or consulted
the relative pronoun's antecedent ("the leaders of the G7 and the EU, whom the President
consulted during a video call"; "the members of the EU, whose leaders President X spoke
with"). And a verb of consulting or discussing takes the medium its sentence states ("by
phone", "during a video call"). In four surroundings, with look-alikes. Sentences invented
for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain: "whom" the verb's object
        (
            "The plan was agreed with Poland and Romania, whom Prime Minister Elina Markova of "
            "Bulgaria met in Warsaw on Friday.",
            (["Elina Markova", "Poland", "Romania"], "meeting", "held"),
        ),
        # (b) a fronted adverbial; "whom" the object of a visit
        (
            "On Monday, the measures were coordinated with Poland and Romania, whom Secretary "
            "Anna Kovac of Slovenia visited last week.",
            (["Anna Kovac", "Poland", "Romania"], "visit", "held"),
        ),
        # (c) the subject by surname after a first mention; "whose leaders … with"
        (
            "Prime Minister Elina Markova of Bulgaria welcomed the plan. It was agreed with the "
            "members of the EU, whose leaders Markova spoke with by phone on Friday.",
            (["Elina Markova", "EU"], "phone_call", "held"),
        ),
        # (d) one clause of two, a postposed source
        (
            "The plan was drafted with Poland and Lithuania, whom Prime Minister Elina Markova "
            "of Bulgaria consulted by video link on Monday, and it goes to the parliament next, "
            "the ministry said.",
            (["Elina Markova", "Poland", "Lithuania"], "video_call", "held"),
        ),
    ],
)
def test_an_object_relative_clause_meets_its_antecedent(
    text: str, expected: tuple[list[str], str, str]
) -> None:
    assert contacts(text) == [expected]


def test_a_fact_sheet_president_consulting_an_antecedent_by_video() -> None:
    assert contacts(
        "The measures were coordinated with the heads of the EU and the G7, "
        "whom the President consulted over a secure video call last Friday.",
        "Fact Sheet: New Steps",
        WHITE_HOUSE,
    ) == [(["President of the United States", "EU", "G7"], "video_call", "held")]


def test_a_coordinated_clause_is_no_relative_of_the_parties_before() -> None:
    # "and X met reporters": a main clause of its own, whose object is no party; the
    # states before it are not what X met.
    assert (
        contacts(
            "The measures were coordinated with Poland and Romania, and President Marek Novak "
            "of Slovakia met reporters on Monday."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "Prime Minister Elina Markova of Bulgaria discussed the gas transit with President "
            "Marek Novak of Slovakia by phone on Monday.",
            "phone_call",
        ),
        (
            "After the summit, Prime Minister Elina Markova of Bulgaria consulted President Marek "
            "Novak of Slovakia during a video call.",
            "video_call",
        ),
        (
            "Prime Minister Elina Markova of Bulgaria discussed the gas transit with President "
            "Marek Novak of Slovakia on Monday.",
            "other",
        ),
    ],
)
def test_a_verb_of_consulting_takes_the_medium_its_sentence_states(text: str, mode: str) -> None:
    ((_, found, _),) = contacts(text)
    assert found == mode
