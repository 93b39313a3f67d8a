"""Military movements of round 13: a formation named by its own name (a military district,
a fleet) is its state's; one fighter is forces; leaving any place for home is a
withdrawal; the verbs of raising a number take the formation raised; firing projectiles is
an attack; a drill that only says which forces are meant, a movement named as a report or
a risk, a movement noun before a modal of possibility, make no item; nor does the fleet's
name make a commitment of forces a position. Each construction plain, after
a fronted adverbial, with its actor named another way, and postposed or in a second
clause, with a look-alike. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

from summarise.schema import MilitaryMovement, Quote


def movements(text: str, source: str | None = None) -> list[MilitaryMovement[Quote]]:
    return extract(text, source=source).military_movements


def actors(text: str, source: str | None = None) -> list[tuple[str, str]]:
    return [(m.actor.name, m.activity) for m in movements(text, source)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # plain
        (
            "Two battalions of the Central Military District arrived in Tajikistan.",
            [("Russia", "deploy")],
        ),
        # a fronted adverbial
        (
            "After the inspection, a frigate of the Northern Fleet sailed to the Barents Sea.",
            [("Russia", "deploy")],
        ),
        # the formations named together, in the plural
        (
            "Units of the Central and Eastern Military Districts were put on high alert.",
            [("Russia", "alert")],
        ),
        # postposed "…, X said"; the formation alone as the forces' owner
        (
            "Ships of the Pacific Fleet have entered the Sea of Japan for drills, the "
            "ministry said.",
            [("Russia", "exercise")],
        ),
        # a second clause
        (
            "The weather was calm, and units of the Baltic Fleet were brought to full combat "
            "readiness.",
            [("Russia", "alert")],
        ),
    ],
)
def test_a_formation_named_by_its_name_is_its_states(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert actors(sentence, WHITE_HOUSE) == expected


def test_a_formation_named_in_a_denial_moves_nothing() -> None:
    assert movements("Units of the Western Military District will not move to Belarus.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A Su-35 fighter of the Baltic Fleet shadowed a Danish patrol aircraft.",
        "On Friday, a Su-35 fighter of the Baltic Fleet shadowed a Danish patrol aircraft.",
        "A Russian fighter shadowed a Danish patrol aircraft, the Danish ministry said.",
    ],
)
def test_one_fighter_is_forces(sentence: str) -> None:
    assert [(m.actor.name, m.activity) for m in movements(sentence)][:1] in (
        [("Russia", "intercept")],
    )


def test_a_fighter_before_another_aircraft_noun_is_its_modifier() -> None:
    found = movements("Poland sent four fighter jets to Lithuania.")
    assert [(m.actor.name, m.forces) for m in found] == [("Poland", "four fighter jets")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Belarusian units are leaving the training grounds for their permanent bases.",
            ("Belarus", "withdraw"),
        ),
        (
            "On Tuesday, Belarusian units left the areas near the border for their garrisons.",
            ("Belarus", "withdraw"),
        ),
        (
            "Belarus massed troops in March. Its troops are now leaving the border districts "
            "for their bases.",
            ("Belarus", "withdraw"),
        ),
        (
            "Belarusian units are leaving the border areas for their bases, the ministry said.",
            ("Belarus", "withdraw"),
        ),
    ],
)
def test_leaving_any_place_for_home_is_a_withdrawal(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in actors(sentence)


def test_leaving_a_place_for_home_with_no_forces_moves_nothing() -> None:
    assert movements("The tourists left the hotel for home on Sunday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO has strengthened its naval grouping in the Baltic Sea.",
        "Since January, NATO has increased its contingents near the border.",
        "NATO doubled its troop presence in Romania, the minister said.",
        "NATO held talks, and it boosted the size of its contingents in Estonia.",
    ],
)
def test_raising_a_formations_number_is_a_build_up(sentence: str) -> None:
    assert ("NATO", "mass") in actors(sentence)


def test_raising_anything_else_is_no_build_up() -> None:
    assert movements("NATO has strengthened its position and increased its budget.") == []


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Russian forces fired cruise missiles at the airport.", "the airport"),
        ("Overnight, Russian ships launched Kalibr missiles at Odesa.", "Odesa"),
        (
            "Russia massed troops near Kharkiv. Its troops fired rockets at the city.",
            "the city",
        ),
        (
            "Russian troops fired artillery shells at the port, the governor said.",
            "the port",
        ),
    ],
)
def test_firing_projectiles_at_a_target_is_an_attack(sentence: str, target: str) -> None:
    found = [m for m in movements(sentence) if m.activity == "other"]
    assert [(m.actor.name, m.destination) for m in found] == [("Russia", target)]


def test_firing_no_projectile_is_no_attack() -> None:
    assert movements("The Russian ministry fired its spokesman on Monday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Belarusian units that took part in the drills will return to their bases.",
        "On Monday, Belarusian troops that had taken part in the exercises returned to their "
        "bases.",
        "Units of the Southern Military District that took part in the drills returned to "
        "their bases.",
        "The talks ended, and Belarusian troops who participated in the exercises returned "
        "to their bases, the ministry said.",
    ],
)
def test_a_drill_that_says_which_forces_are_meant_is_no_item(sentence: str) -> None:
    assert [m.activity for m in movements(sentence, KREMLIN)] == ["withdraw"]


def test_forces_taking_part_in_a_drill_still_drill() -> None:
    assert [m.activity for m in movements("Belarusian troops took part in the drills.")] == [
        "exercise"
    ]


def test_a_drill_owned_after_of_is_that_partys() -> None:
    found = movements("The exercises of the Eastern Military District have ended.")
    assert [(m.actor.name, m.activity) for m in found] == [("Russia", "exercise")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin has taken note of reports that Belarusian troops were withdrawn.",
        "On Monday, Peskov dismissed reports that Belarusian troops had left Gomel.",
        "Minsk denied the reports that its troops had arrived in Brest, the ministry said.",
        "In my view, the risk of a large-scale offensive is low.",
        "After the talks, he said the threat of an invasion remained.",
    ],
)
def test_a_movement_named_as_a_report_or_a_risk_is_none(sentence: str) -> None:
    assert movements(sentence) == []


def test_a_ministry_that_reports_a_movement_asserts_it() -> None:
    found = movements("The ministry reports that 300 Belarusian troops arrived in Brest.")
    assert [(m.actor.name, m.activity) for m in found] == [("Belarus", "deploy")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sergei Shoigu: Six landing ships will take part in the exercises.",
        "Sergei Shoigu: In addition, six landing ships will take part in the exercises.",
        "Sergei Shoigu: Ships of the Northern Fleet will take part in the exercises.",
        "Six landing ships have arrived and will take part in the exercises, Sergei Shoigu "
        "told the President.",
    ],
)
def test_forces_hold_no_commitment(sentence: str) -> None:
    assert extract(sentence, source=KREMLIN).positions == []


def test_a_topic_set_off_before_its_subject_is_no_forces_subject() -> None:
    found = extract(
        "Sergei Shoigu: Their weapons, their bases \u2013 they were ready to use all of it "
        "against Russia.",
        source=KREMLIN,
    )
    assert [p.stance for p in found.positions] == ["commit"]


def white_house(text: str) -> list[tuple[str, str]]:
    """Remarks published by the White House: the President's turn, then ``text``."""
    draft = extract(f"THE PRESIDENT: {text}", "Remarks by President Biden", WHITE_HOUSE)
    return [(m.actor.name, m.activity) for m in draft.military_movements]


@pytest.mark.parametrize(
    "sentence",
    [
        "We\u2019ve sent 300 soldiers to Latvia.",
        "Since March, we've delivered 200 Javelin missiles to Kyiv.",
        "I\u2019ll send two more warships to the Baltic Sea.",
        "The alliance is united, and we\u2019re flying four jets to Poland.",
    ],
)
def test_the_speakers_contracted_we_moves_his_states_forces(sentence: str) -> None:
    assert white_house(sentence)[:1] in (
        [("United States", "deploy")],
        [("United States", "supply")],
    )


def test_a_contracted_we_that_denies_moves_nothing() -> None:
    assert white_house("We\u2019d never send troops to Ukraine.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The deployment of Norwegian jets to Iceland could provoke Moscow.",
        "In our view, the withdrawal of Belarusian troops would ease tensions.",
        "Such a deployment of Polish troops may worry Minsk, Lukashenko's adviser said.",
        "The talks ended, and the transfer of Polish tanks to Ukraine should start soon.",
    ],
)
def test_a_movement_noun_before_a_modal_of_possibility_is_none(sentence: str) -> None:
    assert movements(sentence) == []


def test_a_movement_noun_before_will_is_planned() -> None:
    found = movements("The deployment of 3,000 US troops to Poland will begin next week.")
    assert [(m.actor.name, m.status) for m in found] == [("United States", "planned")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lithuania will send 20 military instructors to Ukraine.", ("Lithuania", "deploy")),
        ("After the talks, Latvia sent a team of military medics to Kyiv.", ("Latvia", "deploy")),
        ("Tallinn will deploy cyber defence specialists to Ukraine.", ("Estonia", "deploy")),
        (
            "Poland sent helmets, and Canada will send 30 sappers to Ukraine, Ottawa said.",
            ("Canada", "deploy"),
        ),
    ],
)
def test_military_personnel_named_by_their_role_are_forces(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in actors(sentence)


def test_experts_not_named_military_are_no_forces() -> None:
    assert movements("The IAEA will send experts to the plant next week.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our information is that more forces are still arriving.",
        "Since Monday, our intelligence shows that 40 more units have arrived near Belgorod.",
        "The talks went well, but our assessment is that more troops are arriving.",
        "Our estimates show that 2,000 more troops have arrived, the President said.",
    ],
)
def test_the_possessor_of_a_noun_of_evidence_owns_no_forces(sentence: str) -> None:
    assert white_house(sentence) == []


def test_the_possessor_of_forces_owns_them() -> None:
    assert white_house("Our forces are arriving in Poland.") == [("United States", "deploy")]
