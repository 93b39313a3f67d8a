"""A cue's sense from its construction: "commit" with a crime as object perpetrates, a
decision taken commits, an agreement not kept is a charge of another party (a rejection
by one's own side), and a condition with a predicted outcome warns. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Russian President Ivan Petrov said the Kiev regime is committing genocide.", "accuse"),
        ("Polish President Adam Lis said Russian forces committed war crimes in Bucha.", "accuse"),
        # A pledge of forces keeps the pledging sense.
        ("Polish President Adam Lis said the United States has committed 3,000 troops.", "commit"),
    ],
)
def test_commit_with_a_crime_as_object_perpetrates(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # The guide: `commit` once decided.
        ("Russian President Ivan Petrov said Russia decided to hold talks with Ukraine.", "commit"),
        # Another party's decision, alleged, is a charge like its aims.
        ("Polish President Adam Lis said Russia decided to invade Ukraine.", "accuse"),
    ],
)
def test_a_decision_taken(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        (
            "Russian President Ivan Petrov noted that the Kiev authorities are not fulfilling "
            "the Minsk agreements.",
            "accuse",
        ),
        ("Polish President Adam Lis said Russia failed to comply with the ceasefire.", "accuse"),
        (
            "Ukrainian Foreign Minister Ivan Koval said Ukraine has never implemented the "
            "accords in this form.",
            "oppose",
        ),
    ],
)
def test_an_agreement_not_kept(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian President Ivan Petrov said that if Ukraine joins NATO, there will be a war "
        "between Russia and NATO.",
        "Russian President Ivan Petrov said there would be a war if Ukraine joined NATO.",
    ],
)
def test_a_predicted_outcome_under_a_condition_is_a_warning(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "warn"


def test_a_condition_without_an_outcome_warns_of_nothing() -> None:
    ((_, stance, _),) = positions(
        extract("Polish President Adam Lis said he asked whether the talks had taken place.")
    )
    assert stance == "other"


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # A preposition made of a stance word takes no stance.
        (
            "Polish President Adam Lis said, with respect to sanctions, that Russia must "
            "withdraw its troops.",
            "demand",
        ),
        # Expecting that something happens forecasts; expecting a party to act asks.
        ("Polish President Adam Lis said he expects that the talks will resume.", "other"),
        ("Polish President Adam Lis said Poland expects Russia to withdraw its troops.", "demand"),
        # Blame (CAMEO 112).
        (
            "Polish President Adam Lis said Russia is responsible for the deaths of civilians.",
            "accuse",
        ),
        # An office's remit blames no one.
        (
            "Polish President Adam Lis said the ministry is responsible for the coordination "
            "of aid.",
            "other",
        ),
        # A hostile act foretold as possible is a warning (the guide's "could take military
        # action").
        ("Polish President Adam Lis said Russia could launch an attack at any moment.", "warn"),
    ],
)
def test_senses_of_respect_expect_responsible_and_could(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ivan Petrov said the talks had covered legally binding security "
        "guarantees to Belarus.",
        "Foreign Minister Ivan Petrov said the sides discussed the guarantees that the new "
        "pipeline would be protected.",
    ],
)
def test_guarantees_named_as_a_noun_pledge_nothing(sentence: str) -> None:
    """A guarantee after an article or a modifier is a thing asked for or discussed, not
    the act of guaranteeing, which the verb states."""
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "other"


def test_the_verb_guarantees_still_pledges() -> None:
    ((_, stance, _),) = positions(
        extract("Defence Minister Ivan Petrov guarantees that the troops will leave in March.")
    )
    assert stance == "commit"


def test_a_demand_named_before_a_colon_asks_for_what_follows_it() -> None:
    """ "Our central demand is still this: written guarantees …": the demand noun is the
    stance, what follows the colon its topic, and the guarantees in it pledge nothing."""
    ((_, stance, topic),) = positions(
        extract(
            'Foreign Minister Ivan Petrov said: "Our central demand is still this: written '
            'guarantees that the alliance will not expand."'
        )
    )
    assert (stance, topic) == ("demand", "written guarantees that the alliance will not expand")
