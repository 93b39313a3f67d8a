"""Two movement cues that tell no movement of their own (round 22, offices22): a total
reached ("…, bringing it to some 15 warships": the count of forces another clause moved)
and the matter of a plan still being drafted ("drafting a plan for reinforcing the border,
including the deployment of units": a proposal not yet decided, the guide's "Orders and
proposals"). Invented sentences only, with full names, so that a bare office resolved to
its holder meets the same reading."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_rows


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # Kremlin, a minister's report, "it" and an approximate count
        (
            "In his report, Defence Minister Ivan Sokolov said that since January NATO had been"
            " strengthening its naval grouping off Romania, bringing it to some 12"
            " warships.",
            KREMLIN,
            "NATO",
        ),
        # Kyiv, the enemy's forces, "their number" and a bare count
        (
            "According to the General Staff of the Armed Forces of Ukraine, Russia has massed"
            " further battalions along the Ukrainian border, bringing their number to 120.",
            KYIV,
            "Russia",
        ),
        # White House, "the total", "more than"
        (
            "Secretary of Defense Jane Doe said Russia continued to build up forces near the"
            " border with Ukraine, bringing the total to more than 100,000 troops.",
            WHITE_HOUSE,
            "Russia",
        ),
        # news, past tense, "them" and "nearly"
        (
            "Russia massed more troops in Belarus last week, which brought them to nearly"
            " 30,000 soldiers.",
            None,
            "Russia",
        ),
    ],
)
def test_a_total_reached_is_no_movement_of_its_own(
    text: str, source: str | None, owner: str
) -> None:
    """The movements are those of the sentence cut before its total: one, the owner's."""
    rows = movement_rows(text, source)
    assert [actor for actor, _, _ in rows] == [owner], rows


@pytest.mark.parametrize(
    "text",
    [
        "Russia is bringing 3,000 more troops to the Belarusian border.",
        "Russia brought the troops to Belarus by train last week, Vilnius said.",
        # "them" and a place after "to": the pronoun alone is no total
        "Russia has gathered 40 battalion tactical groups in Belarus and is bringing them to the"
        " Ukrainian border.",
        "Russia has kept bringing new battalions into Crimea since January.",
    ],
)
def test_look_alike_forces_brought_to_a_place_still_move(text: str) -> None:
    """Look-alike: a place, not a count, after "to" (the guard's "\\d" after "to")."""
    assert any(activity == "deploy" for _, activity, _ in movement_rows(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Kremlin transcript, the General Staff named in full, a gerund and a noun
        (
            "Defence Minister Ivan Sokolov: The General Staff of the Russian Armed Forces is"
            " drafting and has nearly completed a plan for reinforcing Russia's western"
            " borders, including the deployment of military units to defend them.",
            KREMLIN,
        ),
        # Kyiv, a ministry preparing plans for a redeployment
        (
            "The Ministry of Defence of Ukraine is preparing a plan for the redeployment of"
            " air defence units to Kharkiv, Minister Petro Marchenko said.",
            KYIV,
        ),
        # White House, "working out" plans on a deployment
        (
            "Secretary of Defense Jane Doe said the Pentagon was working out plans for the"
            " deployment of additional troops to Poland.",
            WHITE_HOUSE,
        ),
        # news, a gerund after "drawing up" a new plan
        (
            "NATO commanders are drawing up a new plan for sending more jets to the Baltic"
            " states, alliance officials said.",
            None,
        ),
    ],
)
def test_the_matter_of_a_plan_being_drafted_is_no_movement(text: str, source: str | None) -> None:
    assert movement_rows(text, source) == []


@pytest.mark.parametrize(
    "text",
    [
        # a plan welcomed or adopted, not being drafted (the guide's planned deploy, the
        # shape of synthetic6 w03)
        "President Biden welcomed Romania's plan for the deployment of four F-16 fighter jets"
        " to Lithuania next month.",
        "Romania has adopted a plan for the deployment of four F-16 fighter jets to Lithuania.",
        # a plan drafted and a movement told in its own finite clause
        "NATO is drafting a plan for the defence of the Baltic states and has deployed"
        " 3,000 troops to Estonia.",
        # a plan's matter told in the next sentence
        "NATO is drafting a new plan for the Baltic states. The deployment of 3,000 US troops"
        " to Estonia began on Monday.",
    ],
)
def test_look_alike_movements_outside_a_drafted_plan_still_move(text: str) -> None:
    assert movement_rows(text) != []
