"""A partitive pronoun as the subject of a clause after forces just told ("…, with some
arriving as late as this morning", "…, some of whom arrived yesterday") stands for part
of those forces (Quirk et al. 15.58, 17.17): it dates part of the movement told, so it is no
second movement, and it takes no owner from a place named on the way ("along Ukraine's
border"). Forces named in full after the comma move on their own."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "rows"),
    [
        # (a) a White House statement, "with some arriving", a state's border on the way
        (
            "Russia has in fact increased its forces along Ukraine's border by as many as 4,000 "
            "troops, with some arriving as recently as last night.",
            WHITE_HOUSE,
            [("Russia", "mass")],
        ),
        # (b) a Kyiv statement, a relative "some of whom", the place a neighbour's
        (
            "Belarus has increased its forces near Ukraine's northern border by about 3,000 "
            "soldiers, some of whom arrived in Mozyr on Tuesday.",
            KYIV,
            [("Belarus", "mass")],
        ),
        # (c) a news report, "many of them" with an auxiliary
        (
            "Over the weekend, Poland massed 12,000 troops on its eastern border, many of them "
            "having already arrived in Lublin.",
            None,
            [("Poland", "mass")],
        ),
        # (d) a Kremlin text, a build-up told by a noun, "some of them now" arriving
        (
            "Sergei Shoigu: NATO has continued the build-up of its forces in Romania, with some "
            "now arriving at Mihail Kogalniceanu.",
            KREMLIN,
            [("NATO", "mass")],
        ),
    ],
)
def test_a_partitive_clause_is_part_of_the_movement_told(
    text: str, source: str | None, rows: list[tuple[str, str]]
) -> None:
    assert movement_owners(text, source=source) == rows


def test_forces_named_in_full_after_the_comma_move_on_their_own() -> None:
    rows = movement_owners(
        "Russia moved 5,000 troops towards the border, while some Belarusian units arrived in "
        "Brest."
    )
    assert ("Belarus", "deploy") in rows
