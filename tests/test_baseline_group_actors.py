"""Groups of states or people named by what they are, not by name ("Western capitals",
"foreign partners", "the international community", "illegal armed groups"): the guide's
groups that "move and hold as the text names them", kind other, as targets, holders and
movement owners; a group named by a standing relation is no side of one occasion, and
thanks to it are manners. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, contacts, extract


def targets(text: str, source: str = KYIV) -> list[tuple[str, str | None, str | None]]:
    """(holder, target, target kind) of every position."""
    return [
        (p.holder.name, p.target.name if p.target else None, p.target.kind if p.target else None)
        for p in extract(text, source=source).positions
    ]


@pytest.mark.parametrize(
    ("sentence", "holder", "group"),
    [
        # (a) plain
        (
            "The President called on foreign partners to deliver more air defence systems.",
            "President of Ukraine",
            "foreign partners",
        ),
        # (b) after a fronted clause
        (
            "After the strike on Kharkiv, the President called on Western capitals to close "
            "the sky over Ukraine.",
            "President of Ukraine",
            "Western capitals",
        ),
        # (c) the actor named by surname and office, the group with a determiner
        (
            "Foreign Minister Taras Bondar urged the international community to isolate the "
            "aggressor.",
            "Taras Bondar",
            "international community",
        ),
        # (c) a pronoun after a first mention
        (
            "Taras Bondar met the Foreign Minister of Latvia. He called on foreign partners to "
            "close the sky.",
            "Taras Bondar",
            "foreign partners",
        ),
        # (d) a postposed reporting clause
        (
            "Taras Bondar called on Western governments to close the sky, the ministry said.",
            "Taras Bondar",
            "Western governments",
        ),
    ],
)
def test_a_group_named_by_what_it_is_is_the_target(sentence: str, holder: str, group: str) -> None:
    assert targets(sentence) == [(holder, group, "other")]


def test_a_group_in_a_russian_text_is_the_target() -> None:
    found = targets(
        "Sergei Ivanov accused our Western colleagues of ignoring Russia's security concerns.",
        KREMLIN,
    )
    assert found == [("Sergei Ivanov", "Western colleagues", "other")]


def test_a_group_holds_what_it_says() -> None:
    found = [
        (p.holder.name, p.holder.kind)
        for p in extract(
            "Western media claim that Russia is preparing an invasion.", source=KREMLIN
        ).positions
    ]
    assert found == [("Western media", "other")]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        # (a) plain
        (
            "Illegal armed groups have moved heavy artillery to the contact line.",
            "Illegal armed groups",
        ),
        # (b) after a fronted adverbial
        (
            "On Sunday night, illegal armed groups moved heavy artillery to the contact line.",
            "illegal armed groups",
        ),
        # (d) with a postposed reporting clause
        (
            "Nationalist battalions have moved heavy artillery to the contact line, the Defence "
            "Ministry said.",
            "Nationalist battalions",
        ),
    ],
)
def test_an_armed_group_owns_its_movement(sentence: str, owner: str) -> None:
    draft = extract(sentence, source=KREMLIN)
    assert [(m.actor.name, m.actor.kind) for m in draft.military_movements] == [(owner, "other")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our partners have delivered 300 Javelin missiles to Ukraine.",
        "The partners have delivered 300 Javelin missiles to Ukraine.",
        "300 Javelin missiles provided by partners arrived in Lviv.",
        "Our partners will send 300 Javelin missiles to Ukraine next week.",
    ],
)
def test_partners_alone_own_no_movement(sentence: str) -> None:
    # Look-alike: "partners" with no modifier says whose partners, not which; without the
    # guard the missiles would be a supply of a party named "partners".
    assert extract(sentence, source=KYIV).military_movements == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vladimir Putin said he had spoken to his European colleagues.",
        "Yesterday Sergei Ivanov discussed these issues with our European partners.",
    ],
)
def test_a_standing_relation_is_no_side_of_a_contact(sentence: str) -> None:
    # Without the guard the group is the second side: a contact with no occasion (the guide).
    assert contacts(sentence, source=KREMLIN) == []


def test_leaders_named_as_a_group_meet() -> None:
    found = contacts(
        "Vladimir Putin held a video call with European leaders on Tuesday.", source=KREMLIN
    )
    assert found == [(["Vladimir Putin", "European leaders"], "video_call", "held")]


def test_thanks_to_partners_are_manners() -> None:
    # Without the guard the group is a party named and the thanks a position of support.
    assert targets("I want to thank the partners who are helping us.") == []


def test_thanks_to_partners_for_an_issue_stay() -> None:
    found = targets(
        "I want to thank the partners who are helping us defend Ukraine against the Russian "
        "invasion."
    )
    assert found == [("President of Ukraine", "partners", "other")]


def test_a_nation_named_by_its_adjective_is_its_state() -> None:
    # "Polish partners" are Poland's: the modifier is a state's, not a bloc's.
    found = targets(
        "The President called on our Polish partners to deliver more air defence systems."
    )
    assert found == [("President of Ukraine", "Poland", "state")]
