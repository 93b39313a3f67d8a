"""Two independent clauses joined by a semicolon: the second, with its own subject, is read
as a sentence of its own. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions

from summarise.extraction.backends.baseline.own_clauses import clause_spans


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended in Riga; Ana Lind condemned the shelling of Narva.",
        "On Monday, the talks ended in Riga; Ana Lind condemned the shelling of Narva.",
        "Foreign Minister Ana Lind of Estonia arrived in Riga. The talks ended; she condemned "
        "the shelling of Narva.",
        "Ana Lind of Estonia arrived in Riga. The talks ended; Foreign Minister Lind condemned "
        "the shelling of Narva, and the delegations left.",
    ],
)
def test_a_second_clause_after_a_semicolon_holds_its_subjects_view(text: str) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text))] == [("Ana Lind", "accuse")]


def test_a_movement_in_a_second_clause_is_its_subjects() -> None:
    draft = extract(
        "Estonia has closed its border; Latvia deployed 2,000 troops to the Russian border."
    )
    assert [m.actor.name for m in draft.military_movements] == ["Latvia"]


def test_list_items_after_semicolons_stay_one_sentence() -> None:
    text = "The measures are: checks at the border; the closure of airspace; a curfew."
    assert clause_spans(text, [(0, len(text))]) == [(0, len(text))]


def test_a_clause_is_cut_after_its_semicolon_only_before_a_subject() -> None:
    text = "The talks ended; Ana Lind left; the rest stayed."
    assert [text[s:e] for s, e in clause_spans(text, [(0, len(text))])] == [
        "The talks ended",
        "Ana Lind left; the rest stayed.",
    ]
