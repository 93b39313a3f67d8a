"""Military movements by verb class: every common verb of each activity's class, in its
active, passive, nominal and planned forms, and the places and figures that go with them."""

from __future__ import annotations

from datetime import date

import pytest
from baseline_helpers import KYIV, extract

from summarise.article import Article
from summarise.extraction.backends.baseline.extract import extract_article
from summarise.schema import MilitaryMovement, Quote


def movements(text: str) -> list[MilitaryMovement[Quote]]:
    return extract(text).military_movements


Key = tuple[str, str, str, str | None, str]


def key(m: MilitaryMovement[Quote]) -> Key:
    return (m.actor.name, m.activity, m.forces, m.destination, m.status)


# The one movement each sentence reports, by the verb class or construction it stands for:
# its owner, activity, forces, destination and status.
_ONE_MOVEMENT: dict[str, list[tuple[str, Key]]] = {
    "the_move_to_class_names_its_forces_and_where_they_go": [
        (
            "Turkey brought two frigates into the Aegean Sea.",
            ("Turkey", "deploy", "two frigates", "the Aegean Sea", "completed"),
        ),
        (
            "Greece shifted an armoured brigade to the islands of the Aegean.",
            ("Greece", "deploy", "armoured brigade", "the islands of the Aegean", "completed"),
        ),
        (
            "The Spanish defence minister ordered 200 marines to Lithuania.",
            ("Spain", "deploy", "200 marines", "Lithuania", "planned"),
        ),
        (
            "A Dutch frigate sailed to the Baltic Sea on Monday.",
            ("Netherlands", "deploy", "Dutch frigate", "the Baltic Sea", "completed"),
        ),
        (
            "About 500 Czech troops are now based in Slovakia.",
            ("Czech Republic", "deploy", "About 500 Czech troops", "Slovakia", "ongoing"),
        ),
    ],
    "forces_gathered_held_or_raised_near_a_border_are_a_build_up": [
        (
            "Russia has gathered 40,000 troops near the Georgian border.",
            ("Russia", "mass", "40,000 troops", "near the Georgian border", "ongoing"),
        ),
        (
            "Russia keeps 25,000 soldiers along the Latvian border.",
            ("Russia", "mass", "25,000 soldiers", "along the Latvian border", "ongoing"),
        ),
        (
            "Belarus now has about 20,000 troops near the Polish border.",
            ("Belarus", "mass", "about 20,000 troops", "near the Polish border", "ongoing"),
        ),
        (
            "Russia, which has 90,000 troops near the border, denies any plan to attack.",
            ("Russia", "mass", "90,000 troops", "near the border", "ongoing"),
        ),
        (
            "Norway boosted its forces in the Arctic.",
            ("Norway", "mass", "forces", "the Arctic", "ongoing"),
        ),
    ],
    "reconnaissance_surveillance_and_air_policing_are_patrols": [
        (
            "Italian jets flew surveillance flights over Romania.",
            ("Italy", "patrol", "Italian jets", "over Romania", "completed"),
        ),
        (
            "Spanish fighters carried out air policing missions over Lithuania.",
            ("Spain", "patrol", "Spanish fighters", "over Lithuania", "unclear"),
        ),
    ],
    "a_smaller_force_or_a_return_home_is_a_withdrawal": [
        (
            "Belarus will reduce its contingent in Syria.",
            ("Belarus", "withdraw", "contingent", "Syria", "planned"),
        ),
        (
            "The Russian units will go back to their permanent deployment sites.",
            ("Russia", "withdraw", "Russian units", "their permanent deployment sites", "planned"),
        ),
    ],
    "the_giving_class_and_its_recipient": [
        (
            "Canada gave Ukraine 4,500 rocket launchers.",
            ("Canada", "supply", "4,500 rocket launchers", "Ukraine", "completed"),
        ),
        (
            "Slovakia sold 30 howitzers to Ukraine.",
            ("Slovakia", "supply", "30 howitzers", "Ukraine", "completed"),
        ),
        (
            "Norway will provide Ukraine with 2,000 anti-tank weapons.",
            ("Norway", "supply", "2,000 anti-tank weapons", "Ukraine", "planned"),
        ),
        (
            "The Dutch minister told him that a second batch of Dutch Stinger missiles would "
            "be delivered to Ukraine this week.",
            (
                "Netherlands",
                "supply",
                "a second batch of Dutch Stinger missiles",
                "Ukraine",
                "planned",
            ),
        ),
    ],
    "a_host_is_where_anothers_forces_go": [
        (
            "Romania will host an additional 1,000 American troops.",
            (
                "United States",
                "deploy",
                "an additional 1,000 American troops",
                "Romania",
                "planned",
            ),
        ),
        (
            "Belarus is hosting around 30,000 Russian troops.",
            ("Russia", "deploy", "around 30,000 Russian troops", "Belarus", "ongoing"),
        ),
    ],
    "flown_flying_over_capturing_and_agreeing_to_supply": [
        (
            "Some 3,000 Canadian soldiers were flown to Latvia this week.",
            ("Canada", "deploy", "Some 3,000 Canadian soldiers", "Latvia", "completed"),
        ),
        (
            "Russian bombers flew over the North Sea.",
            ("Russia", "patrol", "Russian bombers", "over the North Sea", "completed"),
        ),
        (
            "Russian troops captured the city of Melitopol.",
            ("Russia", "other", "Russian troops", "the city of Melitopol", "completed"),
        ),
        (
            "Norway has agreed to supply Ukraine with 500 anti-tank weapons.",
            ("Norway", "supply", "500 anti-tank weapons", "Ukraine", "planned"),
        ),
    ],
}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(*case, id=f"{name}-{i}")
        for name, cases in _ONE_MOVEMENT.items()
        for i, case in enumerate(cases)
    ],
)
def test_each_class_reports_its_one_movement(sentence: str, expected: Key) -> None:
    (m,) = movements(sentence)
    assert key(m) == expected


def test_a_relative_clauses_subject_is_its_antecedent_not_the_main_subject() -> None:
    assert movements("We will not bargain with a neighbour who keeps troops on our border.") == []


def test_gathering_people_is_no_build_up() -> None:
    assert movements("The Baltic presidents, gathered in Vilnius, condemned the strikes.") == []


def test_forces_brought_to_readiness_or_instructed_to_deploy_are_planned() -> None:
    (alert,) = movements(
        "Ukraine's border guard units are to be brought to full combat readiness before Friday."
    )
    assert (alert.actor.name, alert.activity, alert.status) == ("Ukraine", "alert", "planned")
    (deploy,) = movements(
        "The Estonian defence minister is instructed to deploy three additional battalions "
        "to the Narva region."
    )
    assert key(deploy) == (
        "Estonia",
        "deploy",
        "three additional battalions",
        "the Narva region",
        "planned",
    )


def test_leaving_a_place_for_home_bases_is_a_withdrawal_from_it() -> None:
    (m,) = movements("Russian tanks left Crimea for their garrisons in the Rostov region.")
    assert key(m) == (
        "Russia",
        "withdraw",
        "Russian tanks",
        "their garrisons in the Rostov region",
        "completed",
    )
    assert m.origin == "Crimea"


def test_a_briefing_given_moves_nothing_and_a_condition_after_would_be_stays() -> None:
    assert movements("The Polish general gave a briefing on the border situation.") == []
    assert (
        movements("Dutch Stinger missiles would be delivered to Ukraine if Russia invades.") == []
    )


def test_troops_transferred_by_a_verb_of_giving_are_deployed() -> None:
    (m,) = movements("Portugal transferred 150 paratroopers to Romania.")
    assert key(m) == ("Portugal", "deploy", "150 paratroopers", "Romania", "completed")


@pytest.mark.parametrize(
    ("sentence", "destination"),
    [
        (
            "The United States will deploy 1,200 soldiers to Lithuania, Latvia and Estonia.",
            "Lithuania, Latvia and Estonia",
        ),
        (
            "Russia has massed troops near the border, in the Black Sea and in Crimea.",
            "near the border, in the Black Sea and in Crimea",
        ),
        (
            "Russia has massed troops near the borders of Georgia and in Abkhazia.",
            "near the borders of Georgia and in Abkhazia",
        ),
        ("Russia is sending ships to the Baltic Sea, Lithuania said.", "the Baltic Sea"),
    ],
)
def test_a_destination_runs_over_its_list_and_what_completes_it(
    sentence: str, destination: str
) -> None:
    (m,) = movements(sentence)
    assert m.destination == destination


def test_the_subject_of_a_reported_clause_owns_its_movement() -> None:
    (m,) = movements(
        "The minister told reporters that Russia was deliberately shelling grain terminals."
    )
    assert (m.actor.name, m.activity) == ("Russia", "other")


# Sentences that name a movement and report none, by the look-alike they stand for.
_NO_MOVEMENT: dict[str, list[str]] = {
    "a_movement_demanded_reported_by_others_or_told_as_history_is_none": [
        "Moldova insists on the withdrawal of Russian troops from Transnistria.",
        "We have heard statements about a withdrawal of Russian troops, but we see none.",
        "The ministry rejected as groundless claims that Moldovan saboteurs had attacked a "
        "checkpoint.",
        "Fourteen years ago, Russian forces moved into South Ossetia.",
        "In 2008 Russian troops moved into Georgia.",
    ],
    "a_plan_under_a_later_condition_or_a_denied_movement_is_none": [
        "NATO will deploy more forces to the east should Russia attack.",
        "Canada will send more troops to Latvia if Russia invades Ukraine.",
        "Russia denies it has massed troops near the Estonian border.",
    ],
}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(sentence, id=f"{name}-{i}")
        for name, sentences in _NO_MOVEMENT.items()
        for i, sentence in enumerate(sentences)
    ],
)
def test_each_look_alike_reports_no_movement(sentence: str) -> None:
    assert movements(sentence) == []


def test_a_year_in_a_relative_aside_dates_only_the_aside() -> None:
    (m,) = movements(
        "Russia, which annexed Crimea in 2014, has massed 100,000 troops near the border."
    )
    assert (m.actor.name, m.activity) == ("Russia", "mass")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Russian missiles struck an airfield near Lviv.", "completed"),
        ("Russian troops crossed the border near Sumy.", "completed"),
        ("Russian paratroopers stormed the airport.", "completed"),
    ],
)
def test_the_verbs_of_attacking(sentence: str, status: str) -> None:
    (m,) = movements(sentence)
    assert (m.actor.name, m.activity, m.status) == ("Russia", "other", status)


def test_a_launch_by_forces_of_a_state_is_that_states_attack() -> None:
    (m,) = movements("The offensive launched by the armed forces of the Russian state continues.")
    assert (m.actor.name, m.activity, m.forces) == ("Russia", "other", "armed forces")


def test_a_place_named_by_its_kind_merges_with_the_place_named() -> None:
    (m,) = movements(
        "Canada announced it will send 500 more troops to the region. "
        "The 500 more troops will be deployed to Latvia next week."
    )
    assert (m.actor.name, m.destination, len(m.evidence)) == ("Canada", "Latvia", 2)


def test_forces_served_by_a_supplier_are_not_carried_to_the_last_movement() -> None:
    moved = movements(
        "Russian forces shelled Kharkiv on Monday. Private firms that supply the units were fined."
    )
    assert [m.activity for m in moved] == ["other"]


def test_the_formation_named_after_the_forces_is_part_of_them() -> None:
    (m,) = movements("Germany will send about 500 soldiers of a Panzer battalion to Lithuania.")
    assert key(m) == (
        "Germany",
        "deploy",
        "about 500 soldiers of a Panzer battalion",
        "Lithuania",
        "planned",
    )


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The deployment of 800 Dutch soldiers to Romania was completed today.", "completed"),
        ("Belarusian units were returning to their garrisons.", "ongoing"),
        ("Russia had built up its forces in Transnistria.", "ongoing"),
    ],
)
def test_status_from_the_verb_of_a_nominal_a_progressive_or_a_state_reached(
    sentence: str, status: str
) -> None:
    (m,) = movements(sentence)
    assert m.status == status


def test_an_intransitive_verbs_forces_are_its_subject() -> None:
    (m,) = movements(
        "Six Dutch F-35 jets will arrive at Volkel Air Base, joining the elements of the "
        "82nd Airborne Division already on the ground in Poland."
    )
    assert key(m) == ("Netherlands", "deploy", "Six Dutch F-35 jets", "Volkel Air Base", "planned")


def test_weapons_arriving_are_the_delivery_the_sentence_names() -> None:
    (m,) = movements(
        "The minister said that a shipment of 2,000 Swedish anti-tank weapons had arrived in "
        "Ukraine on Saturday."
    )
    assert (m.actor.name, m.activity, m.destination, m.status) == (
        "Sweden",
        "supply",
        "Ukraine",
        "completed",
    )


def test_coordinated_owners_each_move() -> None:
    moved = movements(
        "In the last week, Lithuania and Latvia delivered Stinger missiles to our army."
    )
    assert [(m.actor.name, m.destination) for m in moved] == [
        ("Lithuania", "our army"),
        ("Latvia", "our army"),
    ]
    drills = movements(
        "This morning the armed forces of Russia and Belarus started the Union Shield joint "
        "exercise at "
        "four training grounds in Belarus."
    )
    assert [(m.actor.name, m.destination) for m in drills] == [
        ("Russia", "four training grounds in Belarus"),
        ("Belarus", "four training grounds in Belarus"),
    ]


def test_parties_judging_a_movement_are_not_its_co_owners() -> None:
    moved = movements(
        "The Republic of Belarus and the Russian Federation note with alarm the deployment of "
        "additional contingents to Poland."
    )
    assert "Russia" not in [m.actor.name for m in moved]


@pytest.mark.parametrize(
    ("sentence", "forces", "destination"),
    [
        (
            "Today Canada delivered 300 anti-tank missiles and 90 tons of ammunition to "
            "Ukraine's armed forces.",
            "300 anti-tank missiles and 90 tons of ammunition",
            "Ukraine's armed forces",
        ),
        (
            "Canada authorized an additional $50 million in military aid for Ukraine.",
            "an additional $50 million in military aid",
            "Ukraine",
        ),
    ],
)
def test_a_supply_goes_to_the_forces_or_party_it_is_for(
    sentence: str, forces: str, destination: str
) -> None:
    (m,) = movements(sentence)
    assert (m.forces, m.destination) == (forces, destination)


def test_forces_named_again_by_a_definite_noun_are_the_same_movement() -> None:
    (m,) = movements(
        "Norway delivered 250 anti-tank missiles to Ukraine's armed forces yesterday. "
        "The equipment landed at Rzeszow airport aboard two cargo planes."
    )
    assert (m.destination, len(m.evidence)) == ("Ukraine's armed forces", 2)


def test_coordinated_modifiers_of_one_noun_keep_the_figure() -> None:
    (m,) = movements(
        "Today, Canada approved the transfer of an additional 1,500 anti-armor and "
        "anti-aircraft missiles to Ukraine."
    )
    assert m.forces == "an additional 1,500 anti-armor and anti-aircraft missiles"
    assert m.quantity is not None
    assert (m.quantity.low, m.quantity.approximate) == (1500, False)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        (
            "Russian troops crossed the border in the Kharkiv and Chernihiv regions.",
            "the Kharkiv and Chernihiv regions",
        ),
        (
            "Before sunrise Russia launched missile strikes on air bases and "
            "border guard posts in Ukraine.",
            "air bases and border guard posts in Ukraine",
        ),
        ("Russian forces shelled Kharkiv overnight.", "Kharkiv"),
        ("Russian aircraft struck an airfield near Lviv on Tuesday.", "an airfield near Lviv"),
        ("Kyiv came under fire from Russian artillery.", None),
    ],
)
def test_an_attacks_destination_is_its_target(sentence: str, target: str | None) -> None:
    (m,) = movements(sentence)
    assert (m.activity, m.destination) == ("other", target)


@pytest.mark.parametrize(
    ("sentence", "destination"),
    [
        (
            "Six Italian fighter jets are now patrolling the airspace over Poland and Romania.",
            "the airspace over Poland and Romania",
        ),
        (
            "Spanish destroyers continue to patrol the eastern Mediterranean Sea.",
            "the eastern Mediterranean Sea",
        ),
        (
            "Two Russian patrol aircraft are flying close to Norwegian airspace.",
            "Norwegian airspace",
        ),
        ("Russian reconnaissance planes are skirting Danish airspace.", "Danish airspace"),
    ],
)
def test_what_a_patrol_covers_is_where_it_goes(sentence: str, destination: str) -> None:
    (m,) = movements(sentence)
    assert (m.activity, m.destination, m.status) == ("patrol", destination, "ongoing")


def test_positions_taken_up_and_a_contingent_being_reduced() -> None:
    (taken,) = movements(
        "Additional Polish units have taken up positions in the Lublin and Podkarpackie regions."
    )
    assert key(taken) == (
        "Poland",
        "deploy",
        "Additional Polish units",
        "the Lublin and Podkarpackie regions",
        "completed",
    )
    (reduced,) = movements(
        "The leaders discussed Chad, where the French contingent is being reduced."
    )
    assert (reduced.actor.name, reduced.activity, reduced.status) == (
        "France",
        "withdraw",
        "ongoing",
    )


def test_movements_counted_are_deployments_and_the_act_in_general_is_none() -> None:
    (m,) = movements(
        "Canada approved further movements of Canadian forces already based in Europe."
    )
    assert (m.actor.name, m.activity, m.status) == ("Canada", "deploy", "planned")
    assert movements("He said the movement of troops on Russian soil was an internal matter.") == []


def test_a_host_never_owns_the_forces_it_hosts() -> None:
    assert movements("Estonia will host more troops next year.") == []


def test_an_airspace_violated_is_a_patrol_and_the_fighters_scrambled_intercept() -> None:
    moved = movements(
        "Finnish jets were scrambled after Russian aircraft violated Finnish airspace."
    )
    assert [(m.actor.name, m.activity) for m in moved] == [
        ("Finland", "intercept"),
        ("Russia", "patrol"),
    ]


def test_a_plan_with_a_reporting_clause_after_it_stays() -> None:
    (m,) = movements("Canada will send 300 troops to Latvia, the Canadian ministry said.")
    assert (m.actor.name, m.status) == ("Canada", "planned")


def test_the_party_whose_decision_governs_the_movement_owns_it() -> None:
    (m,) = movements(
        "We welcome the decision of the Netherlands to provide Ukraine with additional "
        "defensive weapons."
    )
    assert key(m) == (
        "Netherlands",
        "supply",
        "additional defensive weapons",
        "Ukraine",
        "planned",
    )
    assert movements("We respect the right of Ukraine to receive weapons from its partners.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our defenders pushed the Russian troops back from Brovary.",
            ("Ukraine", "other", "defenders", "Brovary", "completed"),
        ),
        (
            "Our troops repelled an attack near Kharkiv.",
            ("Ukraine", "other", "troops", "an attack near Kharkiv", "ongoing"),
        ),
    ],
)
def test_fighting_back_is_the_defenders_combat(
    sentence: str, expected: tuple[str, str, str, str, str]
) -> None:
    moved = extract(sentence, "Statement by the Press Secretary", KYIV).military_movements
    assert [key(m) for m in moved] == [expected]


def test_whom_a_supply_serves_is_neither_its_giver_nor_what_it_gives() -> None:
    assert (
        extract(
            "We have received 17,000 anti-tank weapons from our partners.",
            "Statement by the Press Secretary",
            KYIV,
        ).military_movements
        == []
    )
    assert movements("These deliveries give more of what Latvia's defenders need.") == []


def test_coordinated_verbs_with_their_own_forces_are_two_movements() -> None:
    moved = movements(
        "Denmark is sending a frigate to the Baltic Sea and deploying four F-16 jets to Lithuania."
    )
    assert [(m.forces, m.destination) for m in moved] == [
        ("frigate", "the Baltic Sea"),
        ("four F-16 jets", "Lithuania"),
    ]
    alert, deploy = movements(
        "NATO said it was putting forces on standby and sending more ships and fighter jets "
        "to eastern Europe."
    )
    assert (alert.activity, alert.forces) == ("alert", "forces")
    assert (deploy.forces, deploy.destination) == ("more ships and fighter jets", "eastern Europe")


def test_a_formation_named_by_its_ordinal() -> None:
    (m,) = movements("The US Army's 2nd Cavalry Regiment will move from Germany to Romania.")
    assert (m.actor.name, m.forces, m.origin, m.destination, m.status) == (
        "United States",
        "2nd Cavalry Regiment",
        "Germany",
        "Romania",
        "planned",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russia has troops on the Ukrainian border.",
            [("Russia", "mass", "troops", "on the Ukrainian border", "ongoing")],
        ),
        (
            "Russia keeps its forces on high alert.",
            [("Russia", "alert", "forces", None, "ongoing")],
        ),
        (
            "Lithuania hosts a NATO battlegroup.",
            [("NATO", "deploy", "NATO battlegroup", "Lithuania", "unclear")],
        ),
        (
            "There are reports of Russian troops moving toward Kyiv.",
            [("Russia", "deploy", "Russian troops", "toward Kyiv", "ongoing")],
        ),
    ],
)
def test_held_at_a_border_not_on_alert_hosted_and_moving_toward(
    sentence: str, expected: list[tuple[str, str, str, str | None, str]]
) -> None:
    assert [key(m) for m in movements(sentence)] == expected


def test_an_owner_in_another_phrase_before_a_comma_owns_nothing() -> None:
    moved = movements(
        "Belarus has moved two battalions toward Poland's border, including units that "
        "arrived by rail."
    )
    assert [m.actor.name for m in moved] == ["Belarus"]


def _dated(text: str, published: date) -> list[MilitaryMovement[Quote]]:
    article = Article(id="test", text=text, published=published)
    return extract_article(article).military_movements


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO will deploy four new battalions to Slovakia in 2023.",
        "Canada will send 460 more troops to Latvia in 2022.",
    ],
)
def test_a_year_of_the_articles_own_or_later_dates_news_not_history(sentence: str) -> None:
    """Only a year before the article's own tells history: a plan or news dated in its
    own year or later is reported."""
    assert [m.status for m in _dated(sentence, date(2022, 3, 1))] == ["planned"]


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("In 2008 Russian troops moved into Georgia.", date(2022, 3, 1)),
        ("NATO will deploy four new battalions to Slovakia in 2023.", date(2024, 1, 5)),
        ("The squadron has been stationed in Vilseck since 2009.", date(2022, 2, 2)),
    ],
)
def test_a_year_before_the_articles_own_tells_history(sentence: str, published: date) -> None:
    assert _dated(sentence, published) == []
