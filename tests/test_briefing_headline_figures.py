"""A movement's headline gives its figure in the unit that counts the forces, and the forces
as written when that unit does not: extractors file a count of formations under troops
("two additional brigades" as "2 troops") or under no unit ("about 20"). Invented articles
of four kinds (a ministry readout, a wire report, an address, an alliance statement)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import briefed, counted_deployment, movement_headlines, state_movement

from summarise.briefing import render


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
    assert movement_headlines(state_movement("a", text, actor, forces, quantity=quantity)) == [
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
    assert movement_headlines(
        state_movement("a", text, "Ruritania", forces, quantity=quantity)
    ) == [f"Ruritania · deploy · {shown}"]


def test_two_reports_of_one_formation_move_stay_one_item() -> None:
    """The headline is part of the section's order, not of what merges: two outlets'
    reports of the brigades are still one item."""
    first = state_movement(
        "a",
        "Ruritania deployed two additional brigades to the border.",
        "Ruritania",
        "two additional brigades",
        quantity={"low": 2, "unit": "troops"},
    )
    second = state_movement(
        "b",
        "Two additional brigades were deployed by Ruritania to the border on Monday.",
        "Ruritania",
        "two additional brigades",
        quantity={"low": 2, "unit": "troops"},
    )
    assert movement_headlines(first, second) == ["Ruritania · deploy · two additional brigades"]


@pytest.mark.parametrize(
    ("text", "forces", "low", "actor"),
    [
        # A wire report: batteries, spelled.
        (
            "Ruritania moved two Patriot air defence batteries to the capital, officials said.",
            "two Patriot air defence batteries",
            2,
            "Ruritania",
        ),
        # A ministry readout: battalions of a brigade.
        (
            "Two battalions of the 28th Mechanized Brigade were moved to the south.",
            "two battalions of the 28th Mechanized Brigade",
            2,
            "Ukraine",
        ),
        # A press release: squadrons in digits.
        (
            "The Air Force said 3 squadrons would rotate through the base in Estonia.",
            "3 squadrons",
            3,
            "United States",
        ),
        # An address: units.
        (
            "We have sent 14 additional mobile units to the border with Sylvania.",
            "14 additional mobile units",
            14,
            "Freedonia",
        ),
    ],
)
def test_a_count_of_formations_filed_as_troops_is_no_figure_of_troops(
    text: str, forces: str, low: int, actor: str
) -> None:
    """The item's figure, shown in the full briefing and the JSON, said "2 troops" for two
    batteries, which a reader takes for two soldiers."""
    briefing = briefed(
        state_movement("a", text, actor, forces, quantity={"low": low, "unit": "troops"})
    )

    (item,) = briefing.military_movements
    assert item.quantity == str(low)
    assert f"figure {low}." in render(briefing, "md", detail="full")


@pytest.mark.parametrize(
    ("text", "forces", "low", "said"),
    [
        (
            "Russia flew 1,200 paratroopers of the 45th Guards Special Brigade to the airport.",
            "1,200 paratroopers of the 45th Guards Special Brigade",
            1200,
            "1,200 troops",
        ),
        (
            "Ruritania sent 3,000 soldiers of an armoured brigade to the frontier.",
            "3,000 soldiers of an armoured brigade",
            3000,
            "3,000 troops",
        ),
        (
            "Sylvania has moved a brigade of 4,000 soldiers to the coast.",
            "a brigade of 4,000 soldiers",
            4000,
            "4,000 troops",
        ),
        (
            "Freedonia sent 500 Marines to the islands, the ministry said.",
            "500 Marines",
            500,
            "500 troops",
        ),
    ],
)
def test_people_counted_stay_troops(text: str, forces: str, low: int, said: str) -> None:
    """Look-alikes: people of a kind, and soldiers of a formation, are troops as filed."""
    briefing = briefed(
        state_movement("a", text, "Ruritania", forces, quantity={"low": low, "unit": "troops"})
    )

    assert [m.quantity for m in briefing.military_movements] == [said]


def test_a_disputed_count_of_formations_is_said_with_the_formations() -> None:
    """It read "Ukraine · deploy · 2 troops or 3 troops (disputed)" and led the briefing as
    "Ukraine will deploy 2 troops or 3 troops … to the Odesa region"."""
    first = "Two battalions of the 28th Mechanized Brigade were moved to the Odesa region."
    second = "Three battalions of the 28th Mechanized Brigade are moving to the Odesa region."
    forces = ("two battalions of the 28th Mechanized Brigade", "three battalions")

    briefing = briefed(
        counted_deployment("a", first, "Ukraine", forces[0], 2),
        counted_deployment("b", second, "Ukraine", forces[1], 3),
    )

    (item,) = briefing.military_movements
    assert item.headline == (
        "Ukraine · deploy · two battalions of the 28th Mechanized Brigade (2 or 3, disputed) "
        "→ the Odesa region"
    )
    (lead,) = [k.sentence for k in briefing.key_developments]
    assert lead.startswith(
        "Ukraine deployed two battalions of the 28th Mechanized Brigade (2 or 3) to the Odesa"
    )
