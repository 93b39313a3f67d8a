"""An occasion held at a party's request ("I spoke with the minister at the French side's
request", "the Council met at the request of Kyiv") tells where the occasion came from; the
sentence makes no appeal, so the demand cue "request" there is no position. A request made
("we request that …", "requested a meeting") still asks. Invented sentences in four
surroundings, with look-alikes."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a minister's remarks, the request's owner as a possessive at the end
        (
            "Yesterday I had a telephone conversation with Foreign Minister Jean-Yves Le Drian "
            "at the French side's request.",
            "Remarks by Minister Sergei Lavrov",
            KREMLIN,
        ),
        # (b) the same, the request's owner in an of-phrase between commas
        (
            "On Friday I spoke by phone with Secretary Lloyd Austin, at the request of the "
            "American side, about the situation in the region.",
            "Remarks by Minister Sergei Shoigu",
            KREMLIN,
        ),
        # (c) a readout, the request fronted
        (
            "At the request of the Polish side, Volodymyr Zelenskyy held a telephone "
            "conversation with President Andrzej Duda.",
            "The President spoke with the President of Poland",
            KYIV,
        ),
        # (d) a White House statement, a possessive pronoun's request
        (
            "At their request, President Reed met with the foreign ministers of the Baltic "
            "states on Tuesday.",
            "Statement by Press Secretary Dana Holt",
            WHITE_HOUSE,
        ),
    ],
)
def test_an_occasion_held_at_a_request_asks_nothing(text: str, title: str, source: str) -> None:
    assert [s for _, s in held_stances(text, title, source)] == []


@pytest.mark.parametrize(
    "text",
    [
        "We request that the United States withdraw its forces from Eastern Europe.",
        "At our request, the meeting was postponed, and we demand that NATO stop its expansion.",
    ],
)
def test_a_request_made_still_asks(text: str) -> None:
    assert [s for _, s in held_stances(text, "Remarks by Minister Sergei Lavrov", KREMLIN)] == [
        "demand"
    ]
