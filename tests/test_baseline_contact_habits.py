"""A phrase of habit ("many times", "every day") makes a contact of habit, no occasion, only
in its own clause: "We consult our allies every day, and the President spoke with X this
morning" reports one call beside the habit, across a boundary of coordinated clauses.
Habit in the contact's own clause, or shared by verbs in one list ("meet regularly,
exchange views by telephone and coordinate"), still names no occasion. Sentences invented
for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts

_WH_TITLE = "Press Briefing by Press Secretary Ann Hall"


@pytest.mark.parametrize(
    ("text", "title", "source", "pair"),
    [
        # (a) a Kremlin transcript turn: the habit after, in a clause of its own
        (
            "Sergei Ivanov: I had a long conversation with Chancellor Olaf Scholz yesterday, "
            "and I repeated to him what we have said many times.",
            "Meeting with Sergei Ivanov",
            KREMLIN,
            ["Sergei Ivanov", "Olaf Scholz"],
        ),
        # (b) a White House briefing: the habit before, another subject after ", and"
        (
            "MS. HALL: We consult our allies every day, and the President spoke with "
            "Chancellor Olaf Scholz this morning.",
            _WH_TITLE,
            WHITE_HOUSE,
            ["President of the United States", "Olaf Scholz"],
        ),
        # (c) a news report: the occasion first, the habit after ", but"
        (
            "President Olena Marchuk met Prime Minister Mateusz Morawiecki in Kyiv on Tuesday, "
            "but the two leaders have spoken by phone many times since January.",
            None,
            None,
            ["Olena Marchuk", "Mateusz Morawiecki"],
        ),
        # (d) a Kyiv address: the habit after a semicolon
        (
            "I met Prime Minister Mateusz Morawiecki in Rzeszow on Friday; our teams are in "
            "contact every day.",
            "Address by President Olena Marchuk",
            KYIV,
            ["Olena Marchuk", "Mateusz Morawiecki"],
        ),
    ],
)
def test_a_habit_in_another_clause_leaves_the_occasion(
    text: str, title: str | None, source: str | None, pair: list[str]
) -> None:
    assert [c[0] for c in contacts(text, title, source)] == [pair]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a Kremlin transcript turn: the habit in the contact's clause
        (
            "Sergei Ivanov: I have spoken with Chancellor Olaf Scholz many times this winter.",
            "Meeting with Sergei Ivanov",
            KREMLIN,
        ),
        # (b) a White House briefing: the habit in the contact's clause, another after
        (
            "MS. HALL: The President has spoken with Chancellor Olaf Scholz more than once "
            "this month, and he will keep doing so.",
            _WH_TITLE,
            WHITE_HOUSE,
        ),
        # (c) a news report: verbs in one list share the habit
        (
            "President Olena Marchuk and Prime Minister Mateusz Morawiecki meet regularly, "
            "exchange views by telephone and coordinate their steps.",
            None,
            None,
        ),
        # (d) a Kyiv address: the habit at the end of the contact's clause
        (
            "I met Prime Minister Mateusz Morawiecki in Rzeszow many times last year.",
            "Address by President Olena Marchuk",
            KYIV,
        ),
    ],
)
def test_a_habit_in_the_contacts_own_clause_is_no_occasion(
    text: str, title: str | None, source: str | None
) -> None:
    # guard: without the habit each of these is a contact
    assert contacts(text, title, source) == []
