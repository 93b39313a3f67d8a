"""A drill noun that is the object of a clause's verb is that clause's subject's, not the
subject of the sentence that reports the clause: "Petrov said that the United States held
exercises in Poland" is the United States' drill, not Russia's; so is one whose number
the verb governs ("NATO had increased the number of exercises near our borders", a
quantifying noun before the drill, as "increased the scale of"), and one a party's
members carry out ("NATO members have expanded their presence"). Only a verb of
carrying out or moving makes its subject the owner: a clause whose subject judges or
watches the drill ("Poland condemned the exercises", "Poland observed the exercises") or
whose verb takes it after a preposition ("asked about the exercises") names none, and
the drill stays whoever holds it, or the document's own party's. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

Row = tuple[str, str, str]


def rows(text: str, source: str | None = None) -> list[Row]:
    draft = extract(text, source=source)
    return [(m.actor.name, m.activity, m.forces) for m in draft.military_movements]


@pytest.mark.parametrize(
    ("text", "source", "row"),
    [
        (
            "Minister Ivan Orlov noted that the alliance had increased the number of "
            "exercises near our borders.",
            KREMLIN,
            ("NATO", "exercise", "exercises"),
        ),
        (
            "The General Staff reported that Belarus has increased the number of drills "
            "near Brest.",
            KYIV,
            ("Belarus", "exercise", "drills"),
        ),
        (
            "Sergei Petrov said that the United States held exercises in Poland last week.",
            KREMLIN,
            ("United States", "exercise", "exercises"),
        ),
        (
            "The spokesman said that Belarus carried out large-scale exercises near the border.",
            WHITE_HOUSE,
            ("Belarus", "exercise", "large-scale exercises"),
        ),
        # a modal before the verb: the drill is a plan of the subject's
        (
            "Officials said that NATO will hold exercises near the border.",
            None,
            ("NATO", "exercise", "exercises"),
        ),
        # the party before a head for its members
        (
            "Sergei Petrov said that NATO members have expanded their military presence "
            "in Romania.",
            KREMLIN,
            ("NATO", "mass", "military presence"),
        ),
        (
            "Sergei Petrov said that NATO states have sent more troops to Poland.",
            KREMLIN,
            ("NATO", "deploy", "more troops"),
        ),
    ],
)
def test_a_drill_noun_is_its_clause_subjects(text: str, source: str | None, row: Row) -> None:
    assert row in rows(text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sergei Petrov said that Poland condemned the exercises.", KREMLIN),
        # the drill after a preposition is no object of the verb
        ("Officials said that Poland asked about the exercises near the border.", None),
        ("Officials said that Poland learned of the exercises near the border.", None),
        ("Officials said that Poland welcomed the exercises near the border.", None),
    ],
)
def test_a_judge_of_the_drill_is_not_its_owner(text: str, source: str | None) -> None:
    assert rows(text, source) == []


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # the drill is the party's that holds it; the one watching it owns no second drill
        (
            "Belarus held exercises near the border, and Poland observed the drills closely.",
            None,
            [("Belarus", "exercise", "exercises")],
        ),
        (
            "Russia is conducting drills near the border, and officials said that Poland "
            "watched the exercises.",
            WHITE_HOUSE,
            [("Russia", "exercise", "drills")],
        ),
        # no one named holds it: the document's own party, as for any drill told unowned
        (
            "Sergei Petrov said that Poland observed the exercises.",
            KREMLIN,
            [("Russia", "exercise", "exercises")],
        ),
    ],
)
def test_an_observer_of_the_drill_is_not_its_owner(
    text: str, source: str | None, expected: list[Row]
) -> None:
    assert rows(text, source) == expected
