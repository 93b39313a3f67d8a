"""A fronted source ("According to X, S") reads S as X's verb of saying reads its
complement: a party that says or takes a stance in S holds it, via X; otherwise X holds."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract, positions


def holders_via(text: str, source: str | None = None) -> list[tuple[str, str | None, str]]:
    draft = extract(text, source=source)
    return [
        (p.holder.name, p.via.name if p.via is not None else None, p.stance)
        for p in draft.positions
    ]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "According to Foreign Minister Jan Kowal of Poland, the United States had observed "
        "no withdrawal of the troops.",
        # (b) a fronted time before the source
        "On Tuesday, according to Foreign Minister Jan Kowal of Poland, the United States "
        "had observed no withdrawal of the troops.",
        # (c) the source by surname after a first mention
        "Foreign Minister Jan Kowal of Poland spoke in Warsaw. According to Kowal, the "
        "United States had observed no withdrawal of the troops.",
        # (d) the statement as one clause of two
        "According to Foreign Minister Jan Kowal of Poland, the United States had observed "
        "no withdrawal of the troops, and the talks will resume in Geneva.",
    ],
)
def test_a_party_stating_in_the_clause_holds_it_via_the_source(text: str) -> None:
    assert holders_via(text) == [("United States", "Jan Kowal", "deny")]


def test_a_person_stating_in_the_clause_after_a_ministry_holds_it_via_the_ministry() -> None:
    held = holders_via(
        "According to the Polish Foreign Ministry, Foreign Minister Jan Kowal of Poland "
        "rejected the ultimatum."
    )
    assert [(holder, stance) for holder, _, stance in held] == [("Jan Kowal", "oppose")]
    assert held[0][1] is not None


@pytest.mark.parametrize(
    ("text", "source", "holder", "via"),
    [
        (
            "According to Press Secretary Dana Holt, the United States had observed no "
            "withdrawal of the troops.",
            WHITE_HOUSE,
            "United States",
            "Dana Holt",
        ),
        (
            "After the call, according to Presidential Spokesman Pavel Orlov, the Kremlin "
            "rejected the proposal.",
            KREMLIN,
            "Russian government",
            "Pavel Orlov",
        ),
    ],
)
def test_the_party_a_spokesperson_speaks_for_holds_via_the_spokesperson(
    text: str, source: str, holder: str, via: str
) -> None:
    """As "the press secretary said the United States …": her principal's, via her."""
    assert [(h, v) for h, v, _ in holders_via(text, source)] == [(holder, via)]


def test_a_first_person_clause_stays_with_the_source() -> None:
    assert holders_via(
        "According to Foreign Minister Jan Kowal of Poland, we had observed no withdrawal "
        "of the troops."
    ) == [("Jan Kowal", None, "deny")]


def test_a_clause_with_no_verb_of_saying_or_stance_stays_with_the_source() -> None:
    draft = extract(
        "According to Foreign Minister Jan Kowal of Poland, Russia must withdraw its troops "
        "from Belarus."
    )
    assert positions(draft) == [
        ("Jan Kowal", "demand", "Russia must withdraw its troops from Belarus")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "According to the agreement, the troops will withdraw from the border.",
        "According to the memorandum, the United States had observed the ceasefire.",
    ],
)
def test_a_document_as_source_makes_no_holder(text: str) -> None:
    assert holders_via(text) == []


def test_according_to_our_data_keeps_the_movement_and_makes_no_holder() -> None:
    draft = extract(
        "According to our data, Russian forces have moved two battalions to the border."
    )
    assert draft.positions == []
    assert [m.actor.name for m in draft.military_movements] == ["Russia"]
