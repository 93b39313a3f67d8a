"""A round of talks named by its place in a series ("a fourth round will be held", "continue
working in the third round") after talks held is another occasion of the same parties, in
four surroundings; the same round told of again, and a round of something else, are not.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import DiplomaticContact, Quote

_HELD = "Delegations from Slovakia and Bulgaria held talks in Vienna on Monday. "


def contacts(text: str) -> list[DiplomaticContact[Quote]]:
    return extract(text).diplomatic_contacts


@pytest.mark.parametrize(
    "after",
    [
        # plain
        "A fourth round will be held next week.",
        # a fronted clause
        "After a pause of two weeks, the third round will take place in Sofia.",
        # the parties named another way, a plan of theirs
        "The negotiators agreed to continue working in the next round as soon as possible.",
        # a postposed source, and one clause of two
        "A fifth round will be held in Sofia, the ministry said.",
        "The talks ended without a result, and a new round is scheduled for Friday.",
    ],
)
def test_the_next_round_after_talks_held_is_another_occasion(after: str) -> None:
    held, planned = contacts(_HELD + after)
    assert (held.mode, held.status) == ("talks", "held")
    assert (planned.mode, planned.status) == ("talks", "planned")
    assert [a.name for a in planned.participants] == [a.name for a in held.participants]


def test_the_round_held_told_of_again_is_the_same_occasion() -> None:
    (held,) = contacts(
        "Delegations from Slovakia and Bulgaria held a second round of talks in Vienna on "
        "Monday. The second round lasted five hours."
    )
    assert len(held.evidence) == 2


def test_a_round_of_something_else_is_no_contact() -> None:
    assert contacts("The government imposed a second round of sanctions on Monday.") == []
