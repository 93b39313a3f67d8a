"""The scorer on hand-built labels whose expected numbers are worked out by hand."""

from __future__ import annotations

import random
from typing import Any

import pytest

from summarise.evaluation.scoring import (
    Detection,
    RunCost,
    aggregate,
    names_agree,
    quantity_agrees,
    score_article,
    similarity,
    token_f1,
)
from summarise.extraction.grounding import ground_labels
from summarise.schema import CATEGORIES, Actor, ArticleExtraction, Quantity

TEXT = (
    "Boris Johnson urged Russia to step back from the border. "
    "He warned that any incursion would be a tragic miscalculation. "
    "The United States will send 3,000 more troops to Poland and Germany. "
    "Mr Johnson spoke to President Putin by phone on Tuesday. "
    "Around 130,000 Russian troops are massed near the Ukrainian border."
)
S_URGED = "Boris Johnson urged Russia to step back from the border."
S_WARNED = "He warned that any incursion would be a tragic miscalculation."
S_SEND = "The United States will send 3,000 more troops to Poland and Germany."
S_CALL = "Mr Johnson spoke to President Putin by phone on Tuesday."
S_MASSED = "Around 130,000 Russian troops are massed near the Ukrainian border."


def _actor(name: str, kind: str = "person") -> dict[str, Any]:
    return {"name": name, "kind": kind}


def _position(holder: str, stance: str, topic: str, *quotes: str) -> dict[str, Any]:
    return {
        "holder": _actor(holder),
        "stance": stance,
        "topic": topic,
        "target": _actor("Russia", "state"),
        "evidence": [{"quote": q} for q in quotes],
    }


def _movement(actor: str, activity: str, forces: str, low: int, quote: str) -> dict[str, Any]:
    return {
        "actor": _actor(actor, "state"),
        "activity": activity,
        "forces": forces,
        "quantity": {"low": low, "unit": "troops"},
        "status": "planned",
        "evidence": [{"quote": quote}],
    }


def _contact(names: list[str], mode: str, quote: str) -> dict[str, Any]:
    return {
        "participants": [_actor(n) for n in names],
        "mode": mode,
        "status": "held",
        "topics": ["the crisis"],
        "evidence": [{"quote": quote}],
    }


def _extraction(**items: list[dict[str, Any]]) -> ArticleExtraction:
    return ArticleExtraction.model_validate({"article_id": "a1", **items})


def _gold(**items: list[dict[str, Any]]) -> ArticleExtraction:
    """A hand label as the harness passes it to the scorer: quotes grounded in the article."""
    return ground_labels(_extraction(**items), TEXT)


@pytest.fixture
def gold_label() -> ArticleExtraction:
    return _gold(
        positions=[
            _position("Boris Johnson", "demand", "Russian troops on the border", S_URGED),
            _position("Boris Johnson", "warn", "further incursion into Ukraine", S_WARNED),
        ],
        military_movements=[
            _movement("United States", "deploy", "3,000 more troops", 3000, S_SEND),
            _movement("Russia", "mass", "130,000 Russian troops", 130000, S_MASSED),
        ],
        diplomatic_contacts=[_contact(["Boris Johnson", "Vladimir Putin"], "phone_call", S_CALL)],
    )


def _predicted(label: ArticleExtraction) -> ArticleExtraction:
    """A model output as the pipeline stores it: quotes grounded in the article."""
    return ground_labels(label, TEXT)


def test_perfect_prediction_scores_one_everywhere(gold_label: ArticleExtraction) -> None:
    article = score_article(gold_label, _predicted(gold_label))
    score = aggregate([article])

    assert (score.micro.precision, score.micro.recall, score.micro.f1) == (1.0, 1.0, 1.0)
    assert (score.macro_precision, score.macro_recall, score.macro_f1) == (1.0, 1.0, 1.0)
    assert score.grounded_share == 1.0
    assert score.schema_valid_share == 1.0
    for category in CATEGORIES:
        category_score = score.categories[category]
        assert category_score.detection.f1 == 1.0
        assert category_score.fields
        assert {name: f.mean for name, f in category_score.fields.items()} == dict.fromkeys(
            category_score.fields, 1.0
        )
        assert article.categories[category].missed == []
        assert article.categories[category].spurious == []


def test_empty_prediction_has_zero_recall(gold_label: ArticleExtraction) -> None:
    score = aggregate([score_article(gold_label, _extraction())])

    assert score.micro.recall == 0.0
    assert score.micro.f1 == 0.0
    assert score.micro.fn == 5
    for category in CATEGORIES:
        assert score.categories[category].detection.recall == 0.0


def test_failed_extraction_scores_as_empty_and_invalid(gold_label: ArticleExtraction) -> None:
    article = score_article(gold_label, None)
    score = aggregate([article, score_article(gold_label, _predicted(gold_label))])

    assert not article.schema_valid
    assert article.detection.recall == 0.0
    assert score.schema_valid_share == 0.5
    assert score.micro.recall == 0.5


def test_item_order_does_not_matter(gold_label: ArticleExtraction) -> None:
    predicted = _predicted(gold_label)
    shuffled = predicted.model_copy(deep=True)
    rng = random.Random(7)
    for category in CATEGORIES:
        rng.shuffle(shuffled.items(category))
    reversed_gold = gold_label.model_copy(deep=True)
    for category in CATEGORIES:
        reversed_gold.items(category).reverse()

    straight = aggregate([score_article(gold_label, predicted)])
    reordered = aggregate([score_article(reversed_gold, shuffled)])

    assert reordered.model_dump() == straight.model_dump()


def test_fabricated_ungrounded_item_is_a_false_positive(gold_label: ArticleExtraction) -> None:
    fabricated = _position("Boris Johnson", "threaten", "war", "Johnson threatened war.")
    data = gold_label.model_dump(exclude={"article_id"})
    data["positions"].append(fabricated)
    label = _extraction(**data)

    article = score_article(gold_label, _predicted(label))
    positions = article.categories["positions"]

    assert positions.score.detection.tp == 2
    assert positions.score.detection.fp == 1
    assert positions.spurious[0].predicted_index == 2
    assert not positions.spurious[0].grounded
    assert positions.score.grounded_evidence == 2
    assert positions.score.predicted_evidence == 3


def test_two_gold_three_predicted_one_match() -> None:
    gold = _gold(
        positions=[
            _position("Boris Johnson", "demand", "Russian troops", S_URGED),
            _position("Boris Johnson", "warn", "incursion", S_WARNED),
        ]
    )
    predicted = _predicted(
        _extraction(
            positions=[
                _position("Mr Johnson", "demand", "Russian troops", S_URGED),
                # A different fact of the article: no shared evidence, so no match.
                _position("Joe Biden", "commit", "troops for allies", S_SEND),
                _position("Vladimir Putin", "other", "phone call", S_CALL),
            ]
        )
    )

    detection = score_article(gold, predicted).categories["positions"].score.detection

    assert (detection.tp, detection.fp, detection.fn) == (1, 2, 1)
    assert detection.precision == pytest.approx(1 / 3)
    assert detection.recall == pytest.approx(1 / 2)
    assert detection.f1 == pytest.approx(0.4)


def test_detection_rates_follow_the_counts_and_stored_rates_are_recomputed() -> None:
    detection = Detection(tp=1, fp=5)
    stale = Detection.model_validate(
        {"tp": 1, "fp": 5, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    )

    assert detection.model_dump() == {
        "tp": 1,
        "fp": 5,
        "fn": 0,
        "precision": pytest.approx(1 / 6),
        "recall": 1.0,
        "f1": pytest.approx(2 / 7),
        "undefined": [],
    }
    assert stale == detection
    assert stale.precision == pytest.approx(1 / 6)


def test_a_rate_with_nothing_to_divide_by_is_named_undefined_beside_its_vacuous_value() -> None:
    missed, invented, empty = Detection(fn=2), Detection(fp=1), Detection()
    older = Detection.model_validate({"tp": 0, "fp": 0, "fn": 2, "precision": 1.0})

    assert (missed.precision, missed.undefined) == (1.0, ["precision"])
    assert (invented.recall, invented.undefined) == (1.0, ["recall"])
    assert (empty.f1, empty.undefined) == (1.0, ["precision", "recall", "f1"])
    assert older == missed
    assert Detection.model_validate(missed.model_dump()) == missed


def test_matched_pair_with_wrong_fields_is_a_match_with_field_errors() -> None:
    gold = _gold(positions=[_position("Boris Johnson", "warn", "incursion", S_WARNED)])
    predicted = _predicted(
        _extraction(positions=[_position("Boris Johnson", "threaten", "the incursion", S_WARNED)])
    )

    result = score_article(gold, predicted).categories["positions"]

    assert result.score.detection.f1 == 1.0
    assert result.pairs[0].fields["stance"] == 0.0
    assert result.pairs[0].fields["topic"] == 1.0
    assert result.score.fields["stance"].mean == 0.0


def test_partial_quote_with_right_actor_matches_and_wrong_actor_does_not() -> None:
    gold = _position("Boris Johnson", "warn", "incursion", S_WARNED)
    clause = _position("Boris Johnson", "warn", "incursion", "a tragic miscalculation")
    other = _position("Vladimir Putin", "warn", "incursion", "a tragic miscalculation")
    label = _predicted(_extraction(positions=[gold, clause, other]))
    gold_item, clause_item, other_item = label.positions

    right = similarity("positions", clause_item, gold_item)
    wrong = similarity("positions", other_item, gold_item)

    assert right.evidence == pytest.approx(len("a tragic miscalculation") / len(S_WARNED))
    assert right.is_match
    assert wrong.evidence == right.evidence
    assert not wrong.is_match


def test_two_items_from_one_sentence_pair_by_stance() -> None:
    sentence = S_URGED
    gold = _gold(
        positions=[
            _position("Boris Johnson", "demand", "step back", sentence),
            _position("Boris Johnson", "warn", "border", sentence),
        ]
    )
    predicted = _predicted(
        _extraction(
            positions=[
                _position("Boris Johnson", "warn", "border", sentence),
                _position("Boris Johnson", "demand", "step back", sentence),
            ]
        )
    )

    pairs = score_article(gold, predicted).categories["positions"].pairs

    assert [(p.gold_index, p.predicted_index) for p in pairs] == [(0, 1), (1, 0)]
    assert all(p.fields["stance"] == 1.0 for p in pairs)


def test_one_item_pairs_with_the_label_of_its_own_stance_over_a_closer_quote() -> None:
    gold = _gold(
        positions=[
            _position("Boris Johnson", "warn", "the border", S_URGED),
            _position("Boris Johnson", "demand", "step back", "step back"),
        ]
    )
    predicted = _predicted(
        _extraction(
            positions=[
                _position("Boris Johnson", "demand", "step back", "urged Russia to step back from")
            ]
        )
    )
    demand = predicted.positions[0]
    closer = similarity("positions", demand, gold.positions[0])
    own = similarity("positions", demand, gold.positions[1])

    result = score_article(gold, predicted).categories["positions"]

    assert closer.total > own.total
    assert own.is_match
    assert [(p.gold_index, p.predicted_index) for p in result.pairs] == [(1, 0)]
    assert result.pairs[0].fields["stance"] == 1.0
    assert (result.score.detection.tp, result.score.detection.fn) == (1, 1)


def test_contact_participants_overlap_counts_towards_actor_agreement() -> None:
    gold = _gold(
        diplomatic_contacts=[_contact(["Boris Johnson", "Vladimir Putin"], "phone_call", S_CALL)]
    )
    predicted = _predicted(
        _extraction(
            diplomatic_contacts=[
                _contact(["Prime Minister Boris Johnson", "Emmanuel Macron"], "meeting", S_CALL)
            ]
        )
    )

    pair = score_article(gold, predicted).categories["diplomatic_contacts"].pairs[0]

    # One of three distinct participants agrees: actor 1/3, evidence 1.
    assert pair.similarity.actor == pytest.approx(1 / 3)
    assert pair.similarity.total == pytest.approx(0.6 + 0.4 / 3)
    assert pair.fields["mode"] == 0.0
    assert pair.fields["participants"] == pytest.approx(1 / 3)


def test_quantity_within_ten_percent() -> None:
    def q(low: int, high: int | None = None) -> Quantity:
        return Quantity(low=low, high=high, unit="troops")

    assert quantity_agrees(q(3250), q(3000)) == 1.0
    assert quantity_agrees(q(2700), q(3000)) == 1.0
    assert quantity_agrees(q(3400), q(3000)) == 0.0
    assert quantity_agrees(q(100000, 125000), q(100000, 130000)) == 1.0
    assert quantity_agrees(q(100000), q(100000, 130000)) == 0.0
    assert quantity_agrees(None, q(3000)) == 0.0
    assert quantity_agrees(None, None) == 1.0


def test_token_f1() -> None:
    assert token_f1("Ukraine's NATO membership", "NATO membership for Ukraine") == 1.0
    # [troops, near, border] vs [russian, troops, near, border]: P 1, R 3/4.
    assert token_f1("troops near the border", "Russian troops near border") == pytest.approx(6 / 7)
    assert token_f1("Poland", "Romania") == 0.0
    assert token_f1(None, None) == 1.0
    assert token_f1("Poland", None) == 0.0


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Mr Johnson", "Boris Johnson", "person"),
        ("Prime Minister Boris Johnson", "Boris Johnson", "person"),
        ("prime minister boris johnson", "Mr. Johnson", "person"),
        ("Joe Biden", "Joseph Biden", "person"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "person"),
        ("UK", "United Kingdom", "state"),
        ("U.S. government", "United States government", "government"),
    ],
)
def test_names_agree_title_and_case_insensitively(a: str, b: str, kind: Any) -> None:
    first, second = Actor(name=a, kind=kind), Actor(name=b, kind=kind)

    assert names_agree(first, second)
    assert names_agree(second, first)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            Actor(name="UK government", kind="government"),
            Actor(name="Russian government", kind="government"),
        ),
        (Actor(name="Boris Johnson", kind="person"), Actor(name="Vladimir Putin", kind="person")),
        (Actor(name="Russia", kind="state"), Actor(name="Ukraine", kind="state")),
    ],
)
def test_names_disagree(a: Actor, b: Actor) -> None:
    assert not names_agree(a, b)


def test_micro_and_macro_over_articles(gold_label: ArticleExtraction) -> None:
    perfect = score_article(gold_label, _predicted(gold_label))
    only_contacts = _predicted(
        _extraction(diplomatic_contacts=gold_label.model_dump()["diplomatic_contacts"])
    )
    partial = score_article(gold_label, only_contacts)
    cost = RunCost(articles=2, mean_attempts=1.5)

    score = aggregate([perfect, partial], cost)

    # Positions: tp 2, fn 2 -> R 1/2, P 1, F1 2/3; movements the same; contacts: F1 1.
    assert score.categories["positions"].detection.f1 == pytest.approx(2 / 3)
    assert score.macro_f1 == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)
    # Micro: tp 6, fp 0, fn 4 -> P 1, R 0.6, F1 0.75.
    assert score.micro.recall == pytest.approx(0.6)
    assert score.micro.f1 == pytest.approx(0.75)
    assert score.cost.mean_attempts == 1.5
