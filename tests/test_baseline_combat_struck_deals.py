"""A deal, a balance or a tone struck is no attack: "Russia struck a deal with China on gas",
"struck a careful balance", "struck a conciliatory tone" use "strike" as making, not hitting
(CAMEO 19 codes only the blow). Look-alikes in four surroundings (publisher, party, the thing
struck: a deal, an agreement, a balance, a tone), and the attack kept: "struck Kharkiv",
"struck the airfield", "struck residential districts". Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russia struck a deal with China on gas supplies last month.", WHITE_HOUSE),
        (
            "The minister said Ukraine struck a new agreement with Poland on grain transit.",
            KREMLIN,
        ),
        ("Officials said Belarus struck a careful balance between Moscow and Brussels.", None),
        ("In Minsk, Russian negotiators struck a conciliatory tone on Tuesday.", KYIV),
    ],
)
def test_a_deal_or_a_tone_struck_is_no_attack(text: str, source: str | None) -> None:
    assert movement_owners(text, None, source) == []


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        ("Russian forces struck Kharkiv overnight.", KYIV, "Russia"),
        (
            "Ukrainian artillery struck the airfield near Donetsk, the ministry said.",
            KREMLIN,
            "Ukraine",
        ),
        ("Belarusian aircraft struck residential districts near the border.", None, "Belarus"),
    ],
)
def test_struck_with_a_place_or_target_is_still_an_attack(
    text: str, source: str | None, owner: str
) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]
