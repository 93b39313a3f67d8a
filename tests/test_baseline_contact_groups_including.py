"""A group object named with the members it includes ("a secure video call with
transatlantic leaders, among them the leaders of Canada, France and Italy, as well as NATO"):
the states and bodies whose leaders are listed take part, after the group itself when a
capitalised name makes it one the text names ("Nordic leaders"). In four surroundings, with
look-alikes. Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a White House readout, a group in lower case, a call ahead
        (
            "Tomorrow President Joe Biden will hold a secure video call with transatlantic "
            "leaders, including the leaders of Canada, Italy and Poland, to discuss deterrence.",
            WHITE_HOUSE,
            (["Joe Biden", "Canada", "Italy", "Poland"], "video_call", "planned"),
        ),
        # (b) a Kyiv readout, a named group, "the prime ministers of"
        (
            "President of Ukraine Taras Bondar held a video conference with Nordic leaders, "
            "including the prime ministers of Finland, Sweden and Norway.",
            KYIV,
            (
                ["Taras Bondar", "Nordic leaders", "Finland", "Sweden", "Norway"],
                "video_call",
                "held",
            ),
        ),
        # (c) a Kremlin text, "the presidents of"
        (
            "Vladimir Putin held a video conference with CSTO leaders, including the presidents "
            "of Belarus, Armenia and Kazakhstan.",
            KREMLIN,
            (
                ["Vladimir Putin", "CSTO leaders", "Belarus", "Armenia", "Kazakhstan"],
                "video_call",
                "held",
            ),
        ),
        # (d) a news text, a fronted day, a body added "as well as"
        (
            "On Monday, Chancellor Karl Huber of Austria spoke by phone with Balkan leaders, "
            "including the heads of Serbia and Montenegro, as well as the European Union.",
            None,
            (
                ["Karl Huber", "Balkan leaders", "Serbia", "Montenegro", "EU"],
                "phone_call",
                "held",
            ),
        ),
    ],
)
def test_the_members_a_group_includes_take_part(
    text: str, source: str | None, expected: tuple[list[str], str, str]
) -> None:
    assert expected in contacts(text, "Readout", source)


@pytest.mark.parametrize(
    "text",
    [
        # the people included are named by what they head, not by a state or body
        "President Joe Biden held a call with European leaders, including the heads of the "
        "central banks of France and Germany.",
        # a person in the list: the list is not of states and bodies
        "President Joe Biden held a call with European leaders, including the leaders of "
        "France and Chancellor Karl Huber of Austria.",
    ],
)
def test_a_list_of_other_things_leaves_the_group_alone(text: str) -> None:
    assert contacts(text, "Readout", WHITE_HOUSE) == [
        (["Joe Biden", "European leaders"], "phone_call", "held")
    ]
