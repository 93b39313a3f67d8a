"""A call on a party to do several things, one of them to talk: CAMEO's demand for
negotiation (1043) is another demand than one for a withdrawal or a release, so "called on
Russia to withdraw its forces and to return to the negotiating table" is two positions, each
quoting its act, and the call decides a word of the act ("and to fulfil its commitments" is
asked, not pledged). Acts of de-escalation stay one demand; other acts are each their own
(``tests/test_baseline_act_kinds.py``). Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("text", "holder", "acts"),
    [
        # (a) plain
        (
            "Polish President Adam Lis called on the Russian Federation to withdraw its forces "
            "from the border and to return to the negotiating table.",
            "Adam Lis",
            ["withdraw its forces from the border", "return to the negotiating table"],
        ),
        # (b) after a fronted adverbial
        (
            "After the shelling of Kharkiv, Polish President Adam Lis called on the Russian "
            "Federation to withdraw its forces from the border and to return to the "
            "negotiating table.",
            "Adam Lis",
            ["withdraw its forces from the border", "return to the negotiating table"],
        ),
        # (c) a pronoun after a first mention
        (
            "Polish President Adam Lis spoke in Warsaw on Monday. He urged Belarus to release "
            "the prisoners and to begin a direct dialogue with the opposition.",
            "Adam Lis",
            ["release the prisoners", "begin a direct dialogue with the opposition"],
        ),
        # (c) a ministry
        (
            "The Polish Foreign Ministry urged Belarus to release the prisoners and to begin a "
            "direct dialogue with the opposition.",
            "Polish government",
            ["release the prisoners", "begin a direct dialogue with the opposition"],
        ),
        # (d) a quotation with a postposed "…, X said"
        (
            "\u201cWe call on Moscow to pull back its tanks from the border and to resume talks "
            "in the Normandy format,\u201d Polish President Adam Lis said.",
            "Adam Lis",
            ["pull back its tanks from the border", "resume talks in the Normandy format"],
        ),
        # (d) the second clause of a two-clause sentence
        (
            "Polish President Adam Lis welcomed the talks in Geneva and called on Russia to "
            "pull back its tanks and to resume the negotiations.",
            "Adam Lis",
            ["pull back its tanks", "resume the negotiations"],
        ),
    ],
)
def test_a_call_for_talks_beside_another_act_is_its_own_demand(
    text: str, holder: str, acts: list[str]
) -> None:
    draft = extract(text)
    demands = [p for p in draft.positions if p.stance == "demand"]
    assert [p.holder.name for p in demands if p.holder is not None] == [holder, holder]
    for demand, act in zip(demands, acts, strict=True):
        assert demand.topic.endswith(act)
    # The second quotes its own act only.
    assert demands[1].evidence[0].quote.startswith("to ")


def test_a_word_of_a_further_act_is_asked_not_held() -> None:
    draft = extract(
        "Polish President Adam Lis called on the Russian Federation to withdraw its forces from "
        "the border, to return to the negotiating table in the Normandy format, and to fulfil "
        "its commitments under the Budapest Memorandum."
    )
    assert [s for _, s, _ in positions(draft)] == ["demand", "demand", "demand"]


def test_acts_of_de_escalation_are_one_demand() -> None:
    # Both acts stop the fighting (CAMEO 1056): one demand, quoted whole.
    text = (
        "Polish President Adam Lis called on Belarus to pull back its tanks and to withdraw its "
        "forces from the border."
    )
    draft = extract(text)
    assert [s for _, s, _ in positions(draft)] == ["demand"]
    assert draft.positions[0].evidence[0].quote == text
