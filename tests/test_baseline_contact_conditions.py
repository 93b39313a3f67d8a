"""A contact offered only on a condition, or turned to as a topic, names no occasion: "I
am prepared to meet him whenever it would really help", "As for meeting President
X, …" (the guide gives hypotheticals no item; an offer is proposed when it names its place).
In four surroundings, with look-alikes. Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) remarks: a gerund turned to as a topic, then readiness on a condition
        (
            "As for meeting President Anders Holm of Latvia, I have always said I am prepared "
            "to meet him at any time if it would genuinely help.",
            "Remarks by President Reed",
            WHITE_HOUSE,
        ),
        # (b) a briefing's office, "would be prepared to speak with … if"
        (
            "The President would be prepared to speak with President Ivan Orlov of Russia "
            "again if it would be constructive.",
            "Press Briefing by Press Secretary Anna Reed",
            WHITE_HOUSE,
        ),
        # (c) another publisher, "ready to meet … provided"
        (
            "Vladimir Putin said he was ready to meet President Taras Bondar of Ukraine "
            "provided the documents were agreed in advance.",
            "News conference",
            KREMLIN,
        ),
        # (d) another publisher, a noun of talks after "open to", "as long as"
        (
            "President Taras Bondar is open to talks with President Ivan Orlov of Russia as "
            "long as the shelling stops.",
            "Statement",
            KYIV,
        ),
    ],
)
def test_a_contact_offered_on_a_condition_is_no_occasion(
    text: str, title: str, source: str
) -> None:
    assert contacts(text, title, source) == []


def test_readiness_with_no_condition_stays_a_contact() -> None:
    # Look-alike: readiness alone, with a place and a time, is an offer.
    text = "President Taras Bondar is ready to meet President Ivan Orlov of Russia in Istanbul."
    assert [sides for sides, _, _ in contacts(text, "Statement", KYIV)] == [
        ["Taras Bondar", "Ivan Orlov"]
    ]


def test_a_condition_with_no_readiness_leaves_the_contact() -> None:
    # Look-alike: a contact held, then a condition about what follows it.
    text = (
        "President Marek Novak of Slovakia met President Jonas Petraitis of Lithuania on "
        "Monday, and if the talks go well the ministers will follow."
    )
    assert (["Marek Novak", "Jonas Petraitis"], "meeting", "held") in contacts(text)


def test_a_meeting_named_after_as_for_by_its_noun_is_kept() -> None:
    # Look-alike: "As for the meeting with …" names an occasion by its noun, not a gerund
    # turned to as a topic.
    text = (
        "As for his meeting with President Jonas Petraitis of Lithuania on Monday, President "
        "Marek Novak of Slovakia called it very useful."
    )
    assert [sides for sides, _, _ in contacts(text)] == [["Marek Novak", "Jonas Petraitis"]]


@pytest.mark.parametrize(
    ("text", "source", "sides"),
    [
        # A place named: an offer to meet there is proposed, whatever its condition.
        (
            "I am ready to meet President Ivan Orlov of Russia in Geneva at any time if he wishes.",
            KYIV,
            ["Taras Bondar", "Ivan Orlov"],
        ),
        # A trip's place after its "to".
        (
            "President Taras Bondar said he was ready to come to Warsaw again if that would help.",
            KYIV,
            ["Taras Bondar", "Poland"],
        ),
    ],
)
def test_readiness_on_a_condition_to_a_named_place_stays_a_contact(
    text: str, source: str, sides: list[str]
) -> None:
    title = "Remarks by President Taras Bondar"
    assert [s for s, _, _ in contacts(text, title, source)] == [sides]


def test_a_condition_in_the_next_clause_leaves_the_readiness() -> None:
    # Look-alike: the condition belongs to the clause joined on, not to the offer.
    text = (
        "President Taras Bondar is prepared to meet President Ivan Orlov of Russia at any "
        "time, and if the shelling stops the ministers will follow."
    )
    assert [s for s, _, _ in contacts(text, "Statement", KYIV)] == [["Taras Bondar", "Ivan Orlov"]]
