"""Worry said as a pseudo-cleft is concern (the schema's `concern`: express concern, fear;
CAMEO 012): "what troubles me most is what happens to the children", "what alarms us is the
build-up"; the topic is what worries. Each in the four surroundings of the shape matrix,
with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # (a) plain
        (
            "Greek Prime Minister Nikos Pappas said what disturbs him most is the shelling of "
            "the nuclear plant.",
            "shelling of the nuclear plant",
        ),
        # (b) a fronted adverbial
        (
            "After the talks, the Greek Foreign Minister said what troubles us deeply is the "
            "blockade of the ports.",
            "blockade of the ports",
        ),
        # (c) a ministry; a pronoun after a first mention
        (
            "The Greek Foreign Ministry said what alarms us is the build-up of troops near the "
            "border.",
            "build-up of troops near the border",
        ),
        (
            "Greek Prime Minister Nikos Pappas spoke in Athens. He said what frightens him is the "
            "shelling of the nuclear plant.",
            "shelling of the nuclear plant",
        ),
        # (d) postposed
        (
            "What worries us most is the fate of the refugees, Greek Foreign Minister Eleni "
            "Kosta said.",
            "fate of the refugees",
        ),
    ],
)
def test_what_worries_is_the_concern(text: str, topic: str) -> None:
    assert [(stance, found) for _, stance, found in positions(extract(text))] == [
        ("concern", topic)
    ]


def test_the_worry_in_the_second_clause_is_its_own_item() -> None:
    text = (
        "Greece welcomed the ceasefire but said what still troubles us is the shelling of the port."
    )
    assert [stance for _, stance, _ in positions(extract(text))] == ["support", "concern"]


@pytest.mark.parametrize(
    "text",
    [
        "Greece said the question concerns us all as members of the union.",
        "Greece said what pleases us is the new schedule of the ferries.",
    ],
)
def test_look_alikes_voice_no_worry(text: str) -> None:
    assert "concern" not in [stance for _, stance, _ in positions(extract(text))]
