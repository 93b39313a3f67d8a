"""The learnt model's contract: deterministic training, readable weights, stable files."""

from __future__ import annotations

import math

import pytest

from summarise.learning import LogisticModel, train

# A toy task standing in for labelled sentences: a request word means "demand", a blame word
# "accuse", and "the" is noise present in every example.
_EXAMPLES = [
    ({"w=urge": 1.0, "w=the": 1.0}, "demand"),
    ({"w=call": 1.0, "w=the": 1.0}, "demand"),
    ({"w=urge": 1.0, "w=call": 1.0}, "demand"),
    ({"w=blame": 1.0, "w=the": 1.0}, "accuse"),
    ({"w=accuse": 1.0, "w=the": 1.0}, "accuse"),
    ({"w=blame": 1.0, "w=accuse": 1.0}, "accuse"),
]


def test_training_separates_the_classes_by_their_words() -> None:
    model = train(_EXAMPLES, l2=0.1)
    assert model.predict({"w=urge": 1.0})[0] == "demand"
    assert model.predict({"w=blame": 1.0, "w=the": 1.0})[0] == "accuse"


def test_probabilities_sum_to_one_and_unknown_features_weigh_nothing() -> None:
    model = train(_EXAMPLES)
    p = model.probabilities({"w=urge": 1.0, "w=never-seen": 5.0})
    assert math.isclose(sum(p.values()), 1.0)
    assert p == model.probabilities({"w=urge": 1.0})


def test_same_examples_give_the_same_file() -> None:
    assert train(_EXAMPLES).to_json() == train(list(_EXAMPLES)).to_json()


def test_the_file_round_trips_to_the_same_decisions() -> None:
    model = train(_EXAMPLES, l2=0.1)
    again = LogisticModel.from_json(model.to_json())
    for features, _ in _EXAMPLES:
        assert again.predict(features)[0] == model.predict(features)[0]
        assert math.isclose(again.predict(features)[1], model.predict(features)[1], abs_tol=1e-4)


def test_a_stronger_penalty_gives_less_confident_decisions() -> None:
    loose = train(_EXAMPLES, l2=0.01).predict({"w=urge": 1.0})[1]
    tight = train(_EXAMPLES, l2=10.0).predict({"w=urge": 1.0})[1]
    assert tight < loose


def test_rare_features_are_dropped_by_min_count() -> None:
    model = train([*_EXAMPLES, ({"w=once": 1.0}, "demand")], min_count=2)
    assert "w=once" not in model.weights
    assert "w=urge" in model.weights


def test_reasons_name_the_features_that_chose() -> None:
    model = train(_EXAMPLES, l2=0.1)
    names = [name for name, _ in model.reasons({"w=urge": 1.0, "w=the": 1.0}, "demand")]
    assert names[0] == "w=urge"


def test_one_class_or_no_examples_is_refused() -> None:
    with pytest.raises(ValueError, match="nothing to tell apart"):
        train([({"w=a": 1.0}, "demand")])
    with pytest.raises(ValueError, match="no examples"):
        train([])


def test_a_weights_file_with_short_rows_is_refused() -> None:
    text = '{"classes": ["a", "b"], "bias": [0, 0], "weights": {"w=x": [1.0]}}'
    with pytest.raises(ValueError, match="one weight per class"):
        LogisticModel.from_json(text)
