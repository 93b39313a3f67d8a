"""A call held on a day is a contact's occasion, not an appeal: "during a video call on
Monday" asks nothing of anyone, while "called on Moscow to" still asks. The appeal in the
four surroundings of the shape matrix, and the look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, stances

# A voiced document: in a news text with no voice the look-alikes would give nothing even
# with the guard gone, since nobody holds the document's own sentences.
FACT_SHEET = "Fact Sheet: Consultations with Allies"


@pytest.mark.parametrize(
    "text",
    [
        # A call on a day or a date, in the document's voice or in a clause of a readout.
        "The President consulted the leaders of the Nordic states during a secure video call "
        "on Monday.",
        "These measures were agreed with Poland and Romania in a phone call on 4 March.",
        "In their call on Tuesday, the two ministers went over the situation on the border.",
    ],
)
def test_a_call_on_a_day_asks_nothing(text: str) -> None:
    assert "demand" not in stances(text, FACT_SHEET, WHITE_HOUSE)


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Finland called on Russia to withdraw its troops from the border.",
        # (b) a fronted adverbial, with the day after the verb
        "After the shelling, Finland called on Monday for an immediate ceasefire.",
        # (c) a ministry; a pronoun after a first mention
        "The Estonian Foreign Ministry calls on Moscow to release the detained sailors.",
        "Finnish President Anna Lind spoke to reporters in Helsinki. She called on Russia to "
        "pull back its forces.",
        # (d) postposed
        "Russia must return to the negotiating table, Finnish President Anna Lind said in a "
        "call on Monday with reporters.",
    ],
)
def test_the_appeal_still_asks(text: str) -> None:
    assert stances(text)[:1] == ["demand"]
