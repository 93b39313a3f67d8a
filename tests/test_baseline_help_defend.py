"""Helping a party defend itself takes its side (`support`; the guide: security assistance
offered is `support`): "we'll keep helping Moldova defend itself", "would do whatever
it takes to help Ukraine defend itself". The party helped stands between the verb and
"defend"; helping to defend a place of one's own ("our marines will help defend the northern
ports") names no party helped and stays what it was.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _stances(text: str, title: str, source: str) -> list[str]:
    return [p.stance for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a spokeswoman's own turn, carried on, a pronoun after the party
        (
            "MS. HOLT: And we'll keep helping Moldova defend itself.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
        ),
        # (b) a minister's that-clause, a modal and a phrase before the verb
        (
            "Prime Minister Anna Kowal assured the guests that Poland would do whatever it "
            "takes to help Ukraine defend itself.",
            "Prime Minister holds talks",
            KYIV,
        ),
        # (c) a past tense, the party as a people "of" a state
        (
            "Minister Oleh Marchuk recalled that Latvia had helped the people of Ukraine "
            "defend Kharkiv last spring.",
            "Minister meets ambassadors",
            KYIV,
        ),
        # (d) a Kremlin minister's own turn, a gerund after "go on" and a border defended
        (
            "PAVEL ORLOV: Our country will go on helping Belarus defend its western border.",
            "Talks with Defence Minister Pavel Orlov",
            KREMLIN,
        ),
    ],
)
def test_helping_a_party_defend_itself_is_support(text: str, title: str, source: str) -> None:
    assert _stances(text, title, source) == ["support"]


def test_helping_defend_a_place_names_no_party_helped() -> None:
    text = "MS. HOLT: Our marines will help defend the northern ports."
    stances = _stances(text, "Press Briefing by Press Secretary Dana Holt", WHITE_HOUSE)
    assert "support" not in stances
