"""A charge or a warning of an attack is aimed at the attacker, not the party attacked: after
"war against", "attack on", "invasion of" stands the party the attack is made on, which is
no target of an ``accuse`` or ``warn`` (``targets.target_after``, ``charged``); the owner
named before the attack is. In four surroundings (publisher, party, way of naming the
holder, sentence shape), with look-alikes: support of the party attacked keeps it as its
target, and an attack whose attacker is not named leaves none. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract

_BRIEFING = "Press Briefing by Press Secretary Jen Psaki"


def _targets(text: str, title: str | None, source: str | None) -> list[str | None]:
    found = extract(text, title, source).positions
    return [None if p.target is None else p.target.name for p in found]


@pytest.mark.parametrize(
    ("text", "title", "source", "target"),
    [
        # (a) a White House fact sheet: a state's possessive, "war against"
        (
            "Two weeks into Russia\u2019s premeditated and unprovoked war against Ukraine, the "
            "United States is imposing further costs.",
            "FACT SHEET: United States Imposes Further Costs",
            WHITE_HOUSE,
            "Russia",
        ),
        # (b) a briefing: a leader's possessive, "invasion of"
        (
            "MS. PSAKI: We condemn President Putin\u2019s brutal invasion of Ukraine.",
            _BRIEFING,
            WHITE_HOUSE,
            "Putin",
        ),
        # (c) a Kyiv address reported: another war, another victim
        (
            "Volodymyr Zelenskyy said that Ukraine condemns Russia's war against Georgia in 2008.",
            "Address by the President of Ukraine",
            KYIV,
            "Russia",
        ),
        # (d) a news report of a Baltic leader: "attack on"
        (
            "Latvian Foreign Minister Edgars Rinkevics condemned Russia's attack on Ukraine.",
            None,
            None,
            "Russia",
        ),
        # (e) a news report: a combat event of the lexicon's, "airstrikes on", its
        # attacker after "by"
        (
            "Polish President Andrzej Duda condemned the airstrikes on Ukraine by Russia.",
            None,
            None,
            "Russia",
        ),
    ],
)
def test_a_charge_of_an_attack_is_aimed_at_the_attacker(
    text: str, title: str | None, source: str | None, target: str
) -> None:
    assert _targets(text, title, source) == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # support of the party attacked: it stays the target
        ("MS. PSAKI: We stand with the victims of the war against Ukraine.", "Ukraine"),
        # no attacker named: no target rather than the party attacked
        ("MS. PSAKI: We condemn the attack on Ukraine.", None),
    ],
)
def test_support_keeps_the_party_attacked_and_no_attacker_leaves_none(
    text: str, target: str | None
) -> None:
    assert _targets(text, _BRIEFING, WHITE_HOUSE) == [target]
