"""Stances set by a verb's complement: a recommendation asks for what it recommends, and
a second infinitive shares the first one's verb; a demand denied is none; defending a
party's sovereignty takes its side. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland said the best solution would be for Russia to withdraw its forces.",
        "Poland said it would be better for Russia to return to the negotiating table.",
    ],
)
def test_a_recommendation_is_a_demand(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "demand"


def test_a_second_infinitive_shares_the_first_ones_verb() -> None:
    """No clause ends before "and for Minsk to refuse …": it has no verb of its own, so
    the refusal is what is recommended, not a charge."""
    draft = extract(
        "Polish President Adam Lis said the best course would be for Paris to wait, "
        "and for Minsk to refuse the offer."
    )
    assert [stance for _, stance, _ in positions(draft)] == ["demand"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Polish President Adam Lis said he did not expect a breakthrough at the talks.",
        "Polish President Adam Lis said Poland is not asking for anything.",
    ],
)
def test_a_demand_denied_is_none(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "other"


def test_a_negation_after_a_modal_leaves_the_demand() -> None:
    ((_, stance, _),) = positions(
        extract("Polish President Adam Lis said NATO should not close its door to Ukraine.")
    )
    assert stance == "demand"


@pytest.mark.parametrize(
    "sentence",
    [
        "Polish President Adam Lis reaffirmed the readiness of Poland to defend the "
        "sovereignty and territorial integrity of Ukraine against any aggression.",
        "Polish President Adam Lis said Poland is prepared to do what it can in defence of "
        "the independence of Ukraine.",
    ],
)
def test_defending_a_partys_sovereignty_is_support(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "support"


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # Another party's aim, alleged, is a charge (the guide's "plans to install").
        ("Polish President Adam Lis said Russia is seeking to divide the alliance.", "accuse"),
        ("Polish President Adam Lis said Russia intends to invade Ukraine.", "accuse"),
        # The holder's own side's aim is an intent.
        ("Polish President Adam Lis said Poland intends to host the talks.", "commit"),
        ("Polish President Adam Lis said Poland is seeking to host the talks.", "commit"),
        # "we": one's own aim is no cue; what is aimed at decides.
        ("Polish President Adam Lis said we are trying to find a diplomatic solution.", "support"),
    ],
)
def test_whose_aim_decides_between_intent_and_charge(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


def test_a_commitment_to_sovereignty_far_along_its_clause_is_support() -> None:
    """The guide: support for a party's sovereignty and territorial integrity is `support`,
    however long the phrase between the commitment and its object."""
    ((_, stance, _),) = positions(
        extract(
            "Polish President Adam Lis said Poland is committed to doing whatever it takes "
            "to uphold the principles we share as allies, in terms of fighting for the "
            "sovereignty of Ukraine."
        )
    )
    assert stance == "support"


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # Seeking an answer from a party asks it for one (CAMEO 10).
        (
            "Russian Foreign Minister Ivan Petrov said Russia is seeking guarantees from NATO.",
            "demand",
        ),
        # "will continue to" carries on the verb after "to", whatever its class.
        (
            "Russian Foreign Minister Ivan Petrov said Russia will keep seeking a concrete "
            "response from each country.",
            "demand",
        ),
        (
            "Russian Foreign Minister Ivan Petrov said Kyiv will continue to sabotage the accords.",
            "accuse",
        ),
        # Not a verb after "to": the object's noun is no stance of its own.
        (
            "Russian Foreign Minister Ivan Petrov said Russia will continue to disclose Western "
            "disinformation.",
            "commit",
        ),
    ],
)
def test_seeking_and_carrying_on(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance
