"""A list item's bullet is not a word of its sentence.

Fact sheets list their measures as bullets ("- The Department of the Treasury is imposing
…"); the sentence opens after the bullet, so its subject is read and the body it names
holds the measure (the guide: "The Department of Commerce will …" → US Department of
Commerce), and its quote leaves the bullet out.
"""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

_TITLE = "FACT SHEET: New Costs on Russia"


def _listed(item: str) -> list[tuple[str, str, str]]:
    draft = extract(f"New Measures\n\n{item}\n", _TITLE, WHITE_HOUSE)
    return [(p.holder.name, p.stance, p.evidence[0].quote) for p in draft.positions]


_TREASURY = "The Department of the Treasury is imposing blocking sanctions on ten Russian banks."


@pytest.mark.parametrize(
    ("item", "quote"),
    [
        # (a) plain, with a hyphen, a bullet or an asterisk
        (f"- {_TREASURY}", _TREASURY),
        (f"\u2022 {_TREASURY}", _TREASURY),
        # (b) after a fronted adverbial
        (
            "- Today, the Department of the Treasury is imposing blocking sanctions on ten "
            "Russian banks.",
            "Today, the Department of the Treasury is imposing blocking sanctions on ten "
            "Russian banks.",
        ),
        # (c) the body named another way
        (
            "* The Treasury Department is imposing blocking sanctions on ten Russian banks.",
            "The Treasury Department is imposing blocking sanctions on ten Russian banks.",
        ),
    ],
)
def test_a_listed_measure_is_the_body_its_item_names(item: str, quote: str) -> None:
    assert _listed(item) == [("US Department of the Treasury", "commit", quote)]


def test_two_measures_in_one_listed_item_are_the_named_bodys() -> None:
    """(d) one clause of two."""
    item = (
        "- The Department of the Treasury is imposing blocking sanctions on ten Russian banks, "
        "and it is freezing the assets of their directors."
    )
    assert [(h, s) for h, s, _ in _listed(item)] == [
        ("US Department of the Treasury", "commit"),
        ("US Department of the Treasury", "commit"),
    ]


def test_a_listed_event_holds_no_position() -> None:
    """Look-alike: a bullet that reports a strike states nobody's view."""
    assert _listed("- Russian forces shelled the port of Odesa on Monday.") == []


def test_a_hyphen_inside_a_line_is_no_bullet() -> None:
    """Look-alike: a dash after the line's first word leaves the sentence as it is."""
    draft = extract(
        "New Measures\n\nSanctions - the toughest yet - are being imposed on ten Russian banks.\n",
        _TITLE,
        WHITE_HOUSE,
    )
    assert all(not p.evidence[0].quote.startswith("-") for p in draft.positions)
