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
    # The verb of arriving is there; the subject read whole is officials, not forces.
    assert movements("Finnish officials, including two ministers, have arrived in Kyiv.") == []


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
    goal, the movement and both places are read."""
    found = movements(text)
    assert [(m.actor.name, m.activity, m.forces, m.origin, m.destination) for m in found] == [
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
        "Spain has gathered 30,000 troops along Portugal's border, and it has moved two"
        " battalions to Andorra.",
        "After the talks, Spain gathered 30,000 troops along Portugal's border, and it moved"
        " two battalions to Andorra.",
        "Our estimate is that Spain has gathered 30,000 troops along Portugal's border, and it"
        " has moved two battalions to Andorra.",
        "Spain has gathered 30,000 troops along Portugal's border, and it is moving two"
        " battalions to Andorra, the minister said.",
    ],
)
def test_a_pronoun_subject_after_and_carries_on_the_movements_owner(text: str) -> None:
    """ "it" opening the second clause is the first clause's subject, not the state named
    in its place ("Portugal's border")."""
    found = movements(text)
    assert [(m.actor.name, m.activity) for m in found] == [("Spain", "mass"), ("Spain", "deploy")]


def test_a_state_named_as_the_second_clauses_subject_owns_its_movement() -> None:
    found = movements(
        "Spain has gathered 30,000 troops along Portugal's border, and Portugal has moved two"
        " battalions to Andorra."
    )
    assert [(m.actor.name, m.activity) for m in found] == [
        ("Spain", "mass"),
        ("Portugal", "deploy"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Today, we\'ve approved the deployment of 300 soldiers to Estonia," Swedish Defence'
            " Minister Ola Berg said.",
            [("300 soldiers", "Estonia")],
        ),
        (
            '"Today, we\'ve approved sending 300 more soldiers to Estonia," Swedish Defence'
            " Minister Ola Berg said.",
            [("300 more soldiers", "Estonia")],
        ),
        (
            "Swedish Defence Minister Ola Berg spoke in Stockholm. \"I've authorized the"
            ' deployment of 300 soldiers to Estonia," he said.',
            [("300 soldiers", "Estonia")],
        ),
        (
            "\"I've authorized the deployment of 300 soldiers to Estonia and I've ordered two"
            ' frigates to the Baltic Sea," Berg, the Swedish defence minister, said.',
            [("300 soldiers", "Estonia"), ("two frigates", "the Baltic Sea")],
        ),
    ],
)
def test_a_contracted_first_person_deciding_a_movement_owns_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "I've authorized the deployment of": the speaker's "I've" is the subject of the
    verb of deciding that governs the movement noun or gerund."""
    found = movements(text)
    assert [(m.actor.name, m.activity, m.forces, m.destination, m.status) for m in found] == [
        ("Sweden", "deploy", forces, where, "planned") for forces, where in expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"Today, we\'ve approved the deployment of a new field hospital in Tartu," Swedish'
        " Defence Minister Ola Berg said.",
        '"Today, I\'ve authorized the publication of the report," Swedish Defence Minister Ola'
        " Berg said.",
    ],
)
def test_a_decision_moving_no_forces_gives_none(text: str) -> None:
    assert movements(text) == []


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
        "Estonia will continue to provide Ukraine with practical assistance, including anti-tank"
        " weapons.",
        "On Monday, Estonia said it would continue to provide Ukraine with practical assistance,"
        " including anti-tank weapons.",
        '"We will keep providing Ukraine with practical help, such as helmets and body armour,"'
        " the Estonian minister said.",
        "Tallinn will continue to provide Kyiv with practical assistance, including anti-tank"
        " weapons, and it will host Ukrainian cadets.",
    ],
)
def test_weapons_listed_in_help_still_to_be_given_are_a_pledge(text: str) -> None:
    """The guide: assistance offered is support; only weapons sent are a supply."""
    assert movements(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonia has provided Ukraine with technical assistance, including 300 Javelin"
            " missiles.",
            "300 Javelin missiles",
        ),
        (
            "Tallinn has provided Ukraine with military aid, including 300 Javelin missiles.",
            "military aid",
        ),
    ],
)
def test_help_given_already_with_weapons_in_it_is_a_supply(text: str, expected: str) -> None:
    found = movements(text)
    assert [(m.actor.name, m.activity, m.forces, m.destination, m.status) for m in found] == [
        ("Estonia", "supply", expected, "Ukraine", "completed")
    ]


_BEFORE = "Sweden sent 400 soldiers to Latvia in May. "


@pytest.mark.parametrize(
    "text",
    [
        "The Finnish side says its units will return to their bases in September.",
        "After the talks, the Finnish side said its units would return to their bases.",
        "The Finnish side, according to Virta, keeps assuring that its units will return to"
        " their bases.",
        "The Finnish side says its units will return to their bases, and Virta will visit Riga.",
    ],
)
def test_a_possessive_pronoun_is_bound_by_its_sentences_subject(text: str) -> None:
    """ "its units" after "The Finnish side … says" are Finland's, not those of the state
    named last before the sentence (Latvia)."""
    found = [m for m in movements(_BEFORE + text) if m.activity == "withdraw"]
    assert [(m.actor.name, m.forces) for m in found] == [("Finland", "units")]


def test_a_party_named_between_the_subject_and_the_pronoun_keeps_it() -> None:
    found = movements(_BEFORE + "The Finnish side said Latvia would move its units to the border.")
    assert [(m.actor.name, m.forces) for m in found if m.activity == "deploy"][-1] == (
        "Latvia",
        "units",
    )


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        (
            "Norwegian units have arrived in Lithuania. They will return to their bases in May.",
            "Norwegian units",
        ),
        (
            "Norwegian units have arrived in Lithuania. Upon completion of the exercise, they"
            " will return to their permanent bases.",
            "Norwegian units",
        ),
        (
            "Norway's defence minister said 300 soldiers had arrived in Lithuania. They will"
            " return to their bases in May.",
            "300 soldiers",
        ),
        (
            "Norwegian units have arrived in Lithuania. The drills end on Friday, and they will"
            " then return to their bases.",
            "Norwegian units",
        ),
    ],
)
def test_they_after_a_movement_are_its_forces(text: str, forces: str) -> None:
    """ "they" as the subject of a movement verb right after a movement is told stands for
    its forces, and their owner is that movement's."""
    found = [m for m in movements(text) if m.activity == "withdraw"]
    assert [(m.actor.name, m.forces, m.status) for m in found] == [("Norway", forces, "planned")]
    assert found[0].destination is not None
    assert "May" not in found[0].destination


@pytest.mark.parametrize(
    "text",
    [
        "Norway has sent 300 soldiers to Lithuania. They said the move was a mistake.",
        "Norway has sent 300 soldiers to Lithuania. In 2015, they returned to politics.",
    ],
)
def test_they_with_no_movement_verb_moves_nothing_more(text: str) -> None:
    assert [m.activity for m in movements(text)] == ["deploy"]


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
            "500 Stinger missiles",
        ),
        (
            "More is on its way: Norway has confirmed the shipment of 500 Stinger missiles.",
            "500 Stinger missiles",
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
