"""A party's own act forsworn, whatever names the party: "Russia is not going to attack
anyone", "Ukraine is not going to abandon its course".

The openings of negated intent are the refusals' ("will not", "won't", "is not going to"),
and the present progressive disowns too ("is not threatening anyone"). A hostile act
disowned answers the charge of it (`deny`, CAMEO 016); yielding forsworn holds one's course
(`commit`, CAMEO 03; the guide: a party stating what it will not do is `commit`). The
subject may be the speaker's state or country as well as "we": whose the stance is, the
attribution decides, as for any cue after its subject; another side's act forsworn, told
by the speaker ("Putin has told the world that Russia is not going to attack anyone"), is
that side's, as an undertaking told is its giver's.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, held_stances, positions

_MEETING = "Meeting with Foreign Minister Sergei Orlov"
_ADDRESS = "Address by the President of Ukraine"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder", "topic"),
    [
        # (a) plain, a state named as the subject in a transcript turn
        (
            "SERGEI ORLOV: Russia is not going to attack anyone.",
            _MEETING,
            KREMLIN,
            "Sergei Orlov",
            "attack anyone",
        ),
        # (b) after a fronted adverbial, reported in the past
        (
            "On Monday, Russian Foreign Minister Sergei Orlov said that Russia was not going"
            " to invade anybody.",
            None,
            None,
            "Sergei Orlov",
            "invade anybody",
        ),
        # (c) the minister by surname after a first mention; "would not", another act
        (
            "Russian Foreign Minister Sergei Orlov spoke in Moscow on Monday. Orlov said"
            " Russia would not strike anyone.",
            None,
            None,
            "Sergei Orlov",
            "strike anyone",
        ),
        # (c) the present progressive, the country named another way, in a quotation
        (
            "“Our country is not threatening anyone,” Russian Foreign Minister Sergei Orlov said.",
            None,
            None,
            "Sergei Orlov",
            "threatening anyone",
        ),
        # (d) the second clause of two
        (
            "SERGEI ORLOV: The exercises will end on Sunday, and Russia is not going to"
            " attack anyone.",
            _MEETING,
            KREMLIN,
            "Sergei Orlov",
            "attack anyone",
        ),
    ],
)
def test_a_hostile_act_forsworn_is_a_denial(
    text: str, title: str | None, source: str | None, holder: str, topic: str
) -> None:
    assert positions(extract(text, title, source)) == [(holder, "deny", topic)]


@pytest.mark.parametrize(
    "text",
    [
        # "attack" a problem: no one attacked, so no denial ("is not going to" alone is no cue)
        "SERGEI ORLOV: The ministry is not going to attack this problem piecemeal.",
        # a question asks; its premise is nobody's
        "SERGEI ORLOV: Is Russia not going to attack anyone?",
    ],
)
def test_the_same_openings_without_a_hostile_act_on_anyone_deny_nothing(text: str) -> None:
    assert [s for _, s, _ in positions(extract(text, _MEETING, KREMLIN))] == []


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) plain, the state named in its President's address
        (
            "Ukraine is not going to retreat from its road towards a seat in the European Union.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
        ),
        # (b) after a fronted adverbial, reported in the past
        (
            "On Tuesday, Foreign Minister Olena Marchenko said that Ukraine was not going to"
            " give up its path to NATO.",
            None,
            None,
            "Olena Marchenko",
        ),
        # (c) a pronoun after a first mention, another verb of yielding
        (
            "Foreign Minister Olena Marchenko spoke in Kyiv. She said Ukraine would never back"
            " down under pressure from Russia.",
            None,
            None,
            "Olena Marchenko",
        ),
        # (d) postposed "…, X said"
        (
            "“Ukraine is not going to surrender its territory,” Foreign Minister Olena"
            " Marchenko said.",
            None,
            None,
            "Olena Marchenko",
        ),
        # (d) the second clause of two
        (
            "The nights are long, but Ukraine is not going to give up its course towards the"
            " European Union.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
        ),
    ],
)
def test_yielding_forsworn_is_a_commitment(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text, title, source))] == [(holder, "commit")]


_REMARKS = "Remarks by President Reed on Russia and Ukraine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain: another side's denial, relayed
        (
            "PRESIDENT REED: Putin has told the world that Russia is not going to attack"
            " anyone, but the troops are still there.",
            # The vocabulary places Putin (Russia's): the denial is his, of that side.
            [("Putin", "deny")],
        ),
        # (b) after a fronted adverbial; a sayer named holds what it says
        (
            "PRESIDENT REED: For weeks now, Moscow has said that Russia will not attack anybody.",
            [("Russian government", "deny")],
        ),
        # (c) the party named by its people; yielding forsworn
        ("PRESIDENT REED: The Ukrainians are not going to give up.", [("Ukraine", "commit")]),
        # (d) the second clause of two
        (
            "PRESIDENT REED: The troops are still there, and the Kremlin says Russia is not"
            " going to attack anyone.",
            [("Russian government", "deny")],
        ),
    ],
)
def test_another_sides_act_forsworn_told_by_the_speaker_is_that_sides(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The speaker's own state forswearing stays the speaker's (the first tests above)."""
    assert held_stances(text, _REMARKS, WHITE_HOUSE) == expected
