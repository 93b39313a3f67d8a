"""A briefing's verbless announcement of its next point holds no position.

"Third, on support for Ukraine.", "And finally, on costs.": the speaker names what comes
next; a stance word in it is the topic's, and the sentences after hold the view. Tested in
briefings of three publishers and in another shape; the look-alikes (a clause after the
phrase, a sentence that opens on "on" with a verb) still make their item.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

_REED = "Press Briefing by Press Secretary Anna Reed"


def _briefing(label: str, answer: str) -> str:
    return f"{label}: Good afternoon, everyone. I have three points today.\n\n{label}: {answer}\n"


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("label", "heading", "title", "source"),
    [
        # (a) a White House briefing, an ordinal and a stance noun
        ("MS. REED", "Third, on support for Moldova.", _REED, WHITE_HOUSE),
        # (b) a Kremlin briefing, a measure noun
        (
            "DMITRY ORLOV",
            "Second, on the sanctions against Russia.",
            "Briefing by Press Secretary Dmitry Orlov",
            KREMLIN,
        ),
        # (c) a Kyiv briefing, "And finally"
        (
            "SERHIY MARCHUK",
            "And finally, on the threat from Belarus.",
            "Briefing by Spokesperson Serhiy Marchuk",
            KYIV,
        ),
        # (d) another shape: "Next", a colon closing it
        ("MS. REED", "Next, on our assistance to Georgia:", _REED, WHITE_HOUSE),
    ],
)
def test_a_heading_holds_no_position(label: str, heading: str, title: str, source: str) -> None:
    assert _held(_briefing(label, heading), title, source) == []


def test_a_clause_after_the_heading_phrase_still_holds_its_view() -> None:
    text = _briefing("MS. REED", "Third, on support for Moldova, we condemn Russia's strikes.")
    assert _held(text, _REED, WHITE_HOUSE) != []


def test_a_sentence_opening_on_on_with_a_verb_still_holds_its_view() -> None:
    text = _briefing("MS. REED", "First, on Monday we condemned Russia's strikes on Kharkiv.")
    assert ("United States", "accuse") in _held(text, _REED, WHITE_HOUSE)
