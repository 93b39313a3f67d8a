"""A carrying on whose subject names no party is a state of affairs, nobody's undertaking.

"The working groups will go on with their work tomorrow", "Construction of the two new units
will continue on schedule", "trade continues to grow": "continue" is the aspect of what the
subject does, and a subject that names no party (not the speaker, not a state or body the
rules know) undertakes nothing for the holder. The speaker's own ("our soldiers continue to
hold the line") and a predicate joined to one before ("We have sent weapons and will
continue to support …") stay the holder's commitment.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a Kyiv news item, a source before, the talks' working groups
        (
            "Adviser Oksana Melnyk spoke after the round of talks. According to Melnyk, the "
            "working groups will continue their work on Thursday.",
            "Oksana Melnyk on the talks",
            KYIV,
        ),
        # (b) a Kremlin transcript, the working groups after the speaker's own sentence
        (
            "Vladimir Putin: The talks went well. The working groups will continue their work "
            "in Minsk next week.",
            "Meeting with the President of Belarus",
            KREMLIN,
        ),
        # (c) White House remarks, a joint body of two sides
        (
            "THE PRESIDENT: The joint commission will continue its sessions in Warsaw next month.",
            "Remarks by President Biden",
            WHITE_HOUSE,
        ),
        # (d) a news text, a joint body of two sides
        (
            "Foreign Minister Jan Nowak of Poland said the joint commission will continue its "
            "sessions in Vilnius next month.",
            None,
            None,
        ),
    ],
)
def test_a_thing_carrying_on_is_nobodys_commitment(
    text: str, title: str | None, source: str | None
) -> None:
    assert all(stance != "commit" for _, stance in held_stances(text, title, source))


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # the speaker's own soldiers
        (
            "Volodymyr Zelenskyy: Our soldiers in the east continue to hold the line.",
            ("Volodymyr Zelenskyy", "commit"),
        ),
        # a second predicate of the speaker's own subject
        (
            "Volodymyr Zelenskyy: We have sent weapons and ammunition and will continue to "
            "support the defenders of the city.",
            ("Volodymyr Zelenskyy", "support"),
        ),
    ],
)
def test_the_holders_own_carrying_on_stays(text: str, held: tuple[str, str]) -> None:
    assert held in held_stances(text, "Address by the President of Ukraine", KYIV)
