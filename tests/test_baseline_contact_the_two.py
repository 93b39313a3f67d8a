""" "The two" opening a that-clause after a person told ("Secretary X has proposed to
Foreign Minister Y that the two meet", "sent a letter to Y proposing that the two of them
meet") are the clause's subject and the one told: the sides of the contact proposed or
agreed. In four surroundings, with look-alikes. Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a White House readout, "proposed to X that the two meet"
        (
            "Secretary of State Anna Berg has proposed to Foreign Minister Ivan Petrov of "
            "Russia that the two meet in Vienna next week.",
            WHITE_HOUSE,
            (["Anna Berg", "Ivan Petrov"], "meeting", "proposed"),
        ),
        # (b) a Kremlin text, a letter to the one told, "proposing that the two of them"
        (
            "Foreign Minister Ivan Petrov sent a message today to Foreign Minister of France "
            "Paul Girard proposing that the two of them should meet in Geneva.",
            KREMLIN,
            (["Ivan Petrov", "Paul Girard"], "meeting", "proposed"),
        ),
        # (c) a Kyiv readout, "told X that the two would meet": agreed, planned
        (
            "President of Ukraine Taras Bondar told President of Poland Jan Nowak that the "
            "two would meet again in Lublin in March.",
            KYIV,
            (["Taras Bondar", "Jan Nowak"], "meeting", "planned"),
        ),
        # (d) a news text, a fronted time, "suggested to X that the two should speak by phone"
        (
            "On Monday, Chancellor Karl Huber of Austria suggested to Prime Minister Elina "
            "Markova of Bulgaria that the two should speak by phone this week.",
            None,
            (["Karl Huber", "Elina Markova"], "phone_call", "proposed"),
        ),
    ],
)
def test_the_two_are_the_subject_and_the_one_told(
    text: str, source: str | None, expected: tuple[list[str], str, str]
) -> None:
    assert expected in contacts(text, "Readout", source)


def test_the_two_after_a_clause_of_its_own_are_not_the_last_named() -> None:
    # Look-alike: "the two" opens a clause after another ("…, and proposed that"): the last
    # person named is no one told, and the two may be any pair named before.
    text = (
        "President Taras Bondar of Ukraine spoke with President Jan Nowak of Poland about "
        "Prime Minister Elina Markova of Bulgaria, and proposed that the two meet in Sofia."
    )
    assert (["Taras Bondar", "Elina Markova"], "meeting", "proposed") not in contacts(
        text, "Readout", None
    )


def test_a_person_named_for_another_reason_is_no_one_told() -> None:
    # Look-alike: "on behalf of X that": X is not the one the proposal is made to.
    text = (
        "Chancellor Karl Huber of Austria proposed on behalf of Prime Minister Elina Markova "
        "of Bulgaria that the two meet in Vienna."
    )
    assert (["Karl Huber", "Elina Markova"], "meeting", "proposed") not in contacts(
        text, "Readout", None
    )


def test_two_officials_of_one_government_are_no_pair() -> None:
    # Look-alike: the one told is the proposer's colleague; two of one government meeting
    # is no diplomatic contact.
    text = (
        "Secretary of State Anna Berg has proposed to Secretary of Defense Tom Hale that the "
        "two meet in Vienna next week."
    )
    assert not any(
        {"Anna Berg", "Tom Hale"} <= set(names)
        for names, _, _ in contacts(text, "Readout", WHITE_HOUSE)
    )
