"""A movement's headline gives its figure in the unit that counts the forces, and the forces
as written when that unit does not: extractors file a count of formations under troops
("two additional brigades" as "2 troops") or under no unit ("about 20"). Invented articles
of four kinds (a ministry readout, a wire report, an address, an alliance statement)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import movement_headlines, one_movement_result

from summarise.extraction.results import ArticleResult


def _report(
    article_id: str, text: str, forces: str, quantity: dict[str, Any] | None, actor: str
) -> ArticleResult:
    movement: dict[str, Any] = {
        "actor": {"name": actor, "kind": "state"},
        "activity": "deploy",
        "forces": forces,
        "status": "completed",
        "evidence": [{"quote": text}],
    }
    if quantity is not None:
        movement["quantity"] = quantity
    return one_movement_result(article_id, text, movement)


@pytest.mark.parametrize(
    ("text", "forces", "quantity", "actor", "shown"),
    [
        # A ministry readout: formations spelled in words, filed as troops.
        (
            "Over the past week, two additional brigades were moved to the north.",
            "two additional brigades",
            {"low": 2, "unit": "troops"},
            "Ukraine",
            "two additional brigades",
        ),
        # A wire report: formations in digits, filed as troops.
        (
            "Ruritania has sent up to 12 mechanised battalions to the frontier, officials said.",
            "up to 12 mechanised battalions",
            {"low": 12, "unit": "troops", "approximate": True},
            "Ruritania",
            "up to 12 mechanised battalions",
        ),
        # An address: a count filed under no unit.
        (
            "They have brought about twenty battalion tactical groups to our border.",
            "about twenty battalion tactical groups",
            {"low": 20, "unit": "other", "approximate": True},
            "Russia",
            "about twenty battalion tactical groups",
        ),
        # An alliance statement: aircraft counted in words say what they are.
        (
            "Allies deployed eight fighter jets to the air base in Estonia.",
            "eight fighter jets",
            {"low": 8, "unit": "aircraft"},
            "NATO",
            "eight fighter jets",
        ),
        # A figure word that opened the source's sentence loses its capital.
        (
            "Six fighter jets of the air wing landed in Lithuania on Monday.",
            "Six fighter jets of the air wing",
            {"low": 6, "unit": "aircraft"},
            "Ruritania",
            "six fighter jets of the air wing",
        ),
        # A count under no unit that the forces do not give keeps the figure beside them.
        (
            "The shelling hit six villages along the front, the ministry said.",
            "shelling",
            {"low": 6, "unit": "other"},
            "Russia",
            "shelling (6)",
        ),
    ],
)
def test_a_figure_whose_unit_does_not_count_the_forces_gives_the_forces(
    text: str, forces: str, quantity: dict[str, Any], actor: str, shown: str
) -> None:
    assert movement_headlines(_report("a", text, forces, quantity, actor)) == [
        f"{actor} · deploy · {shown}"
    ]


@pytest.mark.parametrize(
    ("text", "forces", "quantity", "shown"),
    [
        # Look-alike: people counted as troops keep the reader's figure.
        (
            "The Pentagon sent 3,000 more troops to Eastern Europe.",
            "3,000 more troops",
            {"low": 3000, "unit": "troops"},
            "3,000 troops",
        ),
        # Look-alike: soldiers of a named formation are still people.
        (
            "About 1,000 soldiers of a Stryker squadron arrived in Romania.",
            "about 1,000 soldiers of a Stryker squadron",
            {"low": 1000, "unit": "troops", "approximate": True},
            "about 1,000 troops",
        ),
        # Look-alike: forces that do not give the figure ("the Armed Forces").
        (
            "The Armed Forces held drills involving about 9,000 troops.",
            "the Armed Forces",
            {"low": 9000, "unit": "troops", "approximate": True},
            "about 9,000 troops",
        ),
        # Look-alike: a number inside a name ("S-400") is not the figure.
        (
            "The crews of the S-400 systems, 400 troops in all, were moved to the border.",
            "crews of the S-400 systems",
            {"low": 400, "unit": "troops"},
            "400 troops",
        ),
        # Look-alike: aircraft counted in digits keep the unit.
        (
            "Ruritania moved 12 Su-35 fighters to the airfield.",
            "12 Su-35 fighters",
            {"low": 12, "unit": "aircraft"},
            "12 aircraft",
        ),
    ],
)
def test_a_figure_counted_in_its_unit_stays_the_headline(
    text: str, forces: str, quantity: dict[str, Any], shown: str
) -> None:
    assert movement_headlines(_report("a", text, forces, quantity, "Ruritania")) == [
        f"Ruritania · deploy · {shown}"
    ]


def test_two_reports_of_one_formation_move_stay_one_item() -> None:
    """The headline is part of the section's order, not of what merges: two outlets'
    reports of the brigades are still one item."""
    first = _report(
        "a",
        "Ruritania deployed two additional brigades to the border.",
        "two additional brigades",
        {"low": 2, "unit": "troops"},
        "Ruritania",
    )
    second = _report(
        "b",
        "Two additional brigades were deployed by Ruritania to the border on Monday.",
        "two additional brigades",
        {"low": 2, "unit": "troops"},
        "Ruritania",
    )
    assert movement_headlines(first, second) == ["Ruritania · deploy · two additional brigades"]
