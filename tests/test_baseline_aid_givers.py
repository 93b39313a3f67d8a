"""Humanitarian aid told with its giver outside the subject is the giver's `support`
(``aid_givers``; the round-20 census of documents at 0,
``evals/suite/census/rules22-zero-documents.md``). Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions


@pytest.mark.parametrize(
    ("text", "source", "held"),
    [
        # (a) Kyiv, a state as the agent after its carriers' cargo
        (
            "A column of 12 trucks carrying 50 tonnes of humanitarian aid sent by Lithuania "
            "reached Kharkiv on Monday.",
            KYIV,
            ("Lithuania", "support", "50 tonnes of humanitarian aid"),
        ),
        # (b) White House, another participle, the aid the subject itself
        (
            "Medical supplies donated by Japan arrived in Rzeszow on Friday.",
            WHITE_HOUSE,
            ("Japan", "support", "Medical supplies"),
        ),
        # (c) Kremlin, a ministry owning the aircraft that carry it
        (
            "Transport aircraft of the Russian Defence Ministry have delivered 30 tonnes of "
            "humanitarian cargo to Donetsk.",
            KREMLIN,
            ("Russian Defence Ministry", "support", "30 tonnes of humanitarian cargo"),
        ),
        # (d) news, an organisation by its long form, a passive main clause
        (
            "Relief goods provided by the European Union were unloaded in Chisinau.",
            None,
            ("EU", "support", "Relief goods"),
        ),
    ],
)
def test_aid_whose_giver_is_its_agent_or_its_carriers_owner_is_the_givers_support(
    text: str, source: str | None, held: tuple[str, str, str]
) -> None:
    assert positions(extract(text, None, source)) == [held]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the agent stops the aid, not gives it
        ("Humanitarian cargo blocked by Russia has not reached Mariupol.", KYIV),
        # a person as the giver: whose side he gives for is not told
        ("Humanitarian aid sent by Pope Francis arrived in Lviv.", None),
    ],
)
def test_aid_with_no_giver_named_is_no_position(text: str, source: str | None) -> None:
    """Look-alikes: the same shapes with an agent who gives nothing, or none."""
    assert positions(extract(text, None, source)) == []


def test_weapons_sent_by_a_state_are_its_supply_not_support() -> None:
    """Look-alike: weapons are a `supply` movement, not help (the guide)."""
    draft = extract(
        "Anti-tank weapons sent by Lithuania arrived in Ukraine on Tuesday.", None, KYIV
    )
    assert draft.positions == []
    assert [(m.actor.name, m.activity) for m in draft.military_movements] == [
        ("Lithuania", "supply")
    ]


def test_aircraft_whose_verb_carries_aid_move_no_forces() -> None:
    text = (
        "Transport aircraft of the Russian Defence Ministry have delivered 30 tonnes of "
        "humanitarian cargo to Donetsk."
    )
    assert extract(text, None, KREMLIN).military_movements == []


def test_aircraft_that_fly_on_their_own_still_deploy() -> None:
    """Look-alike: aircraft whose verb carries nothing civilian are forces moved."""
    text = "Twelve Su-34 aircraft of the Russian Aerospace Forces have flown to Belarus."
    assert [
        (m.actor.name, m.activity) for m in extract(text, None, KREMLIN).military_movements
    ] == [("Russia", "deploy")]
