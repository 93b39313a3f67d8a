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
            "On Sunday I talked by telephone with Foreign Minister Claire Moreau at the French "
            "side's request.",
            "Remarks by Minister Pavel Orlov",
            KREMLIN,
        ),
        # (b) the same, the request's owner in an of-phrase between commas
        (
            "Last Friday I held a phone call with Secretary Mark Ellis, at the request of the "
            "American side, on the grain corridor.",
            "Remarks by Minister Oleg Volkov",
            KREMLIN,
        ),
        # (c) a readout, the request fronted
        (
            "At the request of the Polish side, Volodymyr Zelenskyy spoke by phone with "
            "President Jan Nowicki.",
            "The President spoke with the President of Poland",
            KYIV,
        ),
        # (d) a White House statement, a possessive pronoun's request
        (
            "At their request, President Reed met on Tuesday with the defence ministers of the "
            "three Baltic states.",
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
    assert [s for _, s in held_stances(text, "Remarks by Minister Pavel Orlov", KREMLIN)] == [
        "demand"
    ]
