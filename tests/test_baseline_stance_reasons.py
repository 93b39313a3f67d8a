"""A stated reason that charges another party is a second position: "imposing sanctions in
response to Russia's brutal invasion" commits and accuses (the guide: two stances in one
sentence are two items; condemning another party's action is `accuse`). Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "first", "topic"),
    [
        (
            "Polish President Adam Lis said Poland is imposing new sanctions on Russia in "
            "response to its brutal invasion of Ukraine.",
            "commit",
            "invasion of Ukraine",
        ),
        (
            "Norwegian Prime Minister Eva Dahl said Norway will soon announce further measures "
            "related to Russia's blatant violation of the ceasefire.",
            "commit",
            "ceasefire",
        ),
        (
            "Czech President Jan Novak urged the European Union to act in light of Russia's "
            "unprovoked aggression against Georgia.",
            "demand",
            "aggression against Georgia",
        ),
    ],
)
def test_a_charge_in_a_stated_reason_is_its_own_item(sentence: str, first: str, topic: str) -> None:
    (_, stance, _), (_, charge, found) = positions(extract(sentence))
    assert (stance, charge, found) == (first, "accuse", topic)


@pytest.mark.parametrize(
    "sentence",
    [
        # "this" points back at an act already charged: one statement, one item.
        "Polish President Adam Lis said Poland is imposing new sanctions on Russia in response "
        "to this brutal act of aggression.",
        # The reason's first cue is no charge.
        "Polish President Adam Lis said Poland is imposing new sanctions on Russia in response "
        "to its support of the aggression.",
        # A request is no charge.
        "Polish President Adam Lis said Poland is imposing new sanctions on Russia in response "
        "to a request of its allies.",
    ],
)
def test_a_reason_without_a_new_charge_adds_nothing(sentence: str) -> None:
    assert [stance for _, stance, _ in positions(extract(sentence))] == ["commit"]


def test_a_fronted_topic_names_what_the_clause_takes_a_stance_on() -> None:
    # "As for X, …" fronts the topic (a topic marker): a stance word inside it names the
    # topic, and the clause's own verb decides.
    sentence = (
        "As for the Dutch proposal for a ceasefire, we welcome it, Slovak President Ivan Kral said."
    )
    assert [s for _, s, _ in positions(extract(sentence))] == ["support"]
