"""Where a next or earlier occasion of a contact's parties takes place: "the next meeting
in Vilnius in April" is placed by its own trigger's place, like any contact; a named format
after "in" ("a meeting in the Normandy format") says who meets, not where. In four
surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract

ADDRESS = "Address by President of Ukraine Oleh Bondar"


def places(text: str, title: str | None = None, source: str | None = None) -> list[str | None]:
    return [c.location for c in extract(text, title, source).diplomatic_contacts]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) plain: a joint agreement setting the next meeting
        (
            "President Marek Novak of Slovakia met Chancellor Klara Voss of Germany on Monday. "
            "The two leaders agreed to hold the next meeting in Vilnius in April.",
            None,
            None,
        ),
        # (b) a fronted clause before the proposal
        (
            "Vladimir Putin: Today I met with President Anna Berg of Finland. As our trade has "
            "grown, I propose that we hold the next meeting of our commission in Vilnius in "
            "April.",
            "Russian-Finnish talks",
            KREMLIN,
        ),
        # (c) the proposer named by office, a further round
        (
            "President Marek Novak of Slovakia spoke with Chancellor Klara Voss of Germany on "
            "Monday. The Chancellor proposed a further meeting in Vilnius.",
            None,
            None,
        ),
        # (d) one clause of two, "I'll … again"
        (
            "I spoke with Chancellor Klara Voss of Germany on Sunday. The talk was useful, and "
            "I'll meet her again in Vilnius before the end of the month.",
            ADDRESS,
            KYIV,
        ),
    ],
)
def test_a_next_occasion_is_placed_by_its_own_trigger(
    text: str, title: str | None, source: str | None
) -> None:
    found = places(text, title, source)
    assert len(found) == 2
    assert found[1] == "Vilnius"


def test_a_next_occasion_with_no_place_of_its_own_has_none() -> None:
    # The place of the occasion held is not the next one's.
    assert places(
        "President Marek Novak of Slovakia met Chancellor Klara Voss of Germany in Vilnius on "
        "Monday. The two leaders agreed to hold the next meeting in April."
    ) == ["Vilnius", None]


@pytest.mark.parametrize(
    "text",
    [
        "President Marek Novak of Slovakia met Chancellor Klara Voss of Germany in the Normandy "
        "format on Monday.",
        "Chancellor Klara Voss of Germany will meet President Marek Novak of Slovakia in the "
        "Normandy format next week.",
    ],
)
def test_a_named_format_after_in_is_no_place(text: str) -> None:
    assert places(text) == [None]


@pytest.mark.parametrize(
    "round_told",
    [
        "The third round took place yesterday in Minsk.",
        "After a pause, the second round was held in Minsk on Friday.",
        "The next round will be held in Minsk, his office said.",
    ],
)
def test_a_round_told_after_a_call_is_no_occasion_of_the_call(round_told: str) -> None:
    # Calls do not come in rounds: the round is of other talks, not of the callers.
    found = extract(
        f"I spoke with Chancellor Klara Voss of Germany today. {round_told}", ADDRESS, KYIV
    ).diplomatic_contacts
    assert [c.mode for c in found] == ["other"]


def test_a_round_told_after_talks_is_their_next_occasion_where_it_is_held() -> None:
    found = extract(
        "Delegations of Slovakia and Hungary held talks in Vienna on Monday. The next round "
        "will be held in Minsk."
    ).diplomatic_contacts
    assert [(c.mode, c.status, c.location) for c in found] == [
        ("talks", "held", "Vienna"),
        ("talks", "planned", "Minsk"),
    ]
