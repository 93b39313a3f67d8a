"""A later occasion of the parties of a contact held: "another meeting", "a further round",
"I'll speak with her again". It is its own item, planned or proposed, not more evidence
for the occasion held. In four surroundings, with look-alikes. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract

ADDRESS = "Address by President of Ukraine Oleh Bondar"


def occasions(text: str, title: str | None = None, source: str | None = None) -> list[str]:
    return [c.status for c in extract(text, title, source).diplomatic_contacts]


@pytest.mark.parametrize(
    ("text", "title", "source", "status"),
    [
        (
            "President Marek Novak of Slovakia spoke with Chancellor Klara Voss of Germany on "
            "Monday. He proposed another meeting in Bratislava.",
            None,
            None,
            "proposed",
        ),
        (
            "President Marek Novak of Slovakia spoke with Chancellor Klara Voss of Germany on "
            "Monday. Before they hung up, Novak suggested a further meeting in May.",
            None,
            None,
            "proposed",
        ),
        (
            "I spoke with Chancellor Klara Voss of Germany on Sunday. I'll speak with her again "
            "before the end of the week.",
            ADDRESS,
            KYIV,
            "planned",
        ),
        (
            "President Marek Novak of Slovakia spoke with Chancellor Klara Voss of Germany on "
            "Monday. The Chancellor thanked him, and he proposed another meeting, the Slovak "
            "presidency said.",
            None,
            None,
            "proposed",
        ),
    ],
)
def test_a_later_occasion_of_the_parties_is_its_own_contact(
    text: str, title: str | None, source: str | None, status: str
) -> None:
    assert occasions(text, title, source) == ["held", status]


def test_a_named_party_met_again_ahead_is_not_merged_into_the_occasion_held() -> None:
    assert occasions(
        "President Marek Novak of Slovakia spoke with Chancellor Klara Voss of Germany. He will "
        "speak with Chancellor Klara Voss of Germany again."
    ) == ["held", "planned"]


@pytest.mark.parametrize(
    "follow",
    ["He called it another useful meeting.", "He described the meeting as useful."],
)
def test_the_occasion_held_spoken_of_again_is_no_new_one(follow: str) -> None:
    text = (
        "President Marek Novak of Slovakia met Chancellor Klara Voss of Germany on Monday. "
        + follow
    )
    assert occasions(text) == ["held"]


MET = (
    "Foreign Minister Jana Horvat of Croatia met Foreign Minister Jan Kowal of Poland in Zagreb "
    "on Monday. "
)


@pytest.mark.parametrize(
    "follow",
    [
        "They agreed that the next round of talks would be held in Warsaw in May.",
        "After the meeting, the ministers said the next round of consultations would be held in "
        "Warsaw.",
        "Horvat said that the next round of talks would be held in Warsaw.",
        "The ministers signed a protocol, and they agreed that the next round of talks would be "
        "held in Warsaw.",
    ],
)
def test_a_next_round_that_would_be_held_is_planned(follow: str) -> None:
    assert occasions(MET + follow) == ["held", "planned"]


def test_a_round_that_was_held_is_no_plan() -> None:
    assert "planned" not in occasions(
        MET + "They recalled that the first round of talks was held in Warsaw in May."
    )
