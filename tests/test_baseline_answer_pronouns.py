"""Whom an answer's "he" stands for in a briefing: the subject of the question it answers
("Has the President spoken with President Lee? — He has not …" is the President, not Lee,
the person named last). An operator opening a question ("Has", "Does", a transcript's "Q")
is no part of the office after it. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

from summarise.extraction.backends.baseline.mentions import find_mentions

_TITLE = "Press Briefing by Press Secretary Anna Berg"
_OPENING = "MS. BERG: Good afternoon. President Hale met the Polish Prime Minister today.\n\n"


def _briefing(question: str, answer: str) -> str:
    return f"{_OPENING}Q {question}\n\nMS. BERG: {answer}\n"


def holders(question: str, answer: str) -> list[str]:
    draft = extract(_briefing(question, answer), title=_TITLE, source=WHITE_HOUSE)
    return [p.holder.name for p in draft.positions]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # (a) plain
        (
            "Does the President think President Lee is wrong?",
            "He respects President Lee enormously.",
        ),
        # (b) after a fronted adverbial
        (
            "Does the President think President Lee is wrong?",
            "As always, he respects President Lee enormously.",
        ),
        # (c) the question asked with another operator
        ("Is the President angry with President Lee?", "He respects President Lee enormously."),
        # (d) one clause of two
        (
            "Does the President think President Lee is wrong?",
            "He respects President Lee enormously, and that will not change.",
        ),
    ],
)
def test_the_answers_he_is_the_questions_subject(question: str, answer: str) -> None:
    assert holders(question, answer) == ["Hale"]


def test_a_possessor_in_the_question_is_not_its_subject() -> None:
    # Read as the subject, the President of "the President's letter" would hold it.
    found = holders(
        "Has the President's letter reached President Lee?", "He respects President Lee."
    )
    assert found == ["United States"]


def test_a_planned_call_is_the_presidents() -> None:
    draft = extract(
        _briefing(
            "Has the President spoken with President Lee this week?",
            "He has not, but he expects to speak with him in the days ahead.",
        ),
        title=_TITLE,
        source=WHITE_HOUSE,
    )
    sides = [sorted(a.name for a in c.participants) for c in draft.diplomatic_contacts]
    assert ["Hale", "Lee"] in sides


@pytest.mark.parametrize(
    "text",
    ["Q Has the President spoken?", "Q Does the President think so?", "Did the President say?"],
)
def test_a_questions_operator_is_no_part_of_the_office(text: str) -> None:
    offices = [m.text for m in find_mentions(text) if m.kind == "office"]
    assert offices == ["President"]
