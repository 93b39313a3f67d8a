"""A measure widened, under way, is a commitment (the guide: punitive measures are `commit`
once decided and being put in place, "is imposing"): "is expanding export controls",
"is broadening its sanctions", "is barring Russian ships"; widening what is no measure is
none. Each in the four surroundings of the shape matrix, with look-alikes. Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "The Norwegian Foreign Ministry said it is expanding export controls to cover luxury "
        "goods destined for Russia.",
        # (b) a fronted adverbial
        "Today, Norway is broadening its sanctions on Russian banks.",
        # (c) a ministry speaking of the state; a pronoun after a first mention
        "The Norwegian Foreign Ministry said Norway is extending the asset freeze to three more "
        "oligarchs.",
        "Norwegian Prime Minister Erik Dahl spoke in Oslo. He said Norway is also barring Russian "
        "ships from its ports.",
        # (d) postposed
        "Norway is widening the list of sanctioned entities, Norwegian Foreign Minister Ola Berg "
        "said.",
    ],
)
def test_a_measure_widened_is_a_commitment(text: str) -> None:
    assert _stances(text) == ["commit"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway said the port is expanding its terminal for container ships.",
        "Norway said the bank is extending its opening hours in the capital.",
    ],
)
def test_widening_what_is_no_measure_commits_nothing(text: str) -> None:
    assert "commit" not in _stances(text)
