"""Look-alikes of this round's cues, each beside the wording it was written for: weapons
reaching their receivers, not forces reaching a place; a support told after the topics'
"and" with a verb of its own; a movement told after a mandative that-clause's new subject;
"will keep" of one's words or of watch; "will deny" of a claim ahead. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract, held_stances, movement_rows, stances


@pytest.mark.parametrize(
    "text",
    [
        "Russian tanks reached Kharkiv on Monday.",
        "Two Russian warships reached Sevastopol.",
        "A Russian convoy of armoured vehicles reached Chernihiv on Tuesday.",
    ],
)
def test_forces_reaching_a_place_supply_nothing(text: str) -> None:
    assert [row for row in movement_rows(text) if row[1] == "supply"] == []


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (
            "MS. VALE: First, assistance: additional Javelin missiles reached Ukrainian forces"
            " over the weekend.",
            WHITE_HOUSE,
            [("United States", "supply", "additional Javelin missiles")],
        ),
        (
            "Lithuania's third batch of Stinger missiles reached our defenders on Friday.",
            KYIV,
            [("Lithuania", "supply", "third batch of Stinger missiles")],
        ),
    ],
)
def test_weapons_reaching_their_receivers_are_supplied(
    text: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    title = "Press Briefing by Press Secretary Nora Vale" if source == WHITE_HOUSE else None
    rows = [
        (m.actor.name, m.activity, m.forces)
        for m in extract(text, title, source).military_movements
    ]
    assert rows == expected


def test_a_support_after_the_topics_and_a_verb_of_its_own_is_kept() -> None:
    text = (
        "The President discussed the crisis with Chancellor Otto Brandvik of Germany and "
        "reaffirmed his support for Ukraine's sovereignty."
    )
    assert "support" in stances(text, "Readout of President Mara Quill's Call", WHITE_HOUSE)


def test_a_support_among_the_topics_stays_a_topic() -> None:
    text = (
        "The two presidents discussed their common support for a negotiated route and the "
        "steps that would come after it."
    )
    assert "support" not in stances(text, "Readout of President Mara Quill's Call", WHITE_HOUSE)


def test_a_movement_after_a_demands_new_subject_is_told() -> None:
    text = (
        "Moscow demanded that NATO pull back its forces from Eastern Europe, and Russia "
        "moved 30,000 troops to Belarus."
    )
    assert ("Russia", "deploy", "30,000 troops") in movement_rows(text)


def test_a_movement_in_a_demands_that_clause_stays_sought() -> None:
    text = (
        "Foreign Minister Ilse Varga said Hungary demands that Russia cease its operations, "
        "withdraw all of its forces and allow access."
    )
    assert movement_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Danish Prime Minister Lars Brandvik said: "I will keep this brief."',
        'Danish Prime Minister Lars Brandvik said: "I\'ll keep my remarks short."',
        'Danish Prime Minister Lars Brandvik said: "We will keep an eye on the situation."',
    ],
)
def test_words_kept_short_or_watch_kept_pledge_nothing(text: str) -> None:
    assert "commit" not in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        'Danish Prime Minister Lars Brandvik said: "We will keep the restrictions for as long '
        'as needed."',
        "Denmark will keep its borders open, Prime Minister Lars Brandvik said.",
    ],
)
def test_a_measure_kept_is_a_pledge(text: str) -> None:
    assert held_stances(text) == [("Lars Brandvik", "commit")]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow will deny any involvement, as it always does.",
        "The Kremlin will deny it, of course.",
    ],
)
def test_a_claim_denied_ahead_is_no_pledge(text: str) -> None:
    assert "commit" not in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "Danish Trade Minister Lars Brandvik said Denmark will deny Moscow's airlines the "
        "right to land.",
        'Danish Trade Minister Lars Brandvik said: "We will also deny those licences as a rule."',
    ],
)
def test_withholding_foretold_stays_a_pledge(text: str) -> None:
    assert held_stances(text) == [("Lars Brandvik", "commit")]


def test_extract_runs_on_the_lookalikes() -> None:
    assert extract("Russian tanks reached Kharkiv on Monday.").military_movements == []
