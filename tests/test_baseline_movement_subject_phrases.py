"""A movement's forces phrase as long sentences build it: a subject with a parenthesis of
inclusion before its verb, a participle modifying a forces noun after "and", an object with
where the forces come from and what goes with them, and forces in a clause of contrast after
"while", which the verb before does not move. Each in four surroundings (plain, after a
fronted adverbial, the owner named another way, a second clause or a postposed speaker),
with a look-alike that must give nothing. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import MilitaryMovement, Quote


def movements(text: str) -> list[MilitaryMovement[Quote]]:
    return extract(text).military_movements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Units of the Finnish army, including two mechanised battalions, have arrived in"
            " Estonia.",
            (
                "Finland",
                "deploy",
                "Units of the Finnish army, including two mechanised battalions",
                "Estonia",
            ),
        ),
        (
            "On Monday, units of the Finnish army, including two mechanised battalions, arrived"
            " in Estonia.",
            (
                "Finland",
                "deploy",
                "units of the Finnish army, including two mechanised battalions",
                "Estonia",
            ),
        ),
        (
            "Virta said 600 Finnish troops, including a sapper platoon, would return from"
            " Estonia to their garrisons.",
            (
                "Finland",
                "withdraw",
                "600 Finnish troops, including a sapper platoon",
                "their garrisons",
            ),
        ),
        (
            "Finland moved 600 troops to Estonia, and 200 Finnish soldiers, among them a"
            " medical platoon, have arrived in Latvia.",
            ("Finland", "deploy", "200 Finnish soldiers, among them a medical platoon", "Latvia"),
        ),
        # every opener of the class (grammar.toml inclusion_openers) alike
        (
            "Units of the Finnish army, such as two mechanised battalions, have arrived in"
            " Estonia.",
            (
                "Finland",
                "deploy",
                "Units of the Finnish army, such as two mechanised battalions",
                "Estonia",
            ),
        ),
    ],
)
def test_a_subject_with_a_parenthesis_of_inclusion_moves_as_a_whole(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    found = [(m.actor.name, m.activity, m.forces, m.destination) for m in movements(text)]
    assert expected in found
    assert all(not f.startswith(("two", "a sapper", "a medical")) for _, _, f, _ in found)


def test_an_inclusion_in_a_sentence_of_no_movement_gives_none() -> None:
    # The verb of arriving is there; the subject read whole is officials, not forces.
    assert movements("Finnish officials, including two ministers, have arrived in Kyiv.") == []


def test_a_participle_before_a_forces_noun_after_and_is_its_modifier() -> None:
    """ "and demining equipment" is a noun phrase, not a second verb ("and sending")."""
    found = movements("Finland will deliver a field hospital and demining equipment.")
    assert [(m.actor.name, m.activity, m.forces) for m in found] == [
        ("Finland", "supply", "field hospital and demining equipment")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain has ordered 500 soldiers from Fort Rota, Andalusia, to Lithuania.",
            ("500 soldiers", "Fort Rota, Andalusia", "Lithuania"),
        ),
        (
            "On Monday, the Spanish defence minister ordered about 500 additional Spanish"
            " personnel, including a marine company and an air defence battery, from Rota to"
            " Lithuania and Latvia.",
            ("about 500 additional Spanish personnel", "Rota", "Lithuania and Latvia"),
        ),
        (
            "Spanish Defence Minister Ana Ruiz spoke in Madrid on Monday. She has ordered six"
            " F-18 fighters from Zaragoza Air Base, along with a battery of Patriot air defence"
            " systems, to bases in Romania.",
            ("six F-18 fighters", "Zaragoza Air Base", "bases in Romania"),
        ),
        (
            "Spain has moved two battalions from its Far Eastern military district toward"
            " Andorra, the minister said.",
            ("two battalions", "its Far Eastern military district", "toward Andorra"),
        ),
    ],
)
def test_forces_moved_with_where_they_come_from_and_what_goes_with_them(
    text: str, expected: tuple[str, str, str]
) -> None:
    """However long the object, with its origin and a parenthesis between the verb and its
    goal, the movement and both places are read (forces added "along with" them are a
    movement of their own: test_baseline_movement_coordination)."""
    found = movements(text)
    assert [(m.actor.name, m.activity, m.forces, m.origin, m.destination) for m in found][:1] == [
        ("Spain", "deploy", *expected)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish minister moved from the defence ministry, including its press office, to"
        " the foreign ministry in 2010.",
        "Spain has ordered a review from its defence ministry, including a report on morale,"
        " to Parliament.",
    ],
)
def test_a_long_object_that_names_no_forces_moves_nothing(text: str) -> None:
    assert movements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"We are sending a delegation to Geneva while their tanks are moving towards Narva,"'
        " Norwegian Foreign Minister Kari Dahl said.",
        "Norway is sending a delegation to Geneva while Russian tanks gather near Narva.",
    ],
)
def test_forces_after_while_are_not_what_the_verb_before_sends(text: str) -> None:
    """ "sending a delegation … while their tanks are moving": the tanks belong to the
    clause of contrast, not to the sending (whatever that clause itself reports)."""
    assert all(m.actor.name != "Norway" for m in movements(text))
