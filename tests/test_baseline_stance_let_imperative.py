"""The third person's imperative asks a party to act (the jussive "let" with a party;
CAMEO 10 DEMAND): "If Russia wants to talk, let it talk to Ukraine", "let the West
persuade Kyiv". Only where "let" opens its clause: "I'll let the Chancellor speak", "will
not let itself be drawn" and "let me say" ask nothing of a party. Each in the four
surroundings of the shape matrix, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Moldovan President Ana Rusu said: \u201cLet Russia withdraw its troops from "
        "Transnistria.\u201d",
        # (b) a subordinate clause before it
        "Moldovan President Ana Rusu said: \u201cIf Moscow wants peace, let it withdraw its "
        "troops from our territory.\u201d",
        # (c) a pronoun after a first mention; the party by its capital
        "Moldovan President Ana Rusu met reporters in Chisinau. She said: \u201cIf the "
        "separatists want talks, let Tiraspol send its delegation to Vienna.\u201d",
        # (d) postposed
        "\u201cLet them sit down at the negotiating table,\u201d Moldovan President Ana Rusu said.",
    ],
)
def test_let_with_a_party_is_a_demand(text: str) -> None:
    assert stances(text) == ["demand"]


def test_one_clause_of_two() -> None:
    text = (
        "Moldovan President Ana Rusu condemned the shelling of the villages and said: "
        "\u201cIf Russia wants calm, let it withdraw its troops.\u201d"
    )
    assert sorted(stances(text)) == ["accuse", "demand"]


@pytest.mark.parametrize(
    "text",
    [
        "Moldovan President Ana Rusu said: \u201cI\u2019ll let the Chancellor speak for "
        "Germany.\u201d",
        "Moldovan President Ana Rusu said Moldova will not let itself be dragged into a war.",
        "Moldovan President Ana Rusu said: \u201cLet me say this plainly about the war.\u201d",
        # "let" with "be": a wish about what is so, no act asked of the party.
        "Moldovan President Ana Rusu said: \u201cLet it be clear that Moldova wants peace.\u201d",
    ],
)
def test_look_alikes_ask_nothing(text: str) -> None:
    assert "demand" not in stances(text)
