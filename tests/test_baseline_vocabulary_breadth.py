"""States, bodies and people a text of the period names that the vocabulary once left
out: a state by its formal name ("the Kingdom of Norway"), by its people in the plural
("the Danes"), a state outside Europe whose vote or statement the texts report ("Kenya
condemned …"), a service of an army ("Rosgvardia units"), an international body ("the
OPCW"), and officials named bare. A party the vocabulary cannot place is no holder, no
owner and no side, whatever the rules say. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, movement_owners

from summarise.actors import country_of, known_person


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("the French Republic", "France"),
        ("the Republic of Belarus", "Belarus"),
        ("the Kingdom of Norway", "Norway"),
        ("the Islamic Republic of Iran", "Iran"),
        ("the Slovak Republic", "Slovakia"),
        ("the Republic of Türkiye", "Turkey"),
        ("the Danes", "Denmark"),
        ("Finns", "Finland"),
        ("Kenyan", "Kenya"),
        ("the Argentine Republic", "Argentina"),
    ],
)
def test_a_state_by_its_formal_name_or_its_people(name: str, country: str) -> None:
    assert country_of(name) == country


@pytest.mark.parametrize(
    ("text", "source", "holder"),
    [
        # (a) a White House text: an elected member of the Security Council, bare
        (
            "Kenya condemned the attempt to redraw the borders of a sovereign state by force.",
            WHITE_HOUSE,
            "Kenya",
        ),
        # (b) a Kyiv readout: another state, its government as subject
        (
            "The Ghanaian government demanded that Russian troops leave the territory of "
            "Ukraine without delay.",
            KYIV,
            "Ghanaian government",
        ),
        # (c) a Kremlin text: a state by its formal name, a call for a ceasefire
        (
            "The Federative Republic of Brazil called for an immediate ceasefire and for talks.",
            KREMLIN,
            "Brazil",
        ),
        # (d) an international body, by its initials
        (
            "The OPCW warned that any use of chemical weapons would be a grave breach of "
            "the Convention.",
            WHITE_HOUSE,
            "OPCW",
        ),
    ],
)
def test_a_state_or_body_the_vocabulary_places_holds_positions(
    text: str, source: str, holder: str
) -> None:
    assert holder in [p.holder.name for p in extract(text, source=source).positions]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # (a) a state's people in the plural own its forces
        ("The Danes have moved two more frigates to the Baltic Sea.", "Denmark"),
        # (b) a state by its formal name
        ("The Kingdom of Norway will send 2,000 anti-tank weapons to Ukraine.", "Norway"),
        # (c) a service of an army is its state's forces
        ("Rosgvardia units have been moved to the border with Ukraine.", "Russia"),
        (
            "Units of the Russian Aerospace Forces have been moved to airfields in Belarus.",
            "Russia",
        ),
        ("The Territorial Defence Forces have been moved to the outskirts of Kharkiv.", "Ukraine"),
    ],
)
def test_forces_of_a_state_the_vocabulary_places(text: str, owner: str) -> None:
    assert owner in [name for name, _ in movement_owners(text, source=WHITE_HOUSE)]


def test_forces_of_a_people_are_not_the_body_named_before() -> None:
    # before the Finns were a people the vocabulary knows, their troops went to the
    # alliance the sentence before names
    draft = extract(
        "The alliance said it would send additional forces to its eastern flank. The Finns "
        "have moved additional troops to the border with Russia.",
        source=WHITE_HOUSE,
    )
    owners = [m.actor.name for m in draft.military_movements if m.forces == "additional troops"]
    assert owners == ["Finland"]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        # the Security Council's elected members of 2022
        ("Martin Kimani", "Kenya"),
        ("Harold Agyeman", "Ghana"),
        ("Nusseibeh", "United Arab Emirates"),
        # spokespeople and envoys of international bodies, as labelled
        ("Oana Lungescu", "NATO"),
        ("Peter Stano", "EU"),
        ("Matilda Bogner", "UN"),
        # commanders, mayors and deputies the governments' texts name
        ("Igor Kirillov", "Russia"),
        ("Ivan Fedorov", "Ukraine"),
        ("Trukhanov", "Ukraine"),
        ("Tugendhat", "United Kingdom"),
        ("Janos Ader", "Hungary"),
    ],
)
def test_more_people_of_the_period(name: str, country: str) -> None:
    listed = known_person(name)
    assert listed is not None
    assert listed.country == country


@pytest.mark.parametrize(
    "name",
    # surnames many people share, or that two listed people share, stay unknown bare
    ["Tanner", "Nechayev", "Kluge", "Qureshi", "Herashchenko", "Venediktov"],
)
def test_shared_surnames_stay_unknown(name: str) -> None:
    assert known_person(name) is None


def test_a_listed_official_speaking_bare_holds_for_his_state() -> None:
    draft = extract(
        "Kirillov claimed that the laboratories were financed from abroad.", source=KREMLIN
    )
    assert [(p.holder.name, p.holder.country) for p in draft.positions] == [("Kirillov", "Russia")]
