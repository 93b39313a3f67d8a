"""A contact told in one of a sentence's coordinated clauses is quoted with that clause,
when the clause is not the first or when each clause tells an occasion of its own; a
list's last member is no clause. Each in four surroundings: plain, after a fronted
clause, with the actor named another way, and as one clause of two or beside a postposed
source. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract


def quoted(text: str, source: str = KYIV) -> list[tuple[list[str], str]]:
    """(participants, quote) of every contact of ``text``."""
    draft = extract(text, "Statement", source)
    return [
        ([a.name for a in c.participants], c.evidence[0].quote) for c in draft.diplomatic_contacts
    ]


@pytest.mark.parametrize(
    ("text", "parties", "quote"),
    [
        # (a) plain: a second predicate after a comma
        (
            "Foreign Minister Anna Berg of Finland called for restraint, and offered to host "
            "talks between Poland and Belarus in Helsinki.",
            ["Poland", "Belarus"],
            "offered to host talks between Poland and Belarus in Helsinki.",
        ),
        # (b) a fronted adverbial, the second predicate without a comma
        (
            "On Monday, Foreign Minister Anna Berg of Finland stressed the need for calm and "
            "reaffirmed her offer to host talks between Poland and Belarus in Helsinki.",
            ["Poland", "Belarus"],
            "reaffirmed her offer to host talks between Poland and Belarus in Helsinki.",
        ),
        # (c) the actor named another way: a pronoun opening the second clause
        (
            "Prime Minister Jan Nowak of Poland thanked the Finnish people, and he will meet "
            "President Anna Berg of Finland in Warsaw next week.",
            ["Jan Nowak", "Anna Berg"],
            "he will meet President Anna Berg of Finland in Warsaw next week.",
        ),
        # (d) a fronted time opening the second clause, the actor by surname, and a
        # postposed source after it
        (
            "Prime Minister Jan Nowak of Poland praised the sanctions, and on Friday Nowak will "
            "meet President Anna Berg of Finland in Helsinki, the spokesman said.",
            ["Jan Nowak", "Anna Berg"],
            "on Friday Nowak will meet President Anna Berg of Finland in Helsinki, the spokesman "
            "said.",
        ),
    ],
)
def test_a_contact_in_a_later_clause_is_quoted_with_its_clause(
    text: str, parties: list[str], quote: str
) -> None:
    assert quoted(text) == [(parties, quote)]


def test_two_occasions_in_two_clauses_are_each_quoted_with_their_own() -> None:
    text = (
        "Vladimir Putin: We met with a Polish delegation and held talks with President Anna "
        "Berg of Finland in mid-January."
    )
    assert quoted(text, KREMLIN) == [
        (["Russia", "Poland"], "We met with a Polish delegation"),
        (["Russia", "Finland"], "held talks with President Anna Berg of Finland in mid-January."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the only occasion, in the first clause: the sentence stays whole
        "Prime Minister Jan Nowak of Poland met President Anna Berg of Finland in Warsaw, and "
        "praised the sanctions.",
        # a list's last member after ", and" is no clause of its own
        "Finland, Estonia, and Poland held talks with Belarus in Helsinki on Monday.",
    ],
)
def test_a_first_clause_or_a_list_keeps_the_whole_sentence(text: str) -> None:
    assert [quote for _, quote in quoted(text)] == [text]
