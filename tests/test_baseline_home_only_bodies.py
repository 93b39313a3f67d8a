"""A body the vocabulary knows by one bare word that other states' governments share
("Treasury") is the vocabulary's body (the US Department of the Treasury) in a text of the
United States, and no party the rules can tell in anyone else's."""

from __future__ import annotations

import pytest

from tests.baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions

TREASURY = "US Department of the Treasury"


@pytest.mark.parametrize(
    "text",
    [
        # A fact sheet's bullet, the bare word as the subject, a commitment cue.
        "Treasury is also blocking the assets of nine Russian bankers who finance the war "
        "against Ukraine.",
        # "The Treasury", a future tense, a punitive action.
        "The Treasury will impose sanctions on six more Russian defense firms next week.",
        # After a clause naming another body: the second subject is still the Treasury.
        "The Department of State is restricting visas for 20 Belarusian officials, and "
        "Treasury is also blocking the assets of four Belarusian banks.",
    ],
)
def test_bare_treasury_in_a_us_text_is_the_department(text: str) -> None:
    holders = [h for h, _, _ in positions(extract(text, source=WHITE_HOUSE))]
    assert TREASURY in holders


def test_bare_treasury_in_a_us_statement_is_its_own_holder() -> None:
    """Another way of naming it in a statement: the holder is the department, not the
    White House's state."""
    draft = extract(
        "Treasury is also blocking the assets of nine Russian bankers who finance the war "
        "against Ukraine.",
        source=WHITE_HOUSE,
    )
    assert [h for h, _, _ in positions(draft)] == [TREASURY]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Look-alike: a Kremlin text's own treasury.
        ("The Treasury will continue to finance the defence order in full.", KREMLIN),
        # Look-alike: a Ukrainian text.
        ("The Treasury is also imposing sanctions on 12 Russian banks.", KYIV),
        # Look-alike: a news text, whose state is not known (Britain's Treasury, perhaps).
        ("Treasury will continue to support the Ukrainian economy, the Chancellor said.", None),
    ],
)
def test_bare_treasury_elsewhere_is_not_the_us_department(text: str, source: str | None) -> None:
    holders = [h for h, _, _ in positions(extract(text, source=source))]
    assert TREASURY not in holders


def test_the_us_treasury_named_in_full_is_the_department_anywhere() -> None:
    """Look-alike of the guard: "the U.S. Treasury" names its state, so a Ukrainian text's
    mention of it is the US department's."""
    draft = extract(
        "The U.S. Treasury is also imposing sanctions on 12 Russian banks.", source=KYIV
    )
    assert [h for h, _, _ in positions(draft)] == [TREASURY]
