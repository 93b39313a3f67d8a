"""Military movements: an activity trigger with its forces, their owner, place and status;
nothing hypothetical, asked for or denied."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import MilitaryMovement, Quote


def movements(text: str) -> list[MilitaryMovement[Quote]]:
    return extract(text).military_movements


def test_a_build_up_with_its_figure_and_place() -> None:
    (m,) = movements("Russia has massed around 40,000 troops near the Georgian border.")
    assert (m.actor.name, m.activity, m.forces, m.destination, m.status) == (
        "Russia",
        "mass",
        "around 40,000 troops",
        "near the Georgian border",
        "ongoing",
    )
    assert m.quantity is not None
    assert (m.quantity.low, m.quantity.approximate) == (40000, True)


def test_a_deployment_announced_is_planned_and_owned_by_the_speakers_state() -> None:
    (m,) = movements(
        "The Norwegian defence ministry said it would deploy 300 soldiers to Lithuania next week."
    )
    assert (m.actor.name, m.activity, m.forces, m.destination, m.status, m.when) == (
        "Norway",
        "deploy",
        "300 soldiers",
        "Lithuania",
        "planned",
        "next week",
    )


def test_an_alert_is_the_owners_forces_on_alert() -> None:
    (m,) = movements("Poland put its air defence units on high alert.")
    assert (m.actor.name, m.activity, m.status) == ("Poland", "alert", "ongoing")


def test_the_forces_that_intercept_are_before_the_trigger() -> None:
    (m,) = movements("Turkish F-16 jets intercepted two Russian bombers over the Black Sea.")
    assert (m.actor.name, m.activity, m.forces, m.status) == (
        "Turkey",
        "intercept",
        "Turkish F-16 jets",
        "completed",
    )


def test_a_passive_supply_is_its_agents() -> None:
    (m,) = movements("Ammunition was delivered to Ukraine by Sweden on Tuesday.")
    assert (m.actor.name, m.activity, m.destination, m.status, m.when) == (
        "Sweden",
        "supply",
        "Ukraine",
        "completed",
        "on Tuesday",
    )


def test_a_place_named_by_a_base_is_no_owner() -> None:
    (m,) = movements("Around 500 Germany-based US troops will move to Poland.")
    assert (m.actor.name, m.destination, m.status) == ("United States", "Poland", "planned")


def test_an_exercise_is_its_own_forces() -> None:
    (m,) = movements("Russia began large-scale exercises with Belarus on Thursday.")
    assert (m.actor.name, m.activity, m.forces, m.status) == (
        "Russia",
        "exercise",
        "large-scale exercises",
        "ongoing",
    )


def test_a_day_or_month_is_no_destination() -> None:
    draft = movements("The Netherlands will send 200 troops to Romania. They will arrive in March.")
    assert [(m.actor.name, m.destination) for m in draft] == [("Netherlands", "Romania")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Belarus could send troops to the border if the crisis deepens.",
        "Canada urged Russia to withdraw its forces.",
        "Denmark does not plan to deploy troops to Ukraine.",
        "Will Russia withdraw its troops from the border?",
    ],
)
def test_a_movement_that_is_possible_asked_for_or_denied_is_none(sentence: str) -> None:
    assert movements(sentence) == []


def test_a_movement_judged_by_its_subject_is_not_the_subjects() -> None:
    """ "Estonia condemned the shelling": Estonia shells nothing."""
    assert movements("Estonia strongly condemned the shelling of Kharkiv.") == []


def test_forces_without_an_owner_right_after_a_movement_are_its_owners() -> None:
    draft = movements(
        "Spain will deploy two frigates to the Black Sea. Around 150 sailors will be "
        "deployed with them."
    )
    assert [(m.actor.name, m.forces) for m in draft] == [
        ("Spain", "two frigates"),
        ("Spain", "Around 150 sailors"),
    ]


def test_a_suggestion_of_the_movement_itself_is_the_suggesters() -> None:
    (m,) = movements("Romania suggests transferring the seized tanks to Moldova.")
    assert (m.actor.name, m.activity, m.destination, m.status) == (
        "Romania",
        "supply",
        "Moldova",
        "planned",
    )


def test_a_proposal_not_yet_decided_is_no_movement() -> None:
    assert movements("Romania proposes sending 200 soldiers to Moldova.") == []


def test_a_demand_about_another_party_leaves_the_movement_unowned() -> None:
    assert (
        movements(
            "Norway stressed the need for talks following reports of the military build-up "
            "near Finland."
        )
        == []
    )


def test_a_purpose_is_no_destination() -> None:
    (m,) = movements("Danish jets were scrambled to chase off Russian bombers over the sea.")
    assert (m.actor.name, m.activity, m.destination) == ("Denmark", "intercept", None)


def test_a_government_named_by_its_leader_is_that_leaders() -> None:
    draft = movements(
        "President Daniel Reed of the United States spoke on Monday. The Reed administration "
        "has authorised the transfer of ammunition to Moldova."
    )
    assert [(m.actor.name, m.activity, m.destination) for m in draft] == [
        ("United States", "supply", "Moldova")
    ]


def test_a_verb_in_its_bare_form_is_a_trigger() -> None:
    (m,) = movements("Sweden will deliver 400 anti-tank weapons to Moldova.")
    assert (m.actor.name, m.activity, m.forces, m.destination, m.status) == (
        "Sweden",
        "supply",
        "400 anti-tank weapons",
        "Moldova",
        "planned",
    )


def test_an_abbreviation_inside_the_forces_ends_no_clause() -> None:
    (m,) = movements("The United States will send 200 U.S. marines to Estonia.")
    assert (m.actor.name, m.forces, m.destination) == (
        "United States",
        "200 U.S. marines",
        "Estonia",
    )


def test_continuing_a_movement_is_doing_it() -> None:
    (m,) = movements("Russia continues to amass troops near the Finnish border.")
    assert (m.actor.name, m.activity, m.status) == ("Russia", "mass", "ongoing")


def test_a_return_to_permanent_bases_is_a_withdrawal() -> None:
    (m,) = movements("Belarusian units are returning to their permanent bases.")
    assert (m.actor.name, m.activity) == ("Belarus", "withdraw")


def test_weapons_sent_to_a_party_are_supplied() -> None:
    (m,) = movements("Denmark will send 300 missiles to Moldova.")
    assert (m.actor.name, m.activity, m.destination, m.status) == (
        "Denmark",
        "supply",
        "Moldova",
        "planned",
    )


def test_weapons_deployed_are_a_deployment() -> None:
    (m,) = movements("Russia deployed missiles to Belarus.")
    assert (m.actor.name, m.activity, m.status) == ("Russia", "deploy", "completed")


@pytest.mark.parametrize(
    ("sentence", "activity", "forces"),
    [
        ("Belarus has repositioned 3,000 troops near Lithuania.", "deploy", "3,000 troops"),
        ("Hungary called up 2,000 reservists.", "deploy", "2,000 reservists"),
        ("Romania put its navy on high alert.", "alert", "navy"),
        ("Canada airlifted ammunition to Moldova.", "supply", "ammunition"),
        ("Norway will deploy peacekeepers to Kosovo.", "deploy", "peacekeepers"),
    ],
)
def test_force_posture_verbs_and_forces_of_cameo_15(
    sentence: str, activity: str, forces: str
) -> None:
    (m,) = movements(sentence)
    assert (m.activity, m.forces) == (activity, forces)


def test_positioned_without_forces_is_no_movement() -> None:
    assert movements("Finland is well positioned to help Estonia.") == []


def test_weapons_received_from_a_party_are_that_partys_supply() -> None:
    (m,) = movements("Moldova received 300 anti-tank missile systems from Romania on Monday.")
    assert (m.actor.name, m.activity, m.forces, m.destination, m.status) == (
        "Romania",
        "supply",
        "300 anti-tank missile systems",
        "Moldova",
        "completed",
    )


def test_weapons_received_from_nobody_named_have_no_owner() -> None:
    assert movements("Moldova received 300 missiles.") == []


def test_forces_moved_towards_a_place_are_deployed() -> None:
    (m,) = movements("Belarus has moved 5,000 troops to the Lithuanian border.")
    assert (m.actor.name, m.activity, m.forces, m.status) == (
        "Belarus",
        "deploy",
        "5,000 troops",
        "completed",
    )


def test_moving_without_a_direction_is_no_movement() -> None:
    assert movements("Norway must move quickly on sanctions against Belarus.") == []


def test_forces_put_on_combat_duty_are_alerted() -> None:
    (m,) = movements("Belarus put its strategic forces on combat duty.")
    assert (m.actor.name, m.activity, m.forces) == ("Belarus", "alert", "strategic forces")


def test_an_order_governing_a_long_infinitive_makes_the_movement_planned() -> None:
    (m,) = movements(
        "The Belarusian defence minister ordered the commanders to put the strategic forces "
        "of the country on a special mode of combat duty."
    )
    assert (m.actor.name, m.activity, m.status) == ("Belarus", "alert", "planned")


def test_the_forces_that_mass_are_the_forces_not_the_verb() -> None:
    (m,) = movements("Around 40,000 Russian troops have massed near the Finnish border.")
    assert (m.forces, m.activity) == ("Around 40,000 Russian troops", "mass")


def test_an_owner_of_other_forces_earlier_in_the_clause_owns_no_build_up_phrase() -> None:
    (m,) = movements("Russia's navy left port while its large-scale exercises continued.")
    assert m.forces == "its large-scale exercises"


def test_definite_forces_are_those_named_before_whatever_they_do_now() -> None:
    found = movements(
        "Belarus has massed 20,000 troops near Lithuania. The troops will return to their "
        "permanent bases next month."
    )
    assert [(m.actor.name, m.activity, m.status) for m in found] == [
        ("Belarus", "mass", "ongoing"),
        ("Belarus", "withdraw", "planned"),
    ]


def test_increasing_the_troops_is_a_build_up() -> None:
    (m,) = movements("Belarus has increased its troop presence near the Lithuanian border.")
    assert (m.actor.name, m.activity, m.forces) == ("Belarus", "mass", "troop presence")


def test_increasing_other_things_is_no_movement() -> None:
    assert movements("Poland will increase pressure on Belarus and its forces.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Netherlands provided more than $90 million in military aid to Moldova.",
            ("Netherlands", "supply", "$90 million in military aid", "Moldova", "completed"),
        ),
        (
            "Norway delivered 40 tons of lethal aid to Georgia.",
            ("Norway", "supply", "lethal aid", "Georgia", "completed"),
        ),
        (
            "Finland will deliver 2,000 helmets to Moldova.",
            ("Finland", "supply", "2,000 helmets", "Moldova", "planned"),
        ),
        (
            "Belgium has flown 500 anti-tank missiles to Georgia.",
            ("Belgium", "supply", "500 anti-tank missiles", "Georgia", "completed"),
        ),
    ],
)
def test_aid_that_is_weapons_or_equipment_sent_is_a_supply(
    text: str, expected: tuple[str, ...]
) -> None:
    (m,) = movements(text)
    assert (m.actor.name, m.activity, m.forces, m.destination, m.status) == expected


def test_forces_landing_in_a_place_are_deployed_there() -> None:
    (m,) = movements("The first Spanish troops landed in Latvia on Sunday.")
    assert (m.actor.name, m.activity, m.destination, m.status) == (
        "Spain",
        "deploy",
        "Latvia",
        "completed",
    )


def test_a_person_flying_somewhere_moves_no_forces() -> None:
    assert movements("President Anna Berg of Finland flew to Brussels on Monday.") == []


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        (
            "Spain will send 800 soldiers from Italy to the Baltic region.",
            "Italy",
            "the Baltic region",
        ),
        (
            "Around 2,000 soldiers from Fort Hood will be sent to Latvia by Spain.",
            "Fort Hood",
            "Latvia",
        ),
        (
            "Norway welcomed the withdrawal of Russian units from Transnistria.",
            "Transnistria",
            None,
        ),
        ("Russia withdrew troops from the border on Monday.", None, None),
    ],
)
def test_where_forces_come_from_is_their_origin(
    text: str, origin: str | None, destination: str | None
) -> None:
    (m,) = movements(text)
    assert (m.origin, m.destination) == (origin, destination)


def test_authorising_aid_that_is_weapons_is_a_planned_supply() -> None:
    (m,) = movements(
        "President Anna Berg of Finland authorized an additional $50 million in security "
        "assistance for Moldova."
    )
    assert (m.actor.name, m.activity, m.forces, m.status) == (
        "Finland",
        "supply",
        "an additional $50 million in security assistance",
        "planned",
    )


def test_building_up_forces_is_a_build_up_and_building_up_alone_is_nothing() -> None:
    (m,) = movements("Russia continues to build up its forces around Georgia.")
    assert (m.actor.name, m.activity, m.destination, m.status) == (
        "Russia",
        "mass",
        "around Georgia",
        "ongoing",
    )
    assert movements("Russia continues to build up.") == []


def test_where_forces_are_now_is_passed_over_to_where_they_go() -> None:
    (m,) = movements("Spain will move troops stationed in Latvia to Estonia.")
    assert (m.actor.name, m.destination, m.status) == ("Spain", "Estonia", "planned")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain pledged to send troops to Latvia.", ("Spain", "deploy", "Latvia", "planned")),
        (
            "Russian troops took part in exercises in Belarus.",
            ("Russia", "exercise", "Belarus", "completed"),
        ),
        ("Russian troops remain in Belarus.", ("Russia", "deploy", "Belarus", "ongoing")),
    ],
)
def test_pledges_taking_part_and_staying_on(text: str, expected: tuple[str, ...]) -> None:
    (m,) = movements(text)
    assert (m.actor.name, m.activity, m.destination, m.status) == expected


def test_what_remains_without_forces_is_no_movement() -> None:
    assert movements("Tensions remain in the region.") == []


def test_formations_are_counted_as_formations() -> None:
    (m,) = movements("Russia has moved 14 more BTGs to the border.")
    assert m.forces == "14 more BTGs"
    assert m.quantity is not None
    assert (m.quantity.low, m.quantity.unit) == (14, "other")
    (arrived,) = movements("Russian battalion tactical groups arrived in Belarus on Monday.")
    assert (arrived.forces, arrived.destination) == ("Russian battalion tactical groups", "Belarus")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers in Tbilisi showed reporters anti-tank weapons handed over to Georgia by "
            "foreign partners.",
            ("foreign partners", "other", "supply", "Georgia"),
        ),
        (
            "Georgia has received air defence systems delivered by Western allies.",
            ("Western allies", "other", "supply", None),
        ),
        (
            "Steps taken by Belarus to deploy additional troops to the border worried Lithuania.",
            ("Belarus", "state", "deploy", "the border"),
        ),
        (
            "Lithuania's defence ministry described the steps taken by Belarus to reinforce its "
            "troops along the Polish border.",
            ("Belarus", "state", "deploy", "along the Polish border"),
        ),
    ],
)
def test_the_agent_of_a_by_phrase_owns_the_movement(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    (m,) = movements(text)
    assert (m.actor.name, m.actor.kind, m.activity, m.destination) == expected


def test_an_agent_named_by_whose_partners_it_is_names_no_owner() -> None:
    assert movements("The minister inspected rifles provided by our partners.") == []


def test_a_purpose_still_wished_for_is_no_movement() -> None:
    assert movements("Lithuania urged Belarus to deploy no troops to the border.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several hundred Norwegian military trainers and special forces are already inside "
            "Lithuania, and more may follow.",
            (
                "Norway",
                "Several hundred Norwegian military trainers and special forces",
                "Lithuania",
            ),
        ),
        (
            "Finland demands the return home of Russian paratroopers stationed near the Finnish "
            "border.",
            ("Russia", "Russian paratroopers", "near the Finnish border"),
        ),
        (
            "Lithuania called on Belarus to pull back the Russian forces stationed along the "
            "Polish border.",
            ("Russia", "Russian forces", "along the Polish border"),
        ),
        (
            "Poland wants Russian troops deployed in Belarus to leave.",
            ("Russia", "Russian troops", "Belarus"),
        ),
    ],
)
def test_forces_stated_to_stand_somewhere_are_deployed_there_now(
    text: str, expected: tuple[str, str, str]
) -> None:
    (m,) = [m for m in movements(text) if m.activity == "deploy"]
    assert (m.actor.name, m.forces, m.destination) == expected
    assert m.status == "ongoing"


def test_a_deployment_wished_for_is_still_no_movement() -> None:
    assert movements("Latvia expects Russia to deploy troops near the border.") == []


def test_forces_of_another_state_are_not_joined_to_the_subject() -> None:
    found = movements("Danish troops and Norwegian special forces arrived in Lithuania.")
    assert sorted((m.actor.name, m.forces) for m in found) == [
        ("Denmark", "Danish troops"),
        ("Norway", "Norwegian special forces"),
    ]


def test_forces_already_there_are_not_the_ones_to_be_sent() -> None:
    found = movements(
        "Denmark will send 500 more troops to the region. A few hundred Danish instructors "
        "and special forces are inside Latvia."
    )
    assert [(m.status, m.destination) for m in found] == [
        ("planned", "the region"),
        ("ongoing", "Latvia"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday, Western countries began sending anti-tank rockets to Georgia.",
            ("Western countries", "supply"),
        ),
        (
            "Armenia reported the shelling of two border posts and a nearby village on Sunday "
            "by illegal armed groups.",
            ("illegal armed groups", "other"),
        ),
        (
            "The front is quiet, but foreign mercenaries will deploy more troops to the valley.",
            ("foreign mercenaries", "deploy"),
        ),
    ],
)
def test_a_group_the_vocabulary_lacks_moves_as_the_text_names_it(
    text: str, expected: tuple[str, str]
) -> None:
    found = [(m.actor.name, m.actor.kind, m.activity) for m in movements(text)]
    assert (expected[0], "other", expected[1]) in found


def test_the_agent_of_a_relative_clause_owns_no_movement() -> None:
    found = movements(
        "Georgia spoke of deliveries of rifles to the army that were seized by illegal armed "
        "groups."
    )
    assert all(m.actor.name != "illegal armed groups" for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Belarusian defence ministry complained about the deployment of NATO forces "
            "along its western border.",
            ("NATO", "deploy"),
        ),
        (
            "Latvia welcomed the decision to activate the NATO Response Force on Monday.",
            ("NATO", "alert"),
        ),
    ],
)
def test_a_name_before_the_forces_noun_is_their_owner(text: str, expected: tuple[str, str]) -> None:
    (m,) = movements(text)
    assert (m.actor.name, m.activity) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Norwegian units returned to their bases after the end of the manoeuvres.",
        "Norwegian units will return to their bases once the drills are over.",
        "Following Norway's naval exercises, the frigates returned to their bases.",
    ],
)
def test_an_exercise_that_dates_a_return_is_background(sentence: str) -> None:
    assert [m.activity for m in movements(sentence)] == ["withdraw"]


def test_an_exercise_joined_by_as_well_as_is_no_time_adjunct() -> None:
    found = movements("Norway sent frigates to the Arctic as well as exercises with Denmark.")
    assert [m.activity for m in found] == ["deploy", "exercise"]


@pytest.mark.parametrize(
    ("sentence", "forces"),
    [
        ("Oslo is worried by the large number of Swedish troops near the fjord.", "Swedish troops"),
        (
            "He said the number of Swedish brigades along the frontier had risen to nine.",
            "Swedish brigades",
        ),
    ],
)
def test_the_number_of_forces_at_a_place_or_grown_is_a_build_up(sentence: str, forces: str) -> None:
    (m,) = movements(sentence)
    assert (m.actor.name, m.activity, m.forces) == ("Sweden", "mass", forces)


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of Swedish refugees near the fjord has grown.",
        "Sweden published the number of troops killed in the accident.",
    ],
)
def test_a_number_of_people_or_of_troops_elsewhere_is_no_build_up(sentence: str) -> None:
    assert [m.activity for m in movements(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("The number of the Armed Forces of Norway will be increased by 5,000 soldiers.", "Norway"),
        (
            "Yesterday three cargo planes with Javelin missiles from Denmark landed in Riga.",
            "Denmark",
        ),
        ("Sweden moved 500 troops from Norway to Finland.", "Sweden"),
    ],
)
def test_a_state_after_the_forces_owns_them_of_always_from_only_for_weapons(
    sentence: str, owner: str
) -> None:
    (m,) = movements(sentence)
    assert m.actor.name == owner


def test_a_deployment_requested_is_no_movement_even_once_the_request_is_approved() -> None:
    text = "The parliament approved the president's request to deploy the Armed Forces of Norway."
    assert movements(text) == []


def test_a_span_of_time_up_to_now_is_the_movements_when_and_hides_no_subject() -> None:
    (m,) = movements("In fact, over the past few days Norway has sent 300 soldiers to Lithuania.")
    assert (m.actor.name, m.activity, m.when) == ("Norway", "deploy", "over the past few days")


def test_forces_that_took_part_are_in_an_exercise_the_whole_listed_subject_moving() -> None:
    (m,) = movements("About 3,000 Norwegian soldiers, 40 tanks and 12 helicopters took part.")
    assert (m.actor.name, m.activity, m.forces) == (
        "Norway",
        "exercise",
        "About 3,000 Norwegian soldiers, 40 tanks and 12 helicopters",
    )
    assert m.quantity is not None
    assert m.quantity.low == 3000


def test_forces_taking_part_in_a_ceremony_are_in_no_exercise() -> None:
    assert movements("Norwegian soldiers took part in the ceremony in Oslo.") == []


def test_a_list_of_forces_is_joined_only_up_to_a_member_with_its_own_owner() -> None:
    (m,) = movements("Norwegian soldiers, 30 tanks and 200 Danish marines took part.")
    assert (m.actor.name, m.forces) == ("Denmark", "200 Danish marines")


def test_training_conducted_is_a_drill_of_its_subject_not_of_its_partner() -> None:
    (m,) = movements(
        "Danish marines were conducting joint training with the Norwegian units near Bergen."
    )
    assert (m.actor.name, m.activity, m.forces) == ("Denmark", "exercise", "Danish marines")


def test_forces_in_a_that_clause_after_a_nominal_trigger_are_not_its_forces() -> None:
    text = "Estonia praised the deployment and noted that Danish troops would train nearby."
    assert [m.activity for m in movements(text)] == []


def test_a_movement_told_in_a_finite_time_clause_is_still_reported() -> None:
    found = movements("After Norway deployed 300 Norwegian soldiers to Latvia, Russia protested.")
    assert [(m.actor.name, m.activity) for m in found] == [("Norway", "deploy")]
