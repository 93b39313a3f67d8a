"""A fronted clause of time with its own subject ("After X met Y, …") gives its own
subject's contact or view. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions

from summarise.extraction.backends.baseline.own_clauses import clause_spans


def names(text: str) -> list[list[str]]:
    return [[a.name for a in c.participants] for c in extract(text).diplomatic_contacts]


@pytest.mark.parametrize(
    "text",
    [
        "After Ana Lind met with Jan Tamm in Riga, the two ministers left for Vilnius.",
        "When Ana Lind spoke with Jan Tamm by phone, the border was still closed.",
        "Foreign Minister Ana Lind of Estonia praised the border guards. Once she met with "
        "President Jan Tamm of Latvia, the talks ended.",
        "After Ana Lind met with Jan Tamm in Riga, the talks ended, the ministry said.",
    ],
)
def test_a_contact_in_a_fronted_clause_of_time_is_its_subjects(text: str) -> None:
    assert names(text) == [["Ana Lind", "Jan Tamm"]]


def test_a_view_in_a_fronted_clause_of_time_is_its_subjects() -> None:
    draft = extract(
        "After Ana Lind condemned the shelling of Narva, the Estonian delegation left Riga."
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Ana Lind", "accuse")]


@pytest.mark.parametrize(
    "text",
    [
        "After the call, Ana Lind said the talks had ended.",
        "If Russia invaded Estonia, Ana Lind said, the talks would end.",
        "Before the summit began, the talks ended.",
    ],
)
def test_a_fronted_phrase_or_condition_stays_in_its_sentence(text: str) -> None:
    (span,) = clause_spans(text, [(0, len(text))])
    assert span == (0, len(text))
