"""Forces sent, supplied or withdrawn, told first uncounted and then counted by other words,
are two transfers, not one restated (``merge._counted_apart``); the same forces named again,
a gloss, a part of a whole, or a drill told by its noun and then by its forces stay one."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

Row = tuple[str, str, str]


def movements(text: str) -> list[Row]:
    return [(m.actor.name, m.activity, m.forces) for m in extract(text).military_movements]


@pytest.mark.parametrize(
    ("text", "two"),
    [
        # (a) plain
        (
            "Russia has moved units into Belarus. About 7,000 troops arrived in Belarus on "
            "Tuesday.",
            [("Russia", "deploy", "units"), ("Russia", "deploy", "About 7,000 troops")],
        ),
        # (b) after a fronted adverbial
        (
            "On Monday, Britain shipped anti-tank systems to Ukraine. In total, Britain has "
            "delivered more than 2,000 launchers to Ukraine.",
            [
                ("United Kingdom", "supply", "anti-tank systems"),
                ("United Kingdom", "supply", "more than 2,000 launchers"),
            ],
        ),
        # (c) the owner named by its capital, (d) the second clause of two, a postposed source
        (
            "Moscow has moved units into Belarus, and about 7,000 more troops have arrived "
            "there since Friday, the ministry said.",
            [("Russia", "deploy", "units"), ("Russia", "deploy", "about 7,000 more troops")],
        ),
    ],
)
def test_forces_counted_apart_are_two_transfers(text: str, two: list[Row]) -> None:
    assert movements(text) == two


@pytest.mark.parametrize(
    ("text", "one"),
    [
        # the same forces named again, now counted
        (
            "Britain has sent troops to Estonia. 800 British troops arrived in Estonia on Monday.",
            ("United Kingdom", "deploy", "troops"),
        ),
        # the forces pointed back to by a definite noun
        (
            "Britain has sent 800 troops to Estonia. The soldiers arrived in Estonia on Monday.",
            ("United Kingdom", "deploy", "800 troops"),
        ),
        # forces counted first, then named again uncounted: a gloss, not news
        (
            "Russia has sent 7,000 troops to Belarus. Units arrived in Belarus on Tuesday.",
            ("Russia", "deploy", "7,000 troops"),
        ),
        # the counted forces a part of the whole told before them
        (
            "Norway has provided Ukraine with military aid, including 200 anti-tank missiles.",
            ("Norway", "supply", "military aid"),
        ),
        # a drill told by its noun, then by the forces taking part
        (
            "Russia began exercises in Belarus. More than 10,000 Russian servicemen took part.",
            ("Russia", "exercise", "exercises"),
        ),
    ],
)
def test_a_restatement_stays_one_movement(text: str, one: Row) -> None:
    assert movements(text) == [one]
