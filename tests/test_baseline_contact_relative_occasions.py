"""A contact told in a subject relative clause after a person the main clause met or called
is that person's occasion, not the main subject's: "spoke with X, who recently held talks
with Y" is X's talks with Y; "X, who briefed him on his call with Y" is X's call. When the
relative clause names no side beyond the main contact ("met X, who arrived in Kyiv on a
visit"), it is the same occasion and no second item. In four surroundings, with look-alikes.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a readout of another publisher: light verb and adverb in the relative clause
        (
            "Later, the President of Ukraine had a phone conversation with President of "
            "Estonia Kaarel Tamm, who recently held talks with the Hungarian leader in "
            "Budapest.",
            KYIV,
            ("Kaarel Tamm", "Prime Minister of Hungary", "talks"),
        ),
        # (b) a White House briefing, a verb of informing on "his" occasion
        (
            "President Biden spoke by phone this morning with Prime Minister Elina Markova of "
            "Bulgaria, who briefed him on her phone call with President Marek Novak of "
            "Slovakia on Monday.",
            WHITE_HOUSE,
            ("Elina Markova", "Marek Novak", "phone_call"),
        ),
        # (c) a Kremlin text, the named person by surname and office; "had" as light verb
        (
            "Vladimir Putin met with Prime Minister of Armenia Aram Sargsyan, who earlier had "
            "a meeting with the President of Kazakhstan.",
            KREMLIN,
            ("Aram Sargsyan", "President of Kazakhstan", "meeting"),
        ),
        # (d) a sentence opened by a time phrase, the occasion told with "informed … about"
        (
            "On Friday, the Chancellor of Austria received Prime Minister Jonas Lind of "
            "Sweden, who informed her about his talks with the Lithuanian President.",
            None,
            ("Jonas Lind", "President of Lithuania", "talks"),
        ),
    ],
)
def test_a_relative_clause_tells_its_antecedents_occasion(
    text: str, source: str | None, expected: tuple[str, str, str]
) -> None:
    found = contacts(text, source=source)
    first, second, mode = expected
    assert ([first, second], mode, "held") in found
    # The main subject is not made a party of the occasion told in the relative clause.
    assert all(not (second in names and first not in names) for names, _, _ in found)


def test_a_visit_told_in_a_relative_clause_is_the_meeting_itself() -> None:
    # Look-alike: the relative clause names no side beyond those of the meeting.
    assert contacts(
        "President Marek Novak of Slovakia met Prime Minister Elina Markova of Bulgaria, who "
        "arrived in Slovakia on a working visit."
    ) == [(["Marek Novak", "Elina Markova"], "meeting", "held")]


def test_a_relative_clause_of_a_verb_not_of_holding_is_no_occasion_of_the_antecedent() -> None:
    # Look-alike: "who welcomed the talks": the antecedent's stance on talks, not its talks;
    # the relative gap takes auxiliaries, adverbs and light verbs only.
    found = contacts(
        "President Marek Novak of Slovakia spoke with Prime Minister Elina Markova of "
        "Bulgaria, who welcomed the talks with Hungary."
    )
    assert all(names[:1] != ["Elina Markova"] or "Hungary" not in names for names, _, _ in found)
