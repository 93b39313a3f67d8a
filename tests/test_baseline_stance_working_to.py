"""An undertaking under way with partners is a commitment (CAMEO 03, intent to cooperate,
carried out): "is working with Allies to find and transfer such systems", "are working
to increase deliveries of gas to Europe"; working on a thing or to a timetable undertakes
nothing. Each in the four surroundings of the shape matrix, with look-alikes. Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Norway is working with its neighbours to increase deliveries of gas to Poland.",
        # (b) a fronted adverbial
        "Since the attack on the pipeline, Norway is working closely with Denmark to repair "
        "the damaged sections.",
        # (c) a ministry; a pronoun after a first mention
        "The Norwegian Foreign Ministry said Norway is working to secure the release of the "
        "detained sailors.",
        "Norwegian Prime Minister Per Dahl met the Danish Prime Minister in Oslo. He said "
        "Norway was working with its partners to restore the ferry link to Latvia.",
        # (d) postposed
        "Norway is working with the Baltic states to build a new power line to Lithuania, "
        "Norwegian Prime Minister Per Dahl said.",
    ],
)
def test_work_under_way_to_an_end_is_a_commitment(text: str) -> None:
    assert stances(text) == ["commit"]


def test_in_a_fact_sheet_the_documents_voice() -> None:
    text = (
        "The United States is working with Allies to find and transfer such systems to "
        "Ukraine, and is providing $200 million in humanitarian assistance."
    )
    assert stances(text, source=WHITE_HOUSE)[:1] == ["commit"]


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Prime Minister Per Dahl said the ferries were working to a new timetable.",
        "Norwegian Prime Minister Per Dahl said the two governments are already working on it.",
    ],
)
def test_look_alikes_undertake_nothing(text: str) -> None:
    assert "commit" not in stances(text)
