"""Military movements by who tells them and of whom: a journalist's turn states its
movements as the premise of a question, nobody's report; forces an official reports with no
owner named are his own state's; a passive's subject is what moves, its "to" whom it goes
to; the party thanked for a supply is its giver. Each construction in four surroundings and
with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

from summarise.schema import MilitaryMovement, Quote

_TITLE = "Press Briefing by Press Secretary Dana Holt"


def briefing(turn: str, label: str) -> list[MilitaryMovement[Quote]]:
    """A briefing transcript: the press secretary's opening, then ``turn`` under ``label``."""
    text = f"MS. HOLT: Good afternoon, everyone.\n\n{label} {turn}\n\nMS. HOLT: Thank you."
    return extract(text, _TITLE, WHITE_HOUSE).military_movements


_STATED = [
    # (a) plain
    "Norway sent 200 soldiers to Latvia yesterday.",
    # (b) a fronted adverbial
    "On Monday, after the talks collapsed, Norway sent 200 soldiers to Latvia.",
    # (c) the actor named another way: a ministry, then a pronoun
    "The Norwegian defence ministry sent 200 soldiers to Latvia, and it plans more.",
    # (d) a postposed reporting clause, one clause of two
    "Norway will send 200 soldiers to Latvia, the minister said, and Denmark will send jets.",
]


@pytest.mark.parametrize("turn", _STATED)
def test_a_movement_stated_in_a_journalists_turn_is_nobodys_report(turn: str) -> None:
    assert briefing(f"Thanks, Dana. {turn} What is the White House doing?", "Q") == []


@pytest.mark.parametrize("turn", _STATED)
def test_the_same_movement_in_the_press_secretarys_turn_is_reported(turn: str) -> None:
    assert [m.destination for m in briefing(turn, "MS. HOLT:")][:1] == ["Latvia"]


def test_a_journalists_turn_reports_no_attack_either() -> None:
    turn = "Thanks, Dana. Russian forces shelled Kharkiv overnight. Will you send more weapons?"
    assert briefing(turn, "Q") == []


def kremlin(text: str) -> list[tuple[str, str, str | None]]:
    """A Kremlin meeting transcript: the President's opening, then ``text``."""
    draft = extract(
        f"Vladimir Putin: Good afternoon. Let us begin.\n\n{text}",
        "Meeting with Defence Minister Pavel Orlov",
        KREMLIN,
    )
    return [(m.actor.name, m.activity, m.destination) for m in draft.military_movements]


_OWN = [
    # (a) plain: a passive, and an intransitive verb
    "Pavel Orlov: Three motorised battalions have been redeployed to the Kursk region.",
    # (b) fronted adverbials
    "Pavel Orlov: In addition, after the inspection, three motorised battalions have "
    "arrived in the Kursk region.",
    # (c) the speaker named another way: the minister by his office, in a quotation
    'The Defence Minister reported: "Three motorised battalions have been redeployed to the '
    'Kursk region."',
    # (d) one clause of two, with a postmodifier before the verb
    "Pavel Orlov: The exercise is over, and three battalions of the Western Military "
    "District have been redeployed to the Kursk region.",
]


@pytest.mark.parametrize("text", _OWN)
def test_forces_a_speaker_reports_moving_with_no_owner_are_his_states(text: str) -> None:
    assert kremlin(text) == [("Russia", "deploy", "the Kursk region")]


@pytest.mark.parametrize(
    "text",
    [
        # another party named in the sentence
        "Pavel Orlov: The Americans say three battalions have been redeployed to Estonia.",
        # a pronoun standing for another party
        "Pavel Orlov: New battalions are arriving daily, and they are deploying them.",
        # forces near the speaker's own borders face him
        "Pavel Orlov: Three battalions have been redeployed near our borders.",
        # the adversary named without a name
        "Pavel Orlov: The enemy is regrouping: three battalions have arrived in Kharkiv.",
    ],
)
def test_forces_with_another_party_in_the_sentence_are_not_the_speakers(text: str) -> None:
    assert ("Russia", "deploy") not in [(a, b) for a, b, _ in kremlin(text)]


def supplies(text: str) -> list[tuple[str, str, str | None]]:
    """(owner, forces, recipient) of each supply in a Ukrainian readout."""
    draft = extract(text, "Volodymyr Zelenskyy held a phone call with the Prime Minister", KYIV)
    return [
        (m.actor.name, m.forces, m.destination)
        for m in draft.military_movements
        if m.activity == "supply"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain: the relative's passive takes its antecedent, not the recipient after "to"
        "Denmark sent forty howitzers, which have already been passed to the Ukrainian "
        "Ground Forces.",
        # (b) fronted adverbials
        "On Monday, after a long delay, Denmark sent forty howitzers, which were handed over "
        "to the Ukrainian Ground Forces.",
        # (c) the owner named another way: a ministry
        "The Danish defence ministry sent forty howitzers, which were handed over to the "
        "Ukrainian Ground Forces.",
        # (d) a postposed reporting clause
        "Forty Danish howitzers have been handed over to the Ukrainian Ground Forces, the "
        "ministry said.",
    ],
)
def test_a_passive_supplys_subject_is_what_is_supplied(text: str) -> None:
    assert [(owner, "howitzers" in forces) for owner, forces, _ in supplies(text)] == [
        ("Denmark", True)
    ]


def test_a_recipient_supplied_with_weapons_is_no_giver() -> None:
    assert supplies("The Ukrainian army is being supplied with weapons it does not need.") == []


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain, a relative's passive after the thanks
        "President Lind thanked the Danish Prime Minister for the forty howitzers, which were "
        "delivered to Ukraine last week.",
        # (b) fronted adverbials, a nominal supply
        "During the call, after a long exchange, the President thanked Denmark for the timely "
        "delivery of forty howitzers.",
        # (c) the giver named another way: its ministry; the thanker a pronoun
        "He thanked the Danish defence ministry for the delivery of forty howitzers.",
        # (d) one clause of two
        "The President welcomed the new sanctions and thanked Denmark for the delivery of "
        "forty howitzers.",
    ],
)
def test_the_party_thanked_for_a_supply_is_its_giver(text: str) -> None:
    assert [owner for owner, _, _ in supplies(text)] == ["Denmark"]


def test_a_supply_thanked_for_with_its_giver_unnamed_is_not_the_thankers() -> None:
    text = "The President thanked his counterpart for the prompt delivery of forty howitzers."
    assert supplies(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Pavel Orlov: According to our data, Ukraine has concentrated 40,000 troops near the "
        "line of contact.",
        # (b) fronted adverbials before the source
        "Pavel Orlov: At the same time, according to our intelligence, Ukraine has "
        "concentrated 40,000 troops near the line of contact.",
        # (c) the source named another way, the owner by its army
        "Pavel Orlov: According to our General Staff, the Ukrainian army has concentrated "
        "40,000 troops near the line of contact.",
        # (d) one clause of two
        "Pavel Orlov: The drills are over, and according to our data, Ukraine has "
        "concentrated 40,000 troops near the line of contact.",
    ],
)
def test_a_possessive_in_a_source_adjunct_owns_no_forces(text: str) -> None:
    assert [(a, b) for a, b, _ in kremlin(text)] == [("Ukraine", "mass")]


def test_forces_learned_of_from_a_source_are_not_the_speakers() -> None:
    text = "Pavel Orlov: According to our data, 40,000 troops have been massed at the line."
    assert kremlin(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Vladimir Putin: I order the Defence Ministry to hold the drills in full and, upon "
        "their completion, to return all the participating units to their permanent bases.",
        # (b) a fronted adverbial
        "Vladimir Putin: After the inspection, I order the Defence Ministry to hold the "
        "drills in full and, once they end, to return all the participating units to their "
        "permanent bases.",
        # (c) the one ordering named another way, reported
        "Pavel Orlov: The President has ordered the Defence Ministry to hold the drills in "
        "full and, upon their completion, to return all the participating units to their "
        "permanent bases.",
        # (d) one clause of two
        "Vladimir Putin: I order the Defence Ministry to hold the drills in full and, upon "
        "their completion, to return all the participating units to their permanent bases, and I "
        "expect a report by Friday.",
    ],
)
def test_an_order_governs_each_infinitive_it_coordinates(text: str) -> None:
    assert ("Russia", "withdraw", "their permanent bases") in kremlin(text)


@pytest.mark.parametrize(
    "turn",
    [
        "Oleksii Marchenko: Columns of tanks are moving towards Kyiv.",
        "Oleksii Marchenko: More than 40,000 troops have massed near the border.",
    ],
)
def test_unowned_forces_massing_or_coming_into_the_speakers_state_are_not_his(
    turn: str,
) -> None:
    draft = extract(
        f"Volodymyr Zelenskyy: Good evening.\n\n{turn}",
        "Meeting with Defence Minister Oleksii Marchenko",
        KYIV,
    )
    assert draft.military_movements == []


@pytest.mark.parametrize(
    "turn",
    [
        # (a) plain: the other side's build-up, then its forces unnamed
        "Russia has massed 100,000 troops on the border. Columns of tanks are moving towards Kyiv.",
        # (b) a fronted adverbial before the unnamed forces
        "Russia has massed 100,000 troops on the border. Since Sunday, columns of tanks have "
        "been moving towards Kyiv.",
        # (c) the other side named by its forces, and another movement between
        "Russian forces have attacked Kharkiv. Columns of tanks are moving towards Kyiv.",
        # (d) other sentences between, the last a postposed reporting clause
        "Russia has massed 100,000 troops on the border. We are in touch with Kyiv. Columns "
        "of tanks are moving towards the capital, our military tells us.",
    ],
)
def test_unowned_forces_after_the_other_sides_movement_are_not_the_speakers(turn: str) -> None:
    movements = briefing(turn, "MS. HOLT:")
    assert [m.actor.name for m in movements if m.actor.name == "United States"] == []
    assert "Russia" in [m.actor.name for m in movements]


def test_unowned_forces_after_the_speakers_own_movement_stay_his() -> None:
    turn = (
        "Three motorised battalions have been redeployed to the Kursk region. Two more "
        "battalions have arrived in the Belgorod region."
    )
    draft = extract(f"Pavel Orlov: {turn}", "Meeting with Defence Minister Pavel Orlov", KREMLIN)
    assert [m.actor.name for m in draft.military_movements] == ["Russia", "Russia"]
