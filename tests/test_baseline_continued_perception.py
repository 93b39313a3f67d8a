"""Going on seeing or believing is no undertaking: "continue to" before a verb of seeing or
believing ("we continue to see Russia bring in reinforcements", "we continue to believe
Americans should leave now") is no commitment; what is seen or believed decides the
clause."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

BRIEFING = "Press Briefing by Press Secretary Dana Holt"


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # A briefing turn, "see" and a movement seen.
        (
            "MS. HOLT: We continue to see Russia move more troops toward Belgorod.",
            BRIEFING,
            WHITE_HOUSE,
        ),
        # Another publisher, "observe", the speaker named in the text.
        (
            "Ukraine continues to observe Belarusian columns near the border, President "
            "Dmytro Koval said.",
            None,
            KYIV,
        ),
        # "watch" in a Kremlin text, the third person.
        (
            "Vladimir Putin said that Russia continued to watch NATO aircraft near its borders.",
            None,
            KREMLIN,
        ),
        # "monitor", a news text.
        (
            "Poland continues to monitor Russian troops in Kaliningrad, its defence minister said.",
            None,
            None,
        ),
    ],
)
def test_continuing_to_see_is_no_commitment(
    text: str, title: str | None, source: str | None
) -> None:
    assert all(s != "commit" for _, s in held_stances(text, title, source))


def test_continuing_to_believe_leaves_the_demand_believed() -> None:
    """What is believed decides: "should leave" is the speaker's demand, not a pledge (the
    first clause, an attack foretold at any time, is a warning of its own)."""
    text = (
        "MS. HOLT: An assault could start any day, and we continue to believe our citizens in "
        "Ukraine should depart at once."
    )
    held = held_stances(text, BRIEFING, WHITE_HOUSE)
    assert ("United States", "demand") in held
    assert ("United States", "commit") not in held


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: going on acting is still a commitment.
        "MS. HOLT: We continue to provide Ukraine with air defence systems.",
        "MS. HOLT: We will continue to impose costs on Russia for as long as it takes.",
        "MS. HOLT: We continue to stand by the people of Ukraine.",
    ],
)
def test_continuing_to_act_is_still_pledged(text: str) -> None:
    assert held_stances(text, BRIEFING, WHITE_HOUSE) != []
