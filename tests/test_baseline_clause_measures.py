"""A speaker who threatens one punitive measure and, in the next sentence, another is
naming two measures (the guide: one item per distinct measure), even where the second
topic does not name its measure ("Any ban … will be met with a like closure of our
airspace": topic "airspace"). The measures of each cue's clause are compared, not the
topics' alone. In four surroundings, with look-alikes naming the same measure again.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _items(text: str, title: str, source: str) -> list[tuple[str, str, int]]:
    return [(p.stance, p.topic, len(p.evidence)) for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "topics"),
    [
        # (a) a Kremlin transcript
        (
            "Vladimir Putin: We are ready to impose restrictions on timber and nickel shipments "
            "bound for hostile countries. Any ban on our carriers will be met with a like "
            "closure of our airspace.",
            "Meeting on economic issues",
            KREMLIN,
            ["restrictions on timber and nickel shipments bound for hostile countries", "airspace"],
        ),
        # (b) a White House transcript, other measures
        (
            "THE PRESIDENT: We are prepared to impose sanctions on Russia's largest banks. Any "
            "attack on our allies will be met with export controls on its technology sector.",
            "Remarks by President Biden",
            WHITE_HOUSE,
            ["sanctions on Russia's largest banks", "technology sector"],
        ),
        # (c) another publisher, an embargo
        (
            "Volodymyr Zelenskyy: We are ready to impose sanctions on Russian shipping. Any new "
            "strike on our ports will be met with an embargo on Russian goods.",
            "Address by the President of Ukraine",
            KYIV,
            ["sanctions on Russian shipping", "Russian goods"],
        ),
        # (d) a spokesperson speaking for her state
        (
            "MS. PSAKI: We are prepared to impose sanctions on Russia's largest banks. Any "
            "further incursion will be met with export controls on its technology sector.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
            ["sanctions on Russia's largest banks", "technology sector"],
        ),
    ],
)
def test_two_measures_in_turn_are_two_items(
    text: str, title: str, source: str, topics: list[str]
) -> None:
    assert _items(text, title, source) == [("threaten", topic, 1) for topic in topics]


@pytest.mark.parametrize(
    ("text", "title", "source", "topic"),
    [
        (
            "THE PRESIDENT: We are prepared to impose sanctions on Russia's largest banks. Any "
            "attack on our allies will be met with those sanctions.",
            "Remarks by President Biden",
            WHITE_HOUSE,
            "sanctions on Russia's largest banks",
        ),
        (
            "Volodymyr Zelenskyy: We are ready to impose sanctions on Russian shipping. Any new "
            "strike on our ports will be met with sanctions of this kind.",
            "Address by the President of Ukraine",
            KYIV,
            "sanctions on Russian shipping",
        ),
    ],
)
def test_the_same_measure_again_is_one_item(text: str, title: str, source: str, topic: str) -> None:
    assert _items(text, title, source) == [("threaten", topic, 2)]
