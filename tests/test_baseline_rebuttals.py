"""Evidence said to belie a claim ("The images from the city tell a different story", "the
shelling shows the opposite") disputes the claim the sentence before states: a `deny` of
the one who puts the evidence forward, with no stance word and no demonstrative of its
own (``[rebuttals]``, ``points_back``). Evidence that might yet belie a course ("unless
the facts show otherwise") rebuts nothing."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, held_stances

_FACT_SHEET = "FACT SHEET: New Measures on Russia"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a fact sheet's own voice, the evidence a list of places
        (
            "The Kremlin insists that its missiles hit only military sites. "
            "The record from Sumy, Poltava and Odesa tells a very different story.",
            _FACT_SHEET,
            WHITE_HOUSE,
            "United States",
        ),
        # (b) another publisher, an address: "shows the opposite"
        (
            "Moscow keeps saying that its troops are leaving the border. "
            "Every satellite image of the past week shows the opposite.",
            "Address by the President of Ukraine",
            KYIV,
            "President of Ukraine",
        ),
        # (c) a transcript turn, the speaker named by office; "suggests otherwise"
        (
            "PRESIDENT REED: The Russian side says the exercise is over. "
            "What we see on the ground suggests otherwise.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
            "Reed",
        ),
        # (d) a quotation in a news report, the past tense, a colon after the phrase
        (
            'Foreign Minister Ida Lund of Sweden spoke in Stockholm on Monday. "Moscow '
            "claimed that its convoys carried only food. The inspections told a different "
            'story: they carried shells," Lund said.',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_evidence_belying_the_claim_before_is_a_denial(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "deny") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # evidence that might yet belie a course: a condition, no rebuttal
        "The Kremlin insists that its missiles hit only military sites. "
        "We will keep our assessment unless the facts show otherwise.",
        "The Kremlin insists that its missiles hit only military sites. "
        "Our report will be revised if the inspections tell a different story.",
    ],
)
def test_a_rebuttal_under_a_condition_denies_nothing(text: str) -> None:
    assert ("United States", "deny") not in held_stances(text, _FACT_SHEET, WHITE_HOUSE)
