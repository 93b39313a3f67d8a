"""Forces advancing or crossing may name where from before where to (a source before the
goal, Quirk et al. 9.17): "enemy columns are pushing from Belarus towards the northern
regions", "crossed from Belarusian territory toward Kyiv" are
combat told as happening, as "advance towards" and "cross into" already were; and an attempt
told in the progressive ("the enemy is attempting to advance") is the subject's act, as "tried
to advance" was. Four surroundings (publisher, party, way of naming the attacker: an
adjective, the adversary's name, a formation, a state; the verb: advance, cross, attempt),
and the look-alikes: talks, teams, prices or refugees that advance or cross, and an attempt to
make another party move. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # A Kyiv text: an adjective, "advancing from … towards".
        (
            "Russian columns are advancing from the territory of Belarus towards the Zhytomyr"
            " region.",
            KYIV,
            "Russia",
        ),
        # A Kyiv text: a command, attempted in the progressive.
        (
            "In the south, the Russian command is attempting to advance from Kherson towards"
            " Mykolaiv.",
            KYIV,
            "Russia",
        ),
        # A Kremlin text: the adversary's units, "advanced from … into".
        (
            "Ukrainian units advanced from Izium into the nearby villages overnight.",
            KREMLIN,
            "Ukraine",
        ),
        # A White House text: "crossed from … toward".
        (
            "On Thursday, Russian forces crossed from Belarusian territory toward Kyiv.",
            WHITE_HOUSE,
            "Russia",
        ),
        # A news text: a third state, "are crossing from … into".
        (
            "Belarusian troops are crossing from Belarus into the Volyn region, officials said.",
            None,
            "Belarus",
        ),
        # The progressive attempt without a source: "are trying to advance towards".
        ("The occupiers are trying to advance towards Mykolaiv.", KYIV, "Russia"),
    ],
)
def test_advance_or_cross_from_a_source_towards_a_goal_is_combat(
    text: str, source: str | None, owner: str
) -> None:
    assert (owner, "other") in movement_owners(text, source=source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Talks advance from one matter to another: no forces.
        (
            "The talks advanced from technical questions towards a political settlement.",
            WHITE_HOUSE,
        ),
        # A team advances through a tournament.
        ("The national team advanced from the group stage into the quarter-finals.", KREMLIN),
        # People fleeing cross a border: no forces.
        ("Thousands of refugees crossed from Ukraine into Poland overnight.", WHITE_HOUSE),
        # An attempt to make another party move is no movement of the subject's.
        ("Moscow is trying to persuade Minsk to send troops to the border.", WHITE_HOUSE),
        # A source with no goal after it: "advanced from" a position is no attack told.
        ("Prices advanced from last year's level, the ministry said.", KYIV),
    ],
)
def test_look_alikes_of_a_source_and_goal_are_no_combat(text: str, source: str | None) -> None:
    assert movement_owners(text, source=source) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A state's economy: a possessive, "advanced from … into".
        ("Russia's economy advanced from recession into modest growth.", KYIV),
        # A state's prices: an adjective, "advanced on".
        ("Russian prices advanced on the news.", WHITE_HOUSE),
        # A state's exports: an adjective, "advanced from … towards".
        ("Russian exports advanced from the Asian markets towards Africa.", KREMLIN),
        # Another state's goods, in a news text: "are advancing into".
        ("Ukrainian grain exports are advancing into new markets, traders said.", None),
    ],
)
def test_a_states_non_military_subject_advancing_is_no_combat(
    text: str, source: str | None
) -> None:
    assert movement_owners(text, source=source) == []


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # The state named bare.
        ("Russia advanced on Kharkiv overnight.", KYIV, "Russia"),
        # The body commanding its forces after the state's adjective.
        ("The Russian high command is attempting to advance towards Kharkiv.", KYIV, "Russia"),
        ("The Belarusian army advanced into the Volyn region, officials said.", None, "Belarus"),
    ],
)
def test_forces_or_their_command_advancing_is_combat(
    text: str, source: str | None, owner: str
) -> None:
    assert (owner, "other") in movement_owners(text, source=source)
