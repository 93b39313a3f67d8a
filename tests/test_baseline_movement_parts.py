"""Military movements told in parts, as long documents tell them: the forces taking part in
a drill named before, with a partner "together with" them; a part included in a whole
("…, including units moved in from …"), the whole's owner's; a consignment noun standing for
its goods, and forces inside a dash parenthesis; a recipient supplied "with" weapons;
landing as arriving, and what was just supplied arriving; forces now in another state,
with what they bring; a drill noun as a measure or a cover. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

from summarise.schema import MilitaryMovement, Quote


def movements(text: str, source: str | None = None) -> list[MilitaryMovement[Quote]]:
    return extract(text, source=source).military_movements


def owners(text: str, source: str | None = None) -> list[tuple[str, str, str]]:
    return [(m.actor.name, m.activity, m.forces) for m in movements(text, source)]


_DRILL = "The joint drill Northern Shield began on Monday at three ranges near Brest. "


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain
        "Some 8,000 Russian servicemen are taking part, along with about 5,000 Belarusian troops.",
        # (b) a fronted adverbial
        "Since Monday, some 8,000 Russian servicemen are taking part, along with about"
        " 5,000 Belarusian troops.",
        # (d) postposed "…, X said"
        "Some 8,000 Russian servicemen are taking part, alongside about 5,000 Belarusian"
        " troops, the ministry said.",
    ],
)
def test_forces_taking_part_with_a_partner_drill_each_for_their_state(sentence: str) -> None:
    found = owners(_DRILL + sentence)
    assert [(actor, activity) for actor, activity, _ in found] == [
        ("Russia", "exercise"),
        ("Belarus", "exercise"),
    ]
    assert found[1][2] == "about 5,000 Belarusian troops"


def test_the_speakers_own_forces_taking_part_and_then_going_home() -> None:
    # (c) the actor named another way: "our servicemen", in the President's own words;
    # (d) one clause of two.
    text = (
        "Vladimir Putin: The joint exercise with Belarus was planned long ago; roughly 3,500"
        " of our soldiers will take part, and afterwards they will return to their barracks."
    )
    found = [(m.actor.name, m.activity, m.status) for m in movements(text, source=KREMLIN)]
    assert ("Russia", "exercise", "planned") in found
    assert ("Russia", "withdraw", "planned") in found


def test_a_partner_of_forces_arriving_is_no_drill_of_its_own() -> None:
    # Look-alike: a comitative partner of a deployment moves with it, it drills with no one;
    # without the drill's restriction the Belarusian troops get an item of their own.
    text = (
        "About 12,000 Russian troops have arrived, together with 300 Belarusian"
        " troops, at the ranges near Brest."
    )
    assert [m.actor.name for m in movements(text)] == ["Russia"]


def _deployments(text: str, source: str | None = None) -> list[tuple[str, str | None]]:
    return [(m.actor.name, m.origin) for m in movements(text, source) if m.activity == "deploy"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) plain, the part's origin after "moved in from"
        (
            "Russia has about 90,000 troops near the border, including units that were moved"
            " in from its Central Military District.",
            None,
        ),
        # (b) a fronted adverbial
        (
            "Over the past month, Russia has about 90,000 troops near the border, including"
            " units moved in from its Central Military District.",
            None,
        ),
        # (c) the teller is another state's president, the owner named by its capital
        (
            "The Head of State informed his guest about the situation in the east, where"
            " Moscow keeps about 90,000 personnel, including units moved in from its Central"
            " Military District.",
            KYIV,
        ),
    ],
)
def test_a_part_included_in_a_force_is_the_wholes_owners(text: str, source: str | None) -> None:
    assert _deployments(text, source) == [("Russia", "its Central Military District")]


def test_each_part_of_a_build_up_is_its_owners() -> None:
    # (d) two parts joined by "and" in one clause, the whole a possessed build-up noun
    text = (
        "The leaders discussed Russia's build-up near Ukraine, which now includes units"
        " deployed in Belarus and warships moved into the Sea of Azov, the readout said."
    )
    assert [m.actor.name for m in movements(text) if m.activity == "deploy"] == [
        "Russia",
        "Russia",
    ]


def test_a_teller_before_the_whole_owns_no_part() -> None:
    # Look-alike: the party before the inclusion only tells of the whole; without the
    # teller's guard the units would be Lithuania's ("Polish intelligence, 30,000 troops"
    # was no look-alike: the comma alone keeps "Polish" from the whole).
    text = (
        "According to Lithuania's estimates 30,000 troops are in Belarus, including units"
        " moved in from Siberia."
    )
    assert "Lithuania" not in [m.actor.name for m in movements(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain, the giver after "from"
        (
            "New deliveries from Norway are already on their way.",
            [("Norway", "supply", "New deliveries", "ongoing")],
        ),
        # (b) a fronted adverbial
        (
            "After the call, a further consignment from Norway arrived in Lviv.",
            [("Norway", "supply", "a further consignment", "completed")],
        ),
        # (c) the giver named in the sentence before, by its government
        (
            "The Dutch government has delivered 200 Stinger missiles to Ukraine. More"
            " shipments are on their way.",
            [
                ("Netherlands", "supply", "200 Stinger missiles", "completed"),
                ("Netherlands", "supply", "More shipments", "ongoing"),
            ],
        ),
        # (d) one clause of two, and a that-clause with its teller after it
        (
            "The Netherlands has delivered 200 Stinger missiles to Ukraine, and more shipments"
            " are on their way.",
            [
                ("Netherlands", "supply", "200 Stinger missiles", "completed"),
                ("Netherlands", "supply", "more shipments", "ongoing"),
            ],
        ),
        (
            "The minister confirmed that new deliveries from Norway are on their way.",
            [("Norway", "supply", "new deliveries", "ongoing")],
        ),
    ],
)
def test_a_consignment_on_its_way_stands_for_the_goods(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    found = movements(text, source=KYIV)
    assert [(m.actor.name, m.activity, m.forces, m.status) for m in found] == expected


def test_a_consignment_of_something_else_is_none() -> None:
    # Look-alike: a modifier of the goods' own kind before the noun; without the opening's
    # guard, "deliveries" would stand for weapons from Norway.
    assert movements("New food deliveries from Norway are on their way.", source=KYIV) == []


def test_a_supply_told_after_another_consignment_is_its_own() -> None:
    # Look-alike: the consignment told first as another one ("New deliveries") takes no
    # later supply into it; without the guard on the earlier item's "another", the
    # howitzers would merge into the deliveries.
    text = "New deliveries from Canada are on their way, and Canada has supplied 40 howitzers."
    found = [(m.actor.name, m.forces) for m in movements(text, source=KYIV)]
    assert found == [("Canada", "New deliveries"), ("Canada", "40 howitzers")]


def test_forces_in_a_dash_parenthesis_are_not_the_verbs_subject() -> None:
    # Look-alike: "for the front-line defenders" inside the parenthesis is whom the aid
    # serves; read as the subject of "arrived", they would be US forces deployed to Kyiv.
    text = (
        "The Pentagon has placed 2,000 more troops on heightened readiness. The first"
        " shipment of the package — roughly 70 tons of lethal aid, including ammunition for"
        " the front-line defenders — arrived in Kyiv on Sunday."
    )
    assert [m.activity for m in movements(text, source=WHITE_HOUSE)] == ["alert"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain
        ("Washington is pumping Ukraine with weapons.", ("United States", "weapons", "Ukraine")),
        # (b) a fronted adverbial, the giver by its capital
        (
            "After the talks, Berlin is arming Kyiv with anti-tank missiles.",
            ("Germany", "anti-tank missiles", "Kyiv"),
        ),
        # (c) the recipient named by its army (not the owner), a catenative before the verb
        (
            "Canada has agreed to equip the Ukrainian army with drones.",
            ("Canada", "drones", None),
        ),
        # (c) a group no name, an aside between it and its verb
        (
            "Our Western colleagues, instead of pushing Kiev to keep its word, are pumping"
            " Ukraine with weapons.",
            ("Western colleagues", "weapons", "Ukraine"),
        ),
        # (d) one clause of two; a postposed teller
        (
            "Washington is pumping Ukraine with weapons, and its allies are assisting.",
            ("United States", "weapons", "Ukraine"),
        ),
        (
            "Poland equipped two Ukrainian brigades with drones, the ministry said.",
            ("Poland", "drones", None),
        ),
    ],
)
def test_a_recipient_supplied_with_weapons_is_the_givers_supply(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    found = [m for m in movements(text, source=KREMLIN) if m.activity == "supply"]
    assert [(m.actor.name, m.forces, m.destination) for m in found] == [expected]


def test_forces_equipped_with_weapons_by_nobody_named_are_no_supply() -> None:
    # Look-alike: the passive "are equipped with" names the recipient as subject and no
    # giver; the troops a supply names are whom it serves, so nothing is moved.
    assert movements("Ukrainian units are equipped with Javelin missiles.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain: transport aircraft landing are an airlift, a supply
        (
            "Four Norwegian transport aircraft landed at Rzeszow airport.",
            [("Norway", "supply", "Rzeszow")],
        ),
        # (b) a fronted adverbial, a consignment of weapons landing
        (
            "On Monday night, a shipment of Stinger missiles from Norway landed at Rzeszow.",
            [("Norway", "supply", "Rzeszow")],
        ),
        # (c) what was just handed over, named again by a definite noun: the same supply
        (
            "Norway has handed over four helicopters to Ukraine. The helicopters landed at"
            " Rzeszow on Friday.",
            [("Norway", "supply", "Ukraine")],
        ),
        # (d) a postposed teller
        (
            "More than 20 British transport aircraft landed near Kyiv in January, the"
            " ministry said.",
            [("United Kingdom", "supply", "near Kyiv")],
        ),
    ],
)
def test_landing_at_or_near_a_place_is_arriving(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(m.actor.name, m.activity, m.destination) for m in movements(text)] == expected


def test_forces_arriving_after_a_deployment_are_no_supply() -> None:
    # Look-alike: what lands was moved, not handed over; without the guard that the
    # sentence before told a supply, the aircraft would be Russia's supply. The landing is
    # the move done, one deployment (it read as two while "to Be|larus" cut by the status
    # window made the move a plan: ``patterns.window_end``).
    text = (
        "Russia has moved four fighters to Belarus. The aircraft landed at the airbase on Thursday."
    )
    assert [m.activity for m in movements(text)] == ["deploy"]


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        # (a) plain, the forces with what they bring as one subject
        (
            "About 8,000 Russian troops with Iskander launchers and Su-35 fighters are now in"
            " Belarus.",
            "About 8,000 Russian troops with Iskander launchers and Su-35 fighters",
        ),
        # (b) a fronted source
        (
            "According to our estimates, about 8,000 Russian troops are still in Belarus.",
            "about 8,000 Russian troops",
        ),
        # (c)/(d) told by a capital, one that-clause of two
        (
            "Minsk said that about 8,000 Russian troops are still in Belarus, and that they"
            " will leave in March.",
            "about 8,000 Russian troops",
        ),
    ],
)
def test_forces_now_in_another_state_are_deployed_there(text: str, forces: str) -> None:
    found = [(m.actor.name, m.activity, m.forces, m.destination) for m in movements(text)]
    assert found[0] == ("Russia", "deploy", forces, "Belarus")


def test_forces_joined_by_and_alone_are_each_their_owners() -> None:
    # Look-alike: "and" with no "with" joins two forces, each with its owner; without the
    # guard asking for a "with" of accompaniment they would be one Russian subject.
    found = [
        (m.actor.name, m.forces)
        for m in movements("Belarusian troops and 200 Russian tanks are now in Belarus.")
    ]
    assert sorted(found) == [("Belarus", "Belarusian troops"), ("Russia", "200 Russian tanks")]


def test_forces_in_a_state_of_things_are_no_presence() -> None:
    # Look-alike: "in" before no proper name is no place; without the guard, the units
    # would be deployed "in the hands of a new commander".
    assert movements("The Russian units are now in the hands of a new commander.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces are arriving in Belarus in numbers far beyond a normal exercise.",
        "About 8,000 Russian troops are now in Belarus under the cover of the joint exercise.",
    ],
)
def test_a_drill_as_a_measure_or_a_cover_is_no_drill(text: str) -> None:
    # Look-alike: the drill noun is the standard of a comparison or a pretext; without the
    # guard each sentence also reports a Russian exercise.
    assert [m.activity for m in movements(text)] == ["deploy"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain, the drill in a "now that" clause only dates the return
        (
            "Moscow claims some of its battalions are going back to their home garrisons now"
            " that the drills have ended.",
            [("Russia", "withdraw", "their home garrisons")],
        ),
        # (b) a fronted adverbial, where they leave between the verb and the goal
        (
            "After the drills, the two Russian battalions will go back from Belarus to their"
            " bases.",
            [("Russia", "withdraw", "their bases")],
        ),
        # (c)/(d) the owner by its seat's possessive pronoun, a postposed teller
        (
            "The Kremlin said its troops are going back to their barracks, a spokesman said.",
            [("Russia", "withdraw", "their barracks")],
        ),
    ],
)
def test_going_back_to_the_bases_is_a_withdrawal(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(m.actor.name, m.activity, m.destination) for m in movements(text)] == expected


def test_going_back_anywhere_but_the_bases_is_no_withdrawal() -> None:
    # Look-alike: without the goal of the class (bases, barracks, garrisons), units heading
    # back to the border would be withdrawing.
    assert movements("Russian units are heading back to the border.") == []


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        # (a) plain, a weapon named by its system's proper name
        (
            "Estonia has already delivered the Javelin systems it promised in January.",
            "Javelin systems",
        ),
        # (b) a fronted adverbial, counted
        (
            "After the call, Lithuania delivered 40 Stinger systems to Ukraine.",
            "40 Stinger systems",
        ),
        # (c)/(d) the anti-armor class, a postposed teller
        (
            "Norway said it had shipped 200 anti-armor systems to Poland, the ministry said.",
            "200 anti-armor systems",
        ),
    ],
)
def test_weapon_systems_by_name_or_kind_are_supplied(text: str, forces: str) -> None:
    assert [(m.activity, m.forces) for m in movements(text, source=KYIV)] == [("supply", forces)]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Russian troops tried to advance towards Kharkiv.",
        # (b) a fronted adverbial, "again"
        "In the south, Russian troops tried again to advance towards Mykolaiv.",
        # (c) the attacker by its army; (d) a postposed teller
        "The Russian army tried once more to advance towards Kharkiv, the General Staff said.",
    ],
)
def test_an_attempted_advance_is_the_attackers_movement(text: str) -> None:
    found = [(m.actor.name, m.activity, m.status) for m in movements(text, source=KYIV)]
    assert found == [("Russia", "other", "completed")]


def test_an_attempt_to_make_another_move_decides_no_movement() -> None:
    # Look-alike: "tried" governs "to persuade", not "to send"; without its reach kept to
    # the infinitive right after it, Belarus would have sent troops.
    text = "The Kremlin tried to persuade Minsk to send Belarusian troops to Ukraine."
    assert movements(text, source=KYIV) == []


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "The United States has authorized a $200 million drawdown of defense articles for Ukraine.",
        # (b) a fronted adverbial
        "On Friday, the United States authorized a further drawdown of defense articles and"
        " services for Ukraine.",
        # (c)/(d) the giver by its seat; the drawdown one clause of two
        "The White House approved a drawdown of defence articles for Ukraine, and the first"
        " deliveries will begin next week.",
    ],
)
def test_a_drawdown_of_defense_articles_is_a_supply(text: str) -> None:
    found = [(m.actor.name, m.activity) for m in movements(text, source=WHITE_HOUSE)]
    assert found[0] == ("United States", "supply")


_PACKAGE = (
    "{giver} has approved $50 million in military aid for Ukraine. The package includes 300"
    " Stinger missiles and launchers. "
)


@pytest.mark.parametrize(
    ("giver", "text"),
    [
        # (a) plain
        ("Norway", "The first deliveries under this package arrived in Rzeszow on Tuesday."),
        # (b) a fronted adverbial
        ("Norway", "On Tuesday, the first shipments under this package arrived in Rzeszow."),
        # (c) the giver by its capital; (d) a postposed teller
        (
            "Oslo",
            "The second shipment from the previous package arrived in Rzeszow, the ministry said.",
        ),
    ],
)
def test_a_shipment_of_a_package_told_before_is_the_packages_givers(giver: str, text: str) -> None:
    found = [(m.actor.name, m.status) for m in movements(_PACKAGE.format(giver=giver) + text)]
    assert found == [("Norway", "planned"), ("Norway", "completed")]


def test_a_shipment_of_a_package_after_no_supply_has_no_giver() -> None:
    # Look-alike: the last movement told is a deployment, no package; without the package
    # being the last supply, the shipments would be Norway's.
    text = "Norway sent 300 marines to Lithuania. The first shipments under this package arrived."
    assert [m.activity for m in movements(text)] == ["deploy"]


# The package's contents listed at length, so that the shipment stands further from it
# than an unowned movement carries its owner (the package alone reaches that far).
_PACKAGE_LISTED = (
    "Norway has approved $50 million in military aid for Ukraine. The package includes 300"
    " Stinger missiles and launchers. It also includes body armour. It includes helmets and"
    " night-vision goggles. Medical kits are part of it too. "
)


def test_a_shipment_of_a_package_listed_at_length_is_still_the_givers() -> None:
    text = _PACKAGE_LISTED + "The first deliveries under this package arrived in Rzeszow."
    found = [(m.actor.name, m.status) for m in movements(text)]
    assert found == [("Norway", "planned"), ("Norway", "completed")]


@pytest.mark.parametrize(
    "text",
    [
        "The first shipments arrived in Rzeszow on Tuesday.",
        "A first shipment from another donor arrived in Rzeszow, the ministry said.",
    ],
)
def test_a_shipment_named_as_of_no_package_is_not_the_last_givers(text: str) -> None:
    # Look-alike: far from the package, a shipment that does not say it is of that
    # package would be Norway's without the guard.
    found = [(m.actor.name, m.status) for m in movements(_PACKAGE_LISTED + text)]
    assert found == [("Norway", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "THE PRESIDENT: Russia keeps massing forces. We have seen the reverse: some 5,000"
        " more troops have arrived.",
        # (b) a fronted adverbial
        "THE PRESIDENT: Russia keeps massing forces. In fact, we have seen the opposite: about"
        " 7,000 additional troops have arrived in the past few days.",
        # (c)/(d) the perceiver named by its office, what it saw one clause of two
        "THE PRESIDENT: Russia keeps massing forces. Our intelligence community has observed"
        " the opposite: 7,000 more troops have arrived, and more are coming.",
    ],
)
def test_what_a_subject_saw_after_a_colon_is_not_its_own_movement(text: str) -> None:
    # Look-alike of a first person's own forces: without the guard the troops seen arriving
    # would be the United States' (the speaker's "we" as the sentence's subject).
    found = movements(text, source=WHITE_HOUSE)
    assert "United States" not in [m.actor.name for m in found]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "THE PRESIDENT: We have put real proposals in writing, on arms control and on"
        " transparency for exercises.",
        # (b) a fronted adverbial
        "THE PRESIDENT: Last week, we put real proposals in writing — on arms control, on"
        " missile placement, on transparency for exercises — and we are waiting.",
        # (c)/(d) the proposer by its office, one clause of two
        "THE PRESIDENT: Our negotiators tabled proposals on limits on the scale of exercises,"
        " and Moscow has not answered.",
    ],
)
def test_a_drill_as_the_matter_of_talks_is_no_drill(text: str) -> None:
    # Look-alike: without the guard the speaker's side would hold an exercise.
    assert [m.activity for m in movements(text, source=WHITE_HOUSE)] == []
