"""Helping a party defend itself takes its side (`support`; the guide: security assistance
offered is `support`): "we'll keep helping Moldova defend itself", "would do whatever
it takes to help Ukraine defend itself". The party helped stands between the verb and
"defend"; helping to defend a place of one's own ("our marines will help defend the northern
ports") names no party helped and stays what it was.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances, stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a spokeswoman's own turn, carried on, a pronoun after the party
        (
            "MS. HOLT: And we'll keep helping Moldova defend itself.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
            "United States",
        ),
        # (b) a minister's that-clause, a modal and a phrase before the verb
        (
            "Prime Minister Anna Kowal assured the guests that Poland would do whatever it "
            "takes to help Ukraine defend itself.",
            "Prime Minister holds talks",
            KYIV,
            "Anna Kowal",
        ),
        # (c) a past tense, the party as a people "of" a state
        (
            "Minister Oleh Marchuk recalled that Latvia had helped the people of Ukraine "
            "defend Kharkiv last spring.",
            "Minister meets ambassadors",
            KYIV,
            "Latvia",
        ),
        # (d) a Kremlin minister's own turn, a gerund after "go on" and a border defended
        (
            "PAVEL ORLOV: Our country will go on helping Belarus defend its western border.",
            "Talks with Defence Minister Pavel Orlov",
            KREMLIN,
            "Pavel Orlov",
        ),
    ],
)
def test_helping_a_party_defend_itself_is_support(
    text: str, title: str, source: str, holder: str
) -> None:
    # The side is taken by the helper, as the text gives whose the help is.
    assert held_stances(text, title, source) == [(holder, "support")]


def test_helping_defend_a_place_names_no_party_helped() -> None:
    text = "MS. HOLT: Our marines will help defend the northern ports."
    assert "support" not in stances(
        text, "Press Briefing by Press Secretary Dana Holt", WHITE_HOUSE
    )
