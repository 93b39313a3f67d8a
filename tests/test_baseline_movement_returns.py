"""Movements as long documents tell them: forces going home or back to their bases from
where they were (the withdraw class completed), a subject with a parenthesis of inclusion
before its verb, a giving verb's recipient named before what is given, a participle
modifying a forces noun after "and", a state's own formations named by their military
district, and a drill named only to say which forces are meant. Each in four surroundings
(plain, after a fronted adverbial, the owner named another way, a second clause or a
postposed speaker), with a look-alike that must give nothing. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract

from summarise.schema import MilitaryMovement, Quote


def movements(text: str) -> list[MilitaryMovement[Quote]]:
    return extract(text).military_movements


Key = tuple[str, str, str, str | None, str | None, str]


def key(m: MilitaryMovement[Quote]) -> Key:
    return (m.actor.name, m.activity, m.forces, m.origin, m.destination, m.status)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Swedish battalions will return home next month.",
            ("Sweden", "withdraw", "Swedish battalions", None, None, "planned"),
        ),
        (
            "After the drills ended, the Swedish battalions went home.",
            ("Sweden", "withdraw", "Swedish battalions", None, None, "completed"),
        ),
        (
            '"Our battalions will go home after the drills," the Finnish defence minister said.',
            ("Finland", "withdraw", "battalions", None, None, "planned"),
        ),
        (
            "Virta said the Finnish units would return home after the exercise.",
            ("Finland", "withdraw", "Finnish units", None, None, "planned"),
        ),
    ],
)
def test_forces_going_home_are_withdrawn(text: str, expected: Key) -> None:
    assert [key(m) for m in movements(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Finnish battalions will return from Estonia to their permanent bases.",
            ("Finland", "withdraw", "Finnish battalions", "Estonia", "their permanent bases"),
        ),
        (
            "As the exercise wound down, Finnish units began returning from Estonia to their"
            " garrisons.",
            ("Finland", "withdraw", "Finnish units", "Estonia", "their garrisons"),
        ),
        (
            '"Our battalions will return from Estonia to their garrisons after the drills,"'
            " Finnish Defence Minister Aino Virta said.",
            ("Finland", "withdraw", "battalions", "Estonia", "their garrisons"),
        ),
        (
            "The drills end on Friday, and the Finnish battalions will then return from Estonia"
            " to their permanent bases.",
            ("Finland", "withdraw", "Finnish battalions", "Estonia", "their permanent bases"),
        ),
    ],
)
def test_a_return_with_where_the_forces_leave_is_a_withdrawal(
    text: str, expected: tuple[str, str, str, str, str]
) -> None:
    found = [
        (m.actor.name, m.activity, m.forces, m.origin, m.destination)
        for m in movements(text)
        if m.activity == "withdraw"
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The refugees went home after the ceasefire.",
        "The delegates went home empty-handed.",
    ],
)
def test_people_going_home_move_no_forces(text: str) -> None:
    assert movements(text) == []


def test_the_place_forces_return_to_is_no_deployment() -> None:
    """ "places of permanent deployment" names a withdrawal's goal: inside a demand it is
    no movement at all, and no deployment of its own."""
    assert (
        movements(
            "Finland urged Russia to return its troops to their places of permanent deployment."
        )
        == []
    )


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
    ],
)
def test_a_subject_with_a_parenthesis_of_inclusion_moves_as_a_whole(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    found = [(m.actor.name, m.activity, m.forces, m.destination) for m in movements(text)]
    assert expected in found
    assert all(not f.startswith(("two", "a sapper", "a medical")) for _, _, f, _ in found)


def test_an_inclusion_in_a_sentence_of_no_movement_gives_none() -> None:
    assert (
        movements(
            "Finnish units, including those that fought in the war, are known for their discipline."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finland will hand over to the Armed Forces of Ukraine 200 anti-tank missiles.",
            ("Finland", "200 anti-tank missiles", "the Armed Forces of Ukraine"),
        ),
        (
            "In March, Finland delivered to Ukraine a new batch of anti-aircraft missiles.",
            ("Finland", "anti-aircraft missiles", "Ukraine"),
        ),
        (
            "Finland will hand over to the Ukrainian army 200 anti-tank missiles.",
            ("Finland", "200 anti-tank missiles", None),
        ),
        (
            '"We will hand over to Ukraine 200 anti-tank missiles," Finnish Defence Minister'
            " Aino Virta said.",
            ("Finland", "200 anti-tank missiles", "Ukraine"),
        ),
        (
            "Helsinki will hand over to the Armed Forces of Ukraine 200 anti-tank missiles, and"
            " Tallinn will deliver a field hospital.",
            ("Finland", "200 anti-tank missiles", "the Armed Forces of Ukraine"),
        ),
    ],
)
def test_a_recipient_named_before_what_is_given_is_neither_owner_nor_forces(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    found = movements(text)
    assert [(m.actor.name, m.forces, m.destination) for m in found] == [expected]
    assert all(m.activity == "supply" for m in found)


def test_a_recipient_given_no_forces_is_no_supply() -> None:
    assert movements("Finland will hand over to the Ukrainian army a report on the war.") == []


def test_a_participle_before_a_forces_noun_after_and_is_its_modifier() -> None:
    """ "and demining equipment" is a noun phrase, not a second verb ("and sending")."""
    found = movements("Finland will deliver a field hospital and demining equipment.")
    assert [(m.actor.name, m.activity, m.forces) for m in found] == [
        ("Finland", "supply", "equipment")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Units of the Central and Northern military districts have returned to their"
            " garrisons.",
            ("Units of the Central and Northern military districts", "completed"),
        ),
        (
            "After the inspection, units of the Central and Northern military districts"
            " returned to their garrisons.",
            ("units of the Central and Northern military districts", "completed"),
        ),
        (
            "The defence ministry said that units of the Central military district that had"
            " completed their drills have returned to their garrisons.",
            ("units of the Central military district", "completed"),
        ),
        (
            "The drills are over, and units of the Central and Northern military districts are"
            " returning to their garrisons, the ministry said.",
            ("units of the Central and Northern military districts", "ongoing"),
        ),
    ],
)
def test_formations_named_by_their_military_district_are_the_publishing_states(
    text: str, expected: tuple[str, str]
) -> None:
    """In a state's own document its military districts need no state named (a drill the
    units are said to have completed only says which units are meant: no drill item)."""
    found = extract(text, source=KREMLIN).military_movements
    assert [(m.actor.name, m.activity, m.forces, m.destination, m.status) for m in found] == [
        ("Russia", "withdraw", expected[0], "their garrisons", expected[1])
    ]


def test_a_military_district_named_with_no_movement_gives_none() -> None:
    text = "The history of the Central and Northern military districts goes back to 1918."
    assert extract(text, source=KREMLIN).military_movements == []
