"""Readiness to assist a party is help offered to it (`support`); a rank's "Border Guard" is
no part of the person's name.

The guide: "security or humanitarian assistance offered" is `support`, and readiness to take
a party's side takes it ("ready to back the application"); readiness to assist a party
("confirmed Poland's readiness to help Ukrainian colleagues with equipment") is that help
offered. Readiness to help with an act ("ready to assist in organising …") stays a pledge.
"Commander-in-Chief of the Polish Border Guard Jan Lis": "Guard" closes the body's name,
as "Service" does, and the person is Tomasz Praga.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a readout, readiness named by its noun, a that-clause
        (
            "Prime Minister Anna Kowal said that Poland confirmed its readiness to assist "
            "Ukrainian colleagues with equipment.",
            "Prime Minister holds talks",
            KYIV,
        ),
        # (b) another publisher and party, "ready to" with an adverb's place free
        (
            "Secretary Blinken said the United States stands ready to assist Moldova with "
            "border management.",
            "Secretary Blinken's Call with Moldovan Foreign Minister",
            WHITE_HOUSE,
        ),
        # (c) a speaker's own readiness in a transcript turn
        (
            "SERGEI LAVROV: We are prepared to assist our Belarusian friends with everything "
            "they need.",
            "Meeting with Foreign Minister Sergei Lavrov",
            KREMLIN,
        ),
        # (d) willingness, in the past, of a party named after a minister's saying
        (
            "Minister Reznikov said that Lithuania was willing to assist Ukraine with fuel.",
            "Reznikov meets Lithuanian counterpart",
            KYIV,
        ),
    ],
)
def test_readiness_to_assist_a_party_is_support(text: str, title: str, source: str) -> None:
    assert "support" in [stance for _, stance in _held(text, title, source)]


def test_readiness_to_assist_in_an_act_stays_a_pledge() -> None:
    held = _held(
        "Prime Minister Anna Kowal said that Poland confirmed its readiness to assist in "
        "organising the evacuation of civilians.",
        "Prime Minister holds talks",
        KYIV,
    )
    assert "support" not in [stance for _, stance in held]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Commander-in-Chief of the Polish Border Guard Tomasz Praga said that Poland is "
            "ready to support the talks.",
            "Tomasz Praga",
        ),
        (
            "Commander of the National Guard of Ukraine Yurii Lebid said that Ukraine is ready "
            "to support the talks.",
            "Yurii Lebid",
        ),
    ],
)
def test_a_guard_rank_is_no_part_of_the_name(text: str, holder: str) -> None:
    assert (holder, "support") in _held(text, "Border guards hold talks", KYIV)
