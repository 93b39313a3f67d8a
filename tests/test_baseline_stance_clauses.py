"""Two stances in one sentence are two items (granularity rule 1), also where the clauses
are joined without a comma. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "stances"),
    [
        # A noun cue and a verb cue of another class joined by "and" are two clauses.
        (
            "Polish President Adam Lis thanked Germany for its support and asked for more weapons.",
            ["support", "demand"],
        ),
        # "but" without a comma before a verb opens a clause as ", but" does.
        (
            "Polish President Adam Lis welcomed the talks but accused Russia of bad faith.",
            ["support", "accuse"],
        ),
        # A second that-clause is a second statement: the condition of the second governs
        # only it.
        (
            "Polish President Adam Lis warned that an invasion would be a disaster and that "
            "Poland would impose sanctions if Russia attacked.",
            ["warn", "threaten"],
        ),
    ],
)
def test_two_clauses_two_items(sentence: str, stances: list[str]) -> None:
    assert [stance for _, stance, _ in positions(extract(sentence))] == stances


def test_two_cues_of_one_class_joined_by_and_stay_one_phrase() -> None:
    draft = extract("Poland condemned the unprovoked and unjustified attack on Kharkiv.")
    assert [stance for _, stance, _ in positions(draft)] == ["accuse"]


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        # Two that-clauses of one verb of saying, neither with a cue: two statements.
        (
            "Polish President Adam Lis said that Poland shares a long border with Belarus and "
            "that the status of Transnistria would be settled under international law.",
            [
                ("other", "Poland shares a long border with Belarus"),
                ("other", "status of Transnistria would be settled under international law"),
            ],
        ),
        # ", but that": the second clause's cue is its own, not the first one's.
        (
            "Polish President Adam Lis underscored that the offer of talks still stands, "
            "but that Russia must pull back its troops.",
            [
                ("other", "offer of talks still stands"),
                ("demand", "Russia must pull back its troops"),
            ],
        ),
    ],
)
def test_coordinated_that_clauses_are_two_items(
    sentence: str, items: list[tuple[str, str]]
) -> None:
    draft = extract(sentence)
    assert [(stance, topic) for _, stance, topic in positions(draft)] == items
    # Each item quotes its own clause.
    second = draft.positions[1].evidence[0].quote
    assert "that" not in second.split()


@pytest.mark.parametrize(
    "sentence",
    [
        # After a stance, a cue-less second that-clause elaborates it: one commitment.
        "Polish President Adam Lis said that the commitment of Poland to the alliance is "
        "unshakeable, and that a strike on one member would be answered by all.",
        # In a plain past, the second that-clause reports a fact, not a view.
        "Polish President Adam Lis said that Russia had moved no units and that the number "
        "of tanks near Brest had doubled.",
        # "and that is why": a pronoun, no second clause.
        "Polish President Adam Lis said that Poland wants security and stability, and that "
        "is why it will keep talking.",
        # Relative clauses are no statements of their own.
        "Polish President Adam Lis condemned the strikes that hit Kharkiv and that killed "
        "civilians.",
    ],
)
def test_second_that_clause_without_a_view_stays_one_item(sentence: str) -> None:
    draft = extract(sentence)
    assert len(draft.positions) == 1
    # The one item quotes the whole sentence, its second clause included.
    assert draft.positions[0].evidence[0].quote.rstrip(".").endswith(sentence.rstrip(".")[-12:])


def test_but_before_an_auxiliary_opens_a_second_clause_with_its_own_stance() -> None:
    sentence = (
        "Slovak President Ivan Kral said Slovakia was ready for talks but would not accept "
        "any ultimatum."
    )
    assert positions(extract(sentence)) == [
        ("Ivan Kral", "support", "talks"),
        ("Ivan Kral", "oppose", "any ultimatum"),
    ]
