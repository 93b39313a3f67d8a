"""One's own sovereignty, integrity or independence upheld is a commitment: "we will not give
up our sovereignty" (synthetic12 p06) and "Ukraine would not lay down its arms and would
fight for its independence" (p10) state what the holder undertakes to do (the guide:
`commit`), where a commitment to, or a defence of, another party's sovereignty takes that
party's side (`support`: "committed to Ukraine's sovereignty"). Four surroundings, with
look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a quotation first, "our", a negated yielding
        (
            '"We will not give up our sovereignty," Moldovan President Maia Sandu said.',
            [("Maia Sandu", "commit")],
        ),
        # (b) a readout, a state by name and "its", the defence of it
        (
            "The President emphasized that Georgia would defend its independence.",
            [("President of Georgia", "commit")],
        ),
        # (c) a minister, "never give up", "its territorial integrity"
        (
            "Prime Minister Ana Brnabic said that Serbia will never give up its territorial "
            "integrity.",
            [("Ana Brnabic", "commit")],
        ),
        # (d) "its own", the saying verb postposed
        (
            '"Finland will defend its own sovereignty," President Sauli Niinisto said.',
            [("Sauli Niinisto", "commit")],
        ),
    ],
)
def test_ones_own_sovereignty_upheld_is_a_commitment(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Another party's sovereignty, by a possessive name.
        "President Joe Biden said the United States is committed to Ukraine's sovereignty "
        "and territorial integrity.",
        # "Its" after another party's name is that party's.
        "Chancellor Olaf Scholz said that Germany is committed to Ukraine and its sovereignty.",
        # "Our" opening another possessor: the partners' sovereignty.
        "Secretary of State Antony Blinken said: \"We will continue to defend our partners' "
        'sovereignty."',
        # "Our" after the upheld noun: the sovereignty of the partners.
        'Secretary of State Antony Blinken said: "We will continue to defend the sovereignty '
        'of our partners."',
    ],
)
def test_another_partys_sovereignty_upheld_takes_its_side(text: str) -> None:
    """Look-alikes: what is upheld is another party's, so the holder supports it."""
    assert [stance for _, stance in held_stances(text)] == ["support"]
