"""Encouraging a party to a hostile act charges the encourager (the guide: stance by content;
CAMEO 112), not an appeal: "it encourages the Kiev regime to go on fighting" (synthetic13
o08) and "deliveries … only encourage those in Ukraine who are betting on a military
solution" (synthetic6 w04) were read as demands: "keep fighting" was no act of the list,
and a party named by a relative clause ("those … who are counting on") had no "to" for the
act to follow. Four surroundings, with look-alikes that stay appeals. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) a foreign minister's quotation, a pronoun subject, "keep fighting"
        '"This does nothing for the talks; on the contrary, it encourages the Kiev regime to '
        'keep fighting," Foreign Minister Sergei Lavrov said.',
        # (b) a spokeswoman, a party of four words, "keep shelling"
        '"Western arms deliveries encourage the nationalists in Kiev to keep shelling '
        'Donetsk," Foreign Ministry spokeswoman Maria Zakharova said.',
        # (c) a president's reported that-clause, a relative clause naming the party
        "Vladimir Putin noted that the recent deliveries of weapons to Kiev by the United "
        "Kingdom only encourage those in Ukraine who are counting on a military solution.",
        # (d) the other side's minister, "betting on a military option"
        '"Such statements only encourage those in Moscow who are betting on a military '
        'option," Foreign Minister Dmytro Kuleba said.',
    ],
)
def test_encouraging_a_party_to_war_is_a_charge(text: str) -> None:
    assert stances(text) == ["accuse"]


@pytest.mark.parametrize(
    "text",
    [
        # A party named by a relative clause, encouraged to no hostile act: an appeal.
        '"We encourage those in Kyiv who are working on the reforms to keep going," '
        "Secretary of State Antony Blinken said.",
        '"We encourage everyone who is able to leave Ukraine to do so now," Secretary of '
        "State Antony Blinken said.",
    ],
)
def test_encouraging_to_anything_else_stays_an_appeal(text: str) -> None:
    assert stances(text) == ["demand"]
