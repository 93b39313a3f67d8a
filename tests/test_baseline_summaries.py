"""Position summaries read as English whatever the topic cut kept."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.summaries import is_clause, summary

NOWAK = ActorRef("Jan Nowak", "person", "Poland")


@pytest.mark.parametrize(
    ("stance", "topic", "expected"),
    [
        ("demand", "an end to the shelling", "Jan Nowak called for an end to the shelling."),
        (
            "accuse",
            "refused to hold a border meeting today",
            "Jan Nowak made an accusation: refused to hold a border meeting today.",
        ),
        (
            "commit",
            "under no circumstances will we give in to blackmail",
            "Jan Nowak made a commitment: under no circumstances will we give in to blackmail.",
        ),
        (
            "demand",
            "all disputes should be settled in talks",
            "Jan Nowak made a demand: all disputes should be settled in talks.",
        ),
        ("threaten", "ban new imports", "Jan Nowak made a threat: ban new imports."),
    ],
)
def test_a_clause_topic_stands_after_a_colon(stance: str, topic: str, expected: str) -> None:
    assert summary(NOWAK, stance, topic) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("topic", "clause"),
    [
        ("the unprecedented build-up of troops on the border", False),
        ("sanctions against Moldova", False),
        ("Moldova won\u2019t accept foreign troops", True),
        ("prohibited new investment in the region", True),
    ],
)
def test_what_counts_as_a_clause(topic: str, clause: bool) -> None:
    assert is_clause(topic) is clause


@pytest.mark.parametrize("topic", ["the talks", "the talks will resume"])
def test_every_stance_has_a_summary_for_either_kind_of_topic(topic: str) -> None:
    from typing import get_args

    from summarise.schema import Stance

    for stance in get_args(Stance):
        assert summary(NOWAK, stance, topic).startswith("Jan Nowak ")
