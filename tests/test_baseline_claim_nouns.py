"""A party's claim told as a noun ("Russian claims that …", "Moscow's claim that …", "the
statements of Polish officials that …", "its latest claims about …") is the owner's
accusation of the party its content names, besides the stance of the one who tells of it.
A claim whose content names only its owner, one with no owner, and one in a question make
none."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "owner"),
    [
        # (a) a state's adjective before the noun, in a Kyiv readout
        (
            "The Office of the President dismissed as groundless Belarusian claims that Ukrainian"
            " border guards had fired on a checkpoint near Mozyr.",
            "The Office of the President rejected Belarusian claims",
            KYIV,
            "Belarus",
        ),
        # (b) the owner after "of", in a Kremlin transcript turn
        (
            "SERGEI ORLOV: We reject the statements of the Polish Foreign Ministry that Russia is"
            " preparing an attack on Lithuania.",
            "Meeting with Foreign Minister Sergei Orlov",
            KREMLIN,
            "Polish government",
        ),
        # (c) a possessive, in a White House fact sheet
        (
            "Moscow\u2019s claim that Ukrainian forces are shelling Donetsk is a lie.",
            "FACT SHEET: Holding Russia Accountable",
            WHITE_HOUSE,
            "Russia",
        ),
        # (d) "its" for the party named before it, "about", in a news report
        (
            "Russia has a habit of blaming others, and its latest claims about secret"
            " laboratories in Ukraine fit the pattern, Foreign Minister Jan Kowal of Poland said.",
            None,
            None,
            "Russia",
        ),
    ],
)
def test_a_partys_claim_told_as_a_noun_is_its_accusation(
    text: str, title: str | None, source: str | None, owner: str
) -> None:
    assert (owner, "accuse") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # the content names only the owner
        "Foreign Minister Jan Kowal of Poland dismissed the Russian claim that Russia is only"
        " conducting exercises.",
        # no owner named
        "Foreign Minister Jan Kowal of Poland said the claims that Ukraine attacked a border"
        " post were false.",
        # a question
        "Does Foreign Minister Jan Kowal of Poland believe Russian claims that Ukraine attacked"
        " a border post?",
        # "claims" the verb after a name, not the noun
        "Foreign Minister Jan Kowal of Poland said that Moscow claims that Ukraine attacked a"
        " border post.",
        # unnamed people of a state
        "Foreign Minister Jan Kowal of Poland rejected the statements of Russian officials that"
        " Ukraine attacked a border post.",
        # the speaker's own side first in what is claimed
        "SERGEI ORLOV: The Ukrainian claims that our units have lost their combat capability"
        " are untrue.",
    ],
)
def test_a_claim_with_no_other_party_no_sure_owner_or_in_a_question_is_no_accusation(
    text: str,
) -> None:
    found = held_stances(text, "Meeting with Foreign Minister Sergei Orlov", KREMLIN)
    found += held_stances(text)
    assert ("Russia", "accuse") not in found
    assert ("Russian government", "accuse") not in found
    assert ("Ukraine", "accuse") not in found
