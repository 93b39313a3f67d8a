"""A charge of arms supplied is aimed at the supplier, not at the party supplied ("the
Western countries keep pumping weapons into Ukraine" charges the Western countries;
``arguments._supplied``): the party after "supplying", "pumping … into", "supplies … to"
is skipped as the party attacked is. In four surroundings, with look-alikes: a pledge to
supply (no charge: the recipient stays the target) and a charge whose supplier is named
after the cue. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_targets


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a Kremlin transcript: "pump … into", a plural noun as subject
        (
            "Sergei Shoigu: The Western countries keep pumping weapons into Ukraine.",
            "Meeting with Security Council members",
            KREMLIN,
            ("accuse", "Western countries"),
        ),
        # (b) a Kremlin transcript: the party supplied right after the verb, an alliance
        (
            "Sergei Lavrov: NATO is pumping Kiev with weapons.",
            "Meeting with Security Council members",
            KREMLIN,
            ("accuse", "NATO"),
        ),
    ],
)
def test_a_charge_of_supply_is_not_aimed_at_the_party_supplied(
    text: str, title: str | None, source: str | None, expected: tuple[str, str]
) -> None:
    assert stance_targets(text, title, source) == [expected]


def test_a_kyiv_charge_of_supply_leaves_out_the_party_supplied() -> None:
    """(c) a Kyiv address, the charge with "for": Russia, supplied, is not charged."""
    targets = stance_targets(
        "Volodymyr Zelenskyy: We condemn the Lukashenko regime for supplying fuel to Russia.",
        "Address by the President",
        KYIV,
    )
    assert ("accuse", "Russia") not in targets


def test_a_supplier_named_after_the_cue_is_the_target() -> None:
    """(d) a White House statement: the supplier is named first, so it stays the target."""
    targets = stance_targets(
        "We condemn Iran for supplying drones to Russia.",
        "Statement by Press Secretary Dana Holt",
        WHITE_HOUSE,
    )
    assert targets == [("accuse", "Iran")]


def test_a_pledge_to_supply_is_aimed_at_the_party_supplied() -> None:
    """Look-alike: no charge, so the party supplied is the one the support is for."""
    targets = stance_targets(
        "The United States will continue to supply Ukraine with Javelin missiles to help it "
        "defend its sovereignty.",
        "Statement by Press Secretary Dana Holt",
        WHITE_HOUSE,
    )
    assert targets == [("support", "Ukraine")]
