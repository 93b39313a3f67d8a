"""Warships or warplanes operating in an area are on patrol there (CAMEO 15 force posture):
"warships continue to operate near the Latvian shore", "bombers operate over the sea". Look-alikes
that must not fire: firms operating in a country, ground forces said to operate somewhere,
ships operated by a company, and aircraft that will operate from a base (where they are
based, not where they patrol). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        (
            "Belarusian warships continue to operate near the Latvian shore.",
            WHITE_HOUSE,
            "Belarus",
        ),
        ("Last week Lithuanian vessels operate near the Curonian Spit.", None, "Lithuania"),
        ("Belarusian jets continue to operate over the Baltic Sea.", KYIV, "Belarus"),
    ],
)
def test_warships_and_warplanes_operating_in_an_area_patrol(
    text: str, source: str | None, owner: str
) -> None:
    assert movement_owners(text, None, source) == [(owner, "patrol")]


@pytest.mark.parametrize(
    "text",
    [
        "Lithuanian companies operate in Belarus and have invested billions.",
        "Reports that Lithuanian special forces are operating in Belarus are false.",
        "Ships operated by Belarusian companies will be banned from our ports.",
        "Lithuanian firms continue to operate in Belarus despite the sanctions.",
    ],
)
def test_what_else_operates_is_no_patrol(text: str) -> None:
    assert all(activity != "patrol" for _, activity in movement_owners(text))
