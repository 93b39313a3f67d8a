"""The phrasal verbs of retreat, "back away", "back down", "back off", "back out", are no
support: "Russia backed away from every promise it made in Minsk" tells of a retreat, and
the support cues "backed", "backing" and "backs" leave them as the infinitive "back"
already did. "Backed" with its object stays support. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a Kyiv address, another side's retreat from its word, "backed away"
        (
            "Volodymyr Zelenskyy: Russia backed away from every promise it made in Minsk.",
            "Address by the President of Ukraine",
            KYIV,
        ),
        # (b) a White House text, a side named by its seat, "backs off", present tense
        (
            "THE PRESIDENT: The Kremlin backs off every time it meets real resistance.",
            "Remarks by President Biden",
            WHITE_HOUSE,
        ),
        # (c) a Kremlin transcript, a partner named by its capital, "backing out"
        (
            "Vladimir Putin: Washington is now backing out of the agreements on intermediate "
            "missiles.",
            "News conference",
            KREMLIN,
        ),
        # (d) a news text, a reported clause, "backed off"
        (
            "Foreign Minister Jan Nowak of Poland said that Berlin had backed off from its "
            "earlier position on the pipeline.",
            None,
            None,
        ),
    ],
)
def test_backing_away_is_no_support(text: str, title: str | None, source: str | None) -> None:
    assert all(stance != "support" for _, stance in held_stances(text, title, source))


def test_backed_with_its_object_stays_support() -> None:
    # guard: only the particles of retreat after it leave the cue
    held = held_stances(
        "Foreign Minister Jan Nowak of Poland said that Warsaw backed Ukraine's application.",
        None,
        None,
    )
    assert [stance for _, stance in held] == ["support"]
