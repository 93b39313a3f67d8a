"""A step of one's own kept open as a possibility is a threat when the step is a measure or
leaving an agreement (CAMEO 13, as "did not rule out sanctions"): "did not exclude that
Estonia would introduce its own sanctions", "left open the possibility that Estonia would
withdraw from the agreement"; kept open for talks it threatens nothing. Expelling diplomats
and closing one's ports or airspace to a state are measures (CAMEO 16/17). Each in the four
surroundings of the shape matrix, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Estonian Prime Minister Kaja Tamm did not exclude that Estonia would bring in its own "
        "sanctions against Russian banks.",
        # (b) a fronted adverbial
        "On Monday, the Estonian Prime Minister left open the possibility that Estonia would "
        "withdraw from the transit agreement.",
        # (c) a ministry; a pronoun after a first mention
        "The Estonian Foreign Ministry kept open the option of new restrictions on Russian ships.",
        "Estonian Prime Minister Kaja Tamm spoke in Tallinn. She did not exclude that Estonia "
        "would close its ports to Russian ships.",
        # (d) postposed
        "Estonia does not exclude that it will expel more Russian diplomats, Estonian Foreign "
        "Minister Urmas Kivi said.",
    ],
)
def test_a_measure_kept_open_is_a_threat(text: str) -> None:
    assert _stances(text) == ["threaten"]


def test_expelling_diplomats_announced_is_a_measure_taken() -> None:
    assert _stances("Estonia said it will expel three Russian diplomats.") == ["commit"]


@pytest.mark.parametrize(
    "text",
    [
        "Estonian Prime Minister Kaja Tamm left open the possibility that the talks would resume "
        "in March.",
        "Estonia said the list would exclude the border villages.",
    ],
)
def test_what_is_kept_open_without_a_measure_threatens_nothing(text: str) -> None:
    assert "threaten" not in _stances(text)
