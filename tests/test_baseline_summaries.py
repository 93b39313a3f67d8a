"""Position summaries read as English whatever shape the topic cut left."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.summaries import is_noun_phrase, summary

NOWAK = ActorRef("Jan Nowak", "person", "Poland")


@pytest.mark.parametrize(
    ("stance", "topic", "expected"),
    [
        ("demand", "an end to the shelling", "Jan Nowak called for an end to the shelling."),
        (
            "accuse",
            "refused to hold a border meeting today",
            "Jan Nowak made accusations (refused to hold a border meeting today).",
        ),
        (
            "commit",
            "in no case will we give in to blackmail",
            "Jan Nowak made a commitment in no case will we give in to blackmail.",
        ),
        (
            "demand",
            "all disputes should be settled in talks",
            "Jan Nowak demanded that all disputes should be settled in talks.",
        ),
        ("threaten", "ban new imports", "Jan Nowak threatened to ban new imports."),
    ],
)
def test_a_topic_that_is_no_noun_phrase_is_joined_by_its_shape(
    stance: str, topic: str, expected: str
) -> None:
    assert summary(NOWAK, stance, topic) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("topic", "noun_phrase"),
    [
        ("the unprecedented build-up of troops on the border", True),
        ("sanctions against Moldova", True),
        ("Moldova won\u2019t accept foreign troops", False),
        ("prohibited new investment in the region", False),
    ],
)
def test_what_counts_as_a_noun_phrase(topic: str, noun_phrase: bool) -> None:
    assert is_noun_phrase(topic) is noun_phrase


@pytest.mark.parametrize("topic", ["the talks", "the talks will resume"])
def test_every_stance_has_a_summary_for_either_kind_of_topic(topic: str) -> None:
    from typing import get_args

    from summarise.schema import Stance

    for stance in get_args(Stance):
        assert summary(NOWAK, stance, topic).startswith("Jan Nowak ")
