"""A forecast is no demand nor undertaking: an event that "will take place", a thing one
"expects to" do or "expects … this week". Expecting another party to act still asks it to.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract, positions

_TITLE = "Address by the President of Ukraine"


def _said(sentence: str) -> list[tuple[str, str, str]]:
    return positions(extract(sentence, _TITLE, KYIV))


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain
        "The next round of talks with Russia will take place on Monday.",
        # (b) after a fronted adverbial
        "After the call, the next round of talks with Russia will take place in Geneva.",
        # (c) a ministry expecting to act itself
        "The Ministry of Defence expects to begin deliveries of the new air defence systems "
        "within days.",
        # (d) one clause of two: a delivery expected by a time
        "Germany has confirmed the shipment of 500 missiles, and I expect them this week.",
    ],
)
def test_a_forecast_holds_no_position(sentence: str) -> None:
    assert _said(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We expect Russia to withdraw its forces from our borders.",
        "We expect to see Russia withdraw its forces from our borders.",
    ],
)
def test_expecting_another_party_to_act_still_asks_it(sentence: str) -> None:
    """The look-alikes the guards leave alone."""
    assert [(h, s) for h, s, _ in _said(sentence)] == [("President of Ukraine", "demand")]
