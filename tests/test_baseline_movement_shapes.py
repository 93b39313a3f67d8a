"""Military movements by the shape of the rest of the sentence: the future semi-auxiliaries,
forms and nouns the classes lacked, owners in a genitive list, a claim said by its
claimant, forces counted in a place by the existential, and the look-alikes of a drawdown
and a civilian convoy. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract

from summarise.schema import MilitaryMovement, Quote


def movements(text: str) -> list[MilitaryMovement[Quote]]:
    return extract(text).military_movements


Key = tuple[str, str, str, str | None, str]


def key(m: MilitaryMovement[Quote]) -> Key:
    return (m.actor.name, m.activity, m.forces, m.destination, m.status)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Spain is set to move 150 marines from Rota to Lithuania next month.",
            ("Spain", "deploy", "150 marines", "Lithuania", "planned"),
        ),
        (
            "Norway is due to send 200 soldiers to Latvia in May.",
            ("Norway", "deploy", "200 soldiers", "Latvia", "planned"),
        ),
        (
            "Italy is scheduled to deploy four fighter jets to Romania.",
            ("Italy", "deploy", "four fighter jets", "Romania", "planned"),
        ),
        (
            "Belgium is about to withdraw its troops from Mali.",
            ("Belgium", "withdraw", "troops", None, "planned"),
        ),
    ],
)
def test_a_movement_after_a_future_semi_auxiliary_is_planned(sentence: str, expected: Key) -> None:
    assert [key(m) for m in movements(sentence)] == [expected]


def test_a_movement_wished_for_stays_none() -> None:
    assert movements("Lithuania expects Spain to move its marines to Klaipeda.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Norway is flying four F-35s to Iceland.",
            ("Norway", "deploy", "four F-35s", "Iceland", "ongoing"),
        ),
        (
            "Germany moved an air defence battery to Slovakia.",
            ("Germany", "deploy", "air defence battery", "Slovakia", "completed"),
        ),
        (
            "Greece moved two artillery batteries to Crete.",
            ("Greece", "deploy", "two artillery batteries", "Crete", "completed"),
        ),
    ],
)
def test_the_forms_and_formations_the_classes_lacked(sentence: str, expected: Key) -> None:
    assert [key(m) for m in movements(sentence)] == [expected]


def test_ships_of_several_states_are_each_states_drill() -> None:
    found = movements(
        "The frigates of Greece, Italy and Spain began a week of naval exercises off Crete."
    )
    assert [(m.actor.name, m.activity) for m in found] == [
        ("Greece", "exercise"),
        ("Italy", "exercise"),
        ("Spain", "exercise"),
    ]


def test_a_claim_made_by_its_claimant_is_a_movement_claimed() -> None:
    (withdrawal,) = movements("Moscow claims that two battalions have pulled back from the border.")
    assert (withdrawal.actor.name, withdrawal.activity) == ("Russia", "withdraw")


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland rejected Russian claims that Polish troops had crossed into Belarus.",
        "Warsaw dismissed the claims that Polish troops had been sent to Belarus.",
    ],
)
def test_a_claim_named_as_a_noun_is_not_asserted(sentence: str) -> None:
    assert [m.activity for m in movements(sentence) if m.activity != "other"] == []


def test_a_drawdown_of_weapons_is_a_supply_not_a_withdrawal() -> None:
    found = movements(
        "The State Department approved a drawdown of $200 million in weapons and ammunition "
        "from U.S. stocks for Moldova."
    )
    assert [m.activity for m in found] == ["supply"]


def test_forces_drawn_down_are_still_a_withdrawal() -> None:
    (withdrawal,) = movements("Britain will draw down its troops in Estonia.")
    assert withdrawal.activity == "withdraw"


@pytest.mark.parametrize(
    "sentence",
    [
        "A convoy of 30 trucks carrying humanitarian aid sent by Hungary arrived in Uzhhorod.",
        "Four Polish planes loaded with food and medicines landed in Lviv.",
    ],
)
def test_vehicles_carrying_a_civilian_cargo_move_no_forces(sentence: str) -> None:
    assert movements(sentence) == []


def test_a_military_convoy_still_moves() -> None:
    (convoy,) = movements("A convoy of Polish armoured vehicles arrived in Lithuania on Monday.")
    assert (convoy.actor.name, convoy.activity) == ("Poland", "deploy")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Russian offensive launched last week continues near Izium.",
        "Russia's offensive, launched four days ago, is still under way.",
        "The offensive launched by Russian troops on Sunday continues.",
    ],
)
def test_an_event_noun_going_on_is_ongoing_whatever_participle_modifies_it(
    sentence: str,
) -> None:
    (offensive,) = movements(sentence)
    assert (offensive.actor.name, offensive.status) == ("Russia", "ongoing")


def test_an_event_launched_with_no_predicate_of_going_on_is_completed() -> None:
    (offensive,) = movements("Russia launched an offensive near Izium on Sunday.")
    assert offensive.status == "completed"


@pytest.mark.parametrize(
    ("sentence", "source", "expected"),
    [
        (
            "Two regiments of the Airborne Forces were brought to full combat readiness on Friday.",
            KREMLIN,
            ("Russia", "alert"),
        ),
        (
            "Marines of the Naval Infantry Brigade held field training near Mykolaiv.",
            KYIV,
            ("Ukraine", "exercise"),
        ),
        (
            "Paratroopers of the Air Assault Forces held tactical training near Rivne.",
            KYIV,
            ("Ukraine", "exercise"),
        ),
    ],
)
def test_a_formation_named_without_its_state_is_the_publishing_states(
    sentence: str, source: str, expected: tuple[str, str]
) -> None:
    found = extract(sentence, source=source).military_movements
    assert [(m.actor.name, m.activity) for m in found] == [expected]


def test_a_formation_named_without_its_state_in_a_news_text_has_no_owner() -> None:
    assert movements("Two regiments of the Airborne Forces were brought to combat readiness.") == []


@pytest.mark.parametrize(
    "sentence",
    ["Deploying the National Guard abroad.", "Sending the National Guard abroad is not planned."],
)
def test_a_gerund_naming_the_act_asserts_no_movement(sentence: str) -> None:
    assert extract(sentence, source=KYIV).military_movements == []


def test_we_in_a_quotation_opening_its_sentence_is_its_speaker_however_long_the_clause() -> None:
    (deployment,) = extract(
        "“We have deployed three more battalions to the Black Sea coast,” President Oleh "
        "Marchenko said at a long meeting with the governors of the southern regions on Friday.",
        source=KYIV,
    ).military_movements
    assert (deployment.actor.name, deployment.activity) == ("Ukraine", "deploy")


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("On Monday, two U.S. F-16 fighters patrolled the skies over Lithuania.", "United States"),
        ("Since Friday, three U.S. F-15E jets have flown over Estonia.", "United States"),
    ],
)
def test_a_state_read_in_one_run_with_a_model_owns_the_forces(sentence: str, owner: str) -> None:
    (movement,) = movements(sentence)
    assert movement.actor.name == owner


def test_coordinated_forces_each_naming_its_owner_are_each_owners_movement() -> None:
    found = movements(
        "Two squadrons of the Hungarian Air Force and the Czech Air Force are patrolling the "
        "skies over Slovakia."
    )
    assert sorted((m.actor.name, m.forces) for m in found) == [
        ("Czech Republic", "Czech Air Force"),
        ("Hungary", "Two squadrons of the Hungarian Air Force"),
    ]


def test_a_patrol_mission_goes_where_it_is_flown() -> None:
    (patrol,) = movements("Two Danish F-16s flew a patrol over the Baltic Sea on Friday.")
    assert (patrol.actor.name, patrol.activity, patrol.destination) == (
        "Denmark",
        "patrol",
        "over the Baltic Sea",
    )


def test_forces_opening_the_clause_are_its_subject_however_long_their_postmodifier() -> None:
    (alert,) = extract(
        "The Naval Infantry Brigade in the coastal districts of the Odesa and Mykolaiv regions "
        "was placed on high alert on Monday.",
        source=KYIV,
    ).military_movements
    assert (alert.actor.name, alert.activity, alert.forces) == (
        "Ukraine",
        "alert",
        "Naval Infantry Brigade",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (a) plain
        (
            "There are roughly 3,000 Danish troops in Latvia right now.",
            [("Denmark", "deploy", "roughly 3,000 Danish troops", "Latvia", "ongoing")],
        ),
        # (b) a fronted adverbial
        (
            "As of this morning, there are 3,000 Danish troops in Latvia.",
            [("Denmark", "deploy", "3,000 Danish troops", "Latvia", "ongoing")],
        ),
        # (c) the owner named another way, the telling hedged ("I would note")
        (
            "I would note there are now more than 800 U.S. service members in Estonia alone.",
            [
                (
                    "United States",
                    "deploy",
                    "more than 800 U.S. service members",
                    "Estonia",
                    "ongoing",
                )
            ],
        ),
        # (d) a postposed reporting clause; one clause of two
        (
            "There are now 3,000 Danish troops in Latvia, the Danish minister said.",
            [("Denmark", "deploy", "3,000 Danish troops", "Latvia", "ongoing")],
        ),
        (
            "There are 3,000 Danish troops in Latvia, and Norway will send 200 more soldiers "
            "to Estonia.",
            [
                ("Denmark", "deploy", "3,000 Danish troops", "Latvia", "ongoing"),
                ("Norway", "deploy", "200 more soldiers", "Estonia", "planned"),
            ],
        ),
    ],
)
def test_forces_counted_in_a_place_by_the_existential_are_deployed_there(
    sentence: str, expected: list[Key]
) -> None:
    assert [key(m) for m in movements(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "There are claims that Danish units are in Latvia.",
        "There are 2 million refugees in Poland.",
        "There are no Danish troops in Latvia.",
        "If there are 3,000 Danish troops in Latvia, Russia will respond.",
        "Are there 3,000 Danish troops in Latvia?",
    ],
)
def test_an_existential_with_no_forces_counted_in_a_place_is_no_movement(sentence: str) -> None:
    assert movements(sentence) == []


_LATVIA = ("Norway", "deploy", "300 soldiers", "Latvia", "completed")


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # (a) plain: forces with no owner in the clause coordinated after an owned movement
        (
            "Norway has deployed 300 soldiers to Latvia, and an additional 2,000 personnel "
            "from the 2nd Battalion are preparing to deploy to Estonia.",
            "2nd Battalion",
        ),
        # (b) fronted adverbials
        (
            "Since January, after the talks in Oslo, Norway has deployed 300 soldiers to "
            "Latvia, and 200 more personnel are preparing to deploy to Estonia.",
            "200 more personnel",
        ),
        # (c) the owner named another way: its ministry
        (
            "The Norwegian defence ministry has deployed 300 soldiers to Latvia, and 200 more "
            "personnel are preparing to deploy to Estonia.",
            "200 more personnel",
        ),
        # (d) a postposed reporting clause
        (
            "Norway has deployed 300 soldiers to Latvia, and 200 more personnel are preparing "
            "to deploy to Estonia, the minister said.",
            "200 more personnel",
        ),
    ],
)
def test_unowned_forces_in_a_coordinated_clause_are_the_first_clauses_owners(
    sentence: str, second: str
) -> None:
    assert [key(m) for m in movements(sentence)] == [
        _LATVIA,
        ("Norway", "deploy", second, "Estonia", "planned"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway has deployed 300 soldiers to Latvia, while 200 more personnel from an unnamed "
        "ally are preparing to deploy to Estonia.",
        "Norway has deployed 300 soldiers to Latvia once the approvals for 200 more personnel "
        "have been received.",
    ],
)
def test_unowned_forces_in_a_contrast_or_a_subordinate_clause_carry_no_owner(
    sentence: str,
) -> None:
    assert [key(m) for m in movements(sentence)] == [_LATVIA]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (a) plain: "when" dates the withdrawal by the exercises' end
        (
            "Norway will withdraw its troops from Latvia when the exercises end.",
            [("Norway", "withdraw", "troops", None, "planned")],
        ),
        # (b) fronted: "ahead of" dates the arrival
        (
            "Ahead of exercises announced for March, Norwegian units are arriving in Latvia.",
            [("Norway", "deploy", "Norwegian units", "Latvia", "ongoing")],
        ),
        # (c) the owner named another way, "prior to"
        (
            "The Norwegian defence ministry said its units are arriving in Latvia prior to the "
            "drills.",
            [("Norway", "deploy", "units", "Latvia", "ongoing")],
        ),
        # (d) a postposed reporting clause in a two-clause sentence
        (
            "Norwegian units are arriving in Latvia ahead of the drills, the ministry said, and "
            "Danish jets will follow.",
            [("Norway", "deploy", "Norwegian units", "Latvia", "ongoing")],
        ),
    ],
)
def test_exercises_in_a_time_adjunct_only_date_the_clauses_movement(
    sentence: str, expected: list[Key]
) -> None:
    assert [key(m) for m in movements(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Norwegian units are holding exercises in Latvia.",
        "When the talks failed, Norwegian units began exercises in Latvia.",
    ],
)
def test_exercises_a_clause_reports_are_an_item_whatever_dates_them(sentence: str) -> None:
    assert [key(m) for m in movements(sentence)] == [
        ("Norway", "exercise", "Norwegian units", "Latvia", "ongoing")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (a) plain: the transitive return, the forces its object
        (
            "Norway will return all participating units to their permanent bases next week.",
            ("Norway", "withdraw", "units", "their permanent bases", "planned"),
        ),
        # (b) a fronted adverbial
        (
            "After the drills, Norway returned its troops to their garrisons.",
            ("Norway", "withdraw", "troops", "their garrisons", "completed"),
        ),
        # (c) the owner named another way; (d) a postposed reporting clause
        (
            "The Norwegian defence ministry is returning 300 soldiers to their bases, the "
            "minister said.",
            ("Norway", "withdraw", "300 soldiers", "their bases", "ongoing"),
        ),
    ],
)
def test_forces_returned_to_their_bases_are_withdrawn(sentence: str, expected: Key) -> None:
    assert [key(m) for m in movements(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway returned the documents to their owners.",
        "Norway wants Russia to return its troops to their bases.",
    ],
)
def test_a_return_of_no_forces_or_one_wished_for_is_no_withdrawal(sentence: str) -> None:
    assert movements(sentence) == []
