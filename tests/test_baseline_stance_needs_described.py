"""A need told of a third party in a relative clause without "that" ("the support it needs
to defend itself", "the technology it needs to keep up its war") describes the party's
need; it asks nobody for anything, so "needs to" there is no demand and the clause's other
cues decide. Each in the four surroundings of the shape matrix, with look-alikes.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain: help carried on, the need of the party helped
        (
            "Chancellor Otto Weber said Germany will keep giving Ukraine the support it needs "
            "to defend itself.",
            [("Otto Weber", "support")],
        ),
        # (b) a ministry; a measure withholding what the party needs
        (
            "The Japanese Foreign Ministry said Japan will deny Russia the chips it needs to "
            "build missiles.",
            [("Japanese government", "commit")],
        ),
        # (c) a quotation before its speaker, "they", the party named by a phrase
        (
            '"We will give the Ukrainian army the support they need to hold the line," Defence '
            "Minister Ann Lee said.",
            [("Ann Lee", "support")],
        ),
        # (d) a fronted adverbial, "all the …", help promised with a modal
        (
            "After the talks, Dutch Prime Minister Jan Smit said the Netherlands would send "
            "Moldova all the medicines it needs to treat the wounded.",
            [("Jan Smit", "support")],
        ),
    ],
)
def test_a_need_described_asks_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The hearer addressed: an appeal.
        'Chancellor Otto Weber told Lavrov: "The first thing you need to do is end the shelling."',
        # A verb of saying between the noun and the pronoun: the subject's own statement.
        "Chancellor Otto Weber said the alliance thinks it needs to strengthen its eastern flank.",
        # No pronoun: a party's need stated outright.
        "Chancellor Otto Weber said Russia needs to withdraw its troops.",
    ],
)
def test_a_need_stated_stays_a_demand(text: str) -> None:
    assert [stance for _, stance in held_stances(text)] == ["demand"]
