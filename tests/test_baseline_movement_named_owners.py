"""Owners told by the names around the forces: a state's own formations named by their military
district, an origin named by its formation and base, a formation of a state's armed forces
as a passive subject, the subject of a verb carrying out a supply noun (and a subject
judging one, which owns nothing), and a drill noun naming what something is, which reports
no drill. Each in four surroundings (plain, after a fronted adverbial, the owner named
another way, a second clause or a postposed speaker), with a look-alike that must give
nothing. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract

from summarise.schema import MilitaryMovement, Quote


def movements(text: str) -> list[MilitaryMovement[Quote]]:
    return extract(text).military_movements


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
    # The districts' people arrive, but veterans are no forces: the district is no owner.
    text = (
        "Veterans of the Central and Northern military districts have arrived in Moscow for "
        "the parade."
    )
    assert extract(text, source=KREMLIN).military_movements == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spain has sent 300 soldiers from the 2nd Marine Brigade at San Fernando to Lithuania.",
            ("the 2nd Marine Brigade at San Fernando", "Lithuania"),
        ),
        (
            "After the talks, Spain sent 300 soldiers from the 2nd Marine Brigade at San Fernando"
            " to Lithuania.",
            ("the 2nd Marine Brigade at San Fernando", "Lithuania"),
        ),
        (
            "The relocation of six Spanish F-18 fighter jets from Zaragoza Air Base in Spain to"
            " Šiauliai, Lithuania, was completed on Wednesday.",
            ("Zaragoza Air Base in Spain", "Šiauliai"),
        ),
        (
            "Madrid moved 300 soldiers from the 2nd Marine Brigade at San Fernando to Łask, the"
            " ministry said.",
            ("the 2nd Marine Brigade at San Fernando", "Łask"),
        ),
    ],
)
def test_an_origin_named_by_its_formation_and_base_and_a_goal_with_a_diacritic(
    text: str, expected: tuple[str, str]
) -> None:
    found = movements(text)
    assert [(m.actor.name, m.origin, m.destination) for m in found] == [("Spain", *expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Two battalions of the Armed Forces of Estonia were moved to Tartu last week.",
        "According to the defence ministry, two battalions of the Armed Forces of Estonia were"
        " moved to Tartu last week.",
        "Tallinn asked for more help, and two battalions of the Armed Forces of Estonia were"
        " moved to Tartu.",
        "Two battalions of the Armed Forces of Estonia were moved to Tartu, the Estonian"
        " minister said.",
    ],
)
def test_a_formation_of_a_states_armed_forces_as_a_passive_subject(text: str) -> None:
    """ "the Armed Forces of Estonia" is one formation with its state: the passive's
    subject is the whole phrase, not its last word."""
    found = movements(text)
    assert [(m.actor.name, m.activity, m.destination) for m in found] == [
        ("Estonia", "deploy", "Tartu")
    ]
    assert found[0].forces.lower() == "two battalions of the armed forces of estonia"


def test_officers_moved_by_a_ceremony_move_nowhere() -> None:
    assert movements("Officers of the Armed Forces of Estonia were moved by the ceremony.") == []


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        (
            "Norway has confirmed the shipment of 500 Stinger missiles to Ukraine.",
            "the shipment of 500 Stinger missiles",
        ),
        (
            "More is on its way: Norway has confirmed the shipment of 500 Stinger missiles.",
            "the shipment of 500 Stinger missiles",
        ),
        (
            "Oslo continues to train Ukrainian pilots and has intensified deliveries of weapons to"
            " Ukraine.",
            "weapons",
        ),
        ("Norway has stepped up deliveries of weapons to Ukraine, the minister said.", "weapons"),
    ],
)
def test_the_subject_of_a_verb_carrying_out_a_supply_noun_owns_it(text: str, forces: str) -> None:
    """ "has confirmed the shipment of", "has intensified deliveries of": the subject of
    the verb that carries out, decides or changes the movement named by its noun owns it,
    also as the subject of a coordinated predicate."""
    found = movements(text)
    assert [(m.actor.name, m.activity, m.forces) for m in found] == [("Norway", "supply", forces)]


@pytest.mark.parametrize(
    "text",
    [
        "Poland condemned the deployment of 500 troops to Belarus.",
        "Norway has denied reports about the shipment of weapons to Ukraine.",
    ],
)
def test_a_subject_judging_or_denying_the_movement_noun_owns_nothing(text: str) -> None:
    assert movements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Moscow says these are routine drills.",
        "After the talks, Moscow insisted that these were only defensive exercises.",
        "The Kremlin spokesman said they are scheduled drills and nothing more.",
        "With field hospitals at the border, it is hard to call that an exercise, the Norwegian"
        " minister said.",
    ],
)
def test_a_drill_noun_as_what_something_is_called_is_no_drill(text: str) -> None:
    """A subject complement classifies what its pronoun points to; it reports no drill."""
    assert movements(text) == []


def test_a_drill_reported_with_its_verb_is_still_a_drill() -> None:
    found = movements("Russia began large-scale exercises in Belarus on Monday.")
    assert [(m.actor.name, m.activity, m.destination) for m in found] == [
        ("Russia", "exercise", "Belarus")
    ]
