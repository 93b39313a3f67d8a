"""A topic ends with its noun phrase, not with the auxiliary of a verb left outside it
("demands for a stop to NATO expansion would, if met, split the continent")."""

from __future__ import annotations

from baseline_helpers import extract


def topics(text: str) -> list[str]:
    return [p.topic for p in extract(text).positions]


def test_a_nominal_demand_before_a_parenthetical_condition_loses_the_modal() -> None:
    text = (
        "Prime Minister Ingrid Berg of Norway expressed concern that the Kremlin's demands "
        "for a stop to NATO expansion would, if met, split the continent."
    )
    assert all(not t.endswith(" would") for t in topics(text))
    assert any(t.endswith("stop to NATO expansion") for t in topics(text))


def test_after_a_fronted_clause_the_topic_still_ends_with_its_noun() -> None:
    text = (
        "After the call, Prime Minister Ingrid Berg of Norway expressed concern that "
        "the Kremlin's demands for a stop to NATO expansion would, if met, split the continent."
    )
    assert all(not t.endswith(" would") for t in topics(text))


def test_named_by_surname_after_a_first_mention_the_topic_ends_with_its_noun() -> None:
    text = (
        "Prime Minister Ingrid Berg of Norway spoke in Oslo on Monday. Berg expressed concern "
        "that the Kremlin's demands for a stop to NATO expansion would, if met, split the "
        "continent."
    )
    assert "stop to NATO expansion" in topics(text)


def test_with_the_reporting_clause_after_it_the_topic_ends_with_its_noun() -> None:
    text = (
        "the Kremlin's demands for a stop to NATO expansion would, if met, split the continent, "
        "Prime Minister Ingrid Berg of Norway warned."
    )
    assert topics(text) == ["stop to NATO expansion"]


def test_the_noun_will_ends_a_topic_as_a_noun() -> None:
    text = "Foreign Minister Jan Kowal of Poland accused Russia of a lack of political will."
    assert topics(text) == ["Russia of a lack of political will"]
