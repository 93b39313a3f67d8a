"""A "they" shortly after a group named by what it is ("our European colleagues",
"nationalist battalions") is that group: holder, target or owner as the group is. Not
after a group of those who meet ("European leaders"), whose "they" after the occasion is
all its sides, and a trigger inside a relative clause is its antecedent's, not the
sentence subject's. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

SECURITY_COUNCIL = "Meeting with members of the Security Council"


def owners(
    text: str, title: str | None = SECURITY_COUNCIL, source: str | None = KREMLIN
) -> list[tuple[str, str]]:
    return [(m.actor.name, m.activity) for m in extract(text, title, source).military_movements]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Vladimir Putin: Nationalist battalions have shelled Donetsk for weeks. They have moved "
        "heavy artillery to the contact line.",
        # (b) after a fronted adverbial
        "Vladimir Putin: Nationalist battalions have shelled Donetsk for weeks. Last night, they "
        "moved heavy artillery to the contact line.",
        # (d) the second clause of two
        "Vladimir Putin: Nationalist battalions have shelled Donetsk for weeks, and now they have "
        "moved heavy artillery to the contact line.",
    ],
)
def test_they_after_a_group_owns_its_movement(text: str) -> None:
    assert ("Nationalist battalions", "deploy") in owners(text)


def test_they_after_a_group_with_a_postposed_source() -> None:
    found = owners(
        "Nationalist battalions have shelled Donetsk for weeks. They have moved heavy artillery "
        "to the contact line, the Defence Ministry said.",
        None,
        None,
    )
    assert ("Nationalist battalions", "deploy") in found


def test_they_after_a_group_holds_what_they_said() -> None:
    # (c) the group named by its relation to the speaker, then by the pronoun
    draft = extract(
        "Vladimir Putin: We spoke to our European colleagues. They said that the Minsk "
        "agreements must be implemented.",
        SECURITY_COUNCIL,
        KREMLIN,
    )
    assert [(p.holder.name, p.holder.kind, p.stance) for p in draft.positions] == [
        ("European colleagues", "other", "demand")
    ]


def test_they_after_leaders_who_met_is_all_the_sides() -> None:
    # Read as the group, "They reiterated their concern" would be the leaders' position.
    draft = extract(
        "President Hale held a video call with European leaders today. They reiterated their "
        "concern about the Russian military build-up.",
        "Readout of President Hale's Call with European Leaders",
        WHITE_HOUSE,
    )
    assert draft.positions == []


def test_a_trigger_in_a_relative_clause_is_not_the_subjects() -> None:
    # Read as the sentence subject's, the joint exercises would be Ukraine's.
    found = owners(
        "Vladimir Putin: Ukraine wants to attack the troops that remained in Belarus after their "
        "joint exercises with Russia."
    )
    assert found == []
