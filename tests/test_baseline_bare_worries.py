"""Two kinds of a speaker's remark that name no party are positions all the same.

A worry is a view of the crisis whatever its clause names ("We are deeply concerned.", "The
situation is extremely worrying."): in a transcript it answers what was put to the speaker
or told just before. Other remarks naming nothing (thanks, hopes, a refusal or a denial
on its own) stay narrative, as before.

Crimes and the account their authors are told they will give are an issue of war and peace
(lexicon.toml [issues] justice): "whoever ordered the shelling will answer for it" names
no party ("those who …") and is still a threat of the war.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, held_stances

_MEETING = "Meeting with Foreign Minister Sergei Orlov"
_ADDRESS = "Address by the President of Ukraine"


@pytest.mark.parametrize(
    "text",
    [
        # (a) an answer in a transcript turn, the worry alone
        "SERGEI ORLOV: We are concerned, and have been so since the autumn.",
        # (b) a degree adverb, what worries after it
        "SERGEI ORLOV: I am deeply worried about the state of the roads in the north.",
        # (c) impersonal: the situation judged worrying
        "SERGEI ORLOV: Frankly, the situation is extremely worrying.",
        # (d) the second clause of two
        "SERGEI ORLOV: The numbers rose again overnight, and I am alarmed by how fast.",
    ],
)
def test_a_speakers_worry_naming_nothing_is_a_position(text: str) -> None:
    assert held_stances(text, _MEETING, KREMLIN) == [("Sergei Orlov", "concern")]


@pytest.mark.parametrize(
    "text",
    [
        # hopes and thanks naming nothing stay narrative (fail if every stance stood bare)
        "SERGEI ORLOV: We certainly hope so.",
        "SERGEI ORLOV: I am glad that we finally have this chance to sit down together.",
        # a denial alone stays out too: it is as often an aside as a view
        "SERGEI ORLOV: It is too early to draw conclusions, I have not seen one yet.",
    ],
)
def test_other_remarks_naming_nothing_stay_narrative(text: str) -> None:
    assert held_stances(text, _MEETING, KREMLIN) == []


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a transcript turn, passive accountability
        (
            "SERGEI ORLOV: Those responsible, and those who signed the orders, will be held "
            "accountable.",
            _MEETING,
            KREMLIN,
            "Sergei Orlov",
        ),
        # (b) an address: the crime named, then the account foretold
        (
            "Every such crime is being recorded, and whoever gave the order will answer for it.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
        ),
        # (c) "bear responsibility" after a charge in a subordinate clause
        (
            "SERGEI ORLOV: Whoever fired on that column will bear full responsibility.",
            _MEETING,
            KREMLIN,
            "Sergei Orlov",
        ),
    ],
)
def test_accountability_foretold_is_of_the_war(
    text: str, title: str, source: str, holder: str
) -> None:
    assert [h for h, _ in held_stances(text, title, source)] == [holder]


def test_a_remark_naming_no_crime_and_no_account_stays_narrative() -> None:
    assert (
        held_stances("SERGEI ORLOV: Whoever booked that hall will regret it.", _MEETING, KREMLIN)
        == []
    )


def test_a_worry_pointing_at_nothing_told_is_still_a_position() -> None:
    """The demonstrative points at nothing a rule can read; the worry is a view all the same
    (it was held to be nothing before: ``test_baseline_guard_charges``)."""
    held = held_stances("PRESIDENT REED: I am worried about this.", "Remarks by President Reed")
    assert [stance for _, stance in held] == ["concern"]
