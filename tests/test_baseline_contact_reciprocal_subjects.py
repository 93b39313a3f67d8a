"""A reciprocal verb of speaking or meeting whose subject holds both sides (Levin 36.1, the
collective subject alternation): two people coordinated ("X and Y spoke at length on
Sunday", "X and I spoke on Monday"), "they" standing for the two of the contact a question
or sentence just before asks of ("Will the President speak with X? — They spoke on
Sunday"), "the two leaders" for the two of the call a readout reports. The bare form after
a modal or "agreed to" is an occasion still to come. Each in four surroundings, with
look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts, extract

_BRIEFING = "Press Briefing by Press Secretary Dana Reed"
_ADDRESS = "Address by President of Ukraine Oleh Bondar"


@pytest.mark.parametrize(
    ("text", "title", "source", "pair", "mode", "status"),
    [
        # (a) a White House briefing: two people named by office and name
        (
            "MS. REED: We consult our partners every day, and President Marek Novak of "
            "Slovakia and Chancellor Klara Voss of Germany spoke at length on Sunday.",
            _BRIEFING,
            WHITE_HOUSE,
            ["Marek Novak", "Klara Voss"],
            "other",
            "held",
        ),
        # (b) a Kyiv address: "X and I", the speaker the second
        (
            "Prime Minister Anna Lind of Sweden and I spoke on Monday, and she promised more "
            "help for our hospitals.",
            _ADDRESS,
            KYIV,
            ["Anna Lind", "Oleh Bondar"],
            "other",
            "held",
        ),
        # (c) a news report: another verb, after a fronted clause
        (
            "As the dispute deepened, Prime Minister Elina Markova of Bulgaria and President "
            "Marek Novak of Slovakia talked yesterday.",
            None,
            None,
            ["Elina Markova", "Marek Novak"],
            "other",
            "held",
        ),
        # (d) a Kremlin readout: an occasion to come, a meeting
        (
            "President Tomas Berg of Finland and Prime Minister Elina Markova of Bulgaria will "
            "meet in Vienna on Friday.",
            "Telephone conversation with President of Finland Tomas Berg",
            KREMLIN,
            ["Tomas Berg", "Elina Markova"],
            "meeting",
            "planned",
        ),
    ],
)
def test_two_people_coordinated_before_a_reciprocal_verb_are_its_sides(
    text: str, title: str | None, source: str | None, pair: list[str], mode: str, status: str
) -> None:
    assert (pair, mode, status) in contacts(text, title, source)


@pytest.mark.parametrize(
    ("text", "title", "source", "status"),
    [
        # (a) a White House briefing: the pair of the journalist's question
        (
            "Q: Will the President speak with Chancellor Klara Voss of Germany this week?\n\n"
            "MS. REED: They spoke on Monday, and they remain in close touch.",
            _BRIEFING,
            WHITE_HOUSE,
            "held",
        ),
        # (b) the same, an occasion to come with "will" contracted, a sentence between
        (
            "Q: Is the President going to call Chancellor Klara Voss of Germany?\n\n"
            "MS. REED: I have nothing to preview. I expect they'll speak again in the coming "
            "days.",
            _BRIEFING,
            WHITE_HOUSE,
            "planned",
        ),
        # (c) a news report: "the two leaders" of the call told before
        (
            "President Marek Novak of Slovakia spoke by phone today with Chancellor Klara Voss "
            "of Germany about gas transit. The two leaders agreed to speak again on Friday.",
            None,
            None,
            "planned",
        ),
        # (d) a news report: "they" with one of the two named beside it
        (
            "President Marek Novak of Slovakia spoke by phone today with Chancellor Klara Voss "
            "of Germany. They last spoke on Tuesday, when Chancellor Klara Voss briefed him on "
            "the summit.",
            None,
            None,
            "held",
        ),
    ],
)
def test_they_of_a_reciprocal_verb_are_the_two_of_the_contact_just_asked_or_told(
    text: str, title: str | None, source: str | None, status: str
) -> None:
    found = contacts(text, title, source)
    assert any(
        parties[-1] == "Klara Voss" and len(parties) == 2 and got == status
        for parties, _mode, got in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        # undated: no occasion (the guide)
        "President Marek Novak of Slovakia and Chancellor Klara Voss of Germany spoke at length.",
        # one side: two of one state's people
        "Slovak President Marek Novak and Slovak Prime Minister Jan Kral spoke on Monday.",
        # speaking out is no speaking to each other
        "President Marek Novak of Slovakia and Chancellor Klara Voss of Germany spoke out on "
        "Monday against the plan.",
    ],
)
def test_a_coordinated_subject_undated_of_one_side_or_speaking_out_is_no_contact(
    text: str,
) -> None:
    assert contacts(text) == []


def test_they_after_a_question_that_asks_of_no_contact_is_nobody() -> None:
    text = (
        "Q: What does the President make of Chancellor Klara Voss's plan?\n\n"
        "MS. REED: They spoke on Monday, and I will leave it there."
    )
    assert contacts(text, _BRIEFING, WHITE_HOUSE) == []


def test_they_beside_a_third_person_are_not_the_two_asked_of() -> None:
    text = (
        "Q: Will the President speak with Chancellor Klara Voss of Germany this week?\n\n"
        "MS. REED: Secretary Dana Holt raised export controls with a senior official when "
        "they spoke on Monday."
    )
    assert contacts(text, _BRIEFING, WHITE_HOUSE) == []


def test_two_reciprocal_occasions_of_one_sentence_each_quote_their_clause() -> None:
    text = (
        "Q: Will the President speak with Chancellor Klara Voss of Germany this week?\n\n"
        "MS. REED: They last spoke on Tuesday, when the Chancellor briefed him on the summit, "
        "and I expect they'll speak again in the coming days."
    )
    found = extract(text, _BRIEFING, WHITE_HOUSE).diplomatic_contacts
    quotes = {c.status: c.evidence[0].quote for c in found}
    assert quotes["held"].startswith("They last spoke on Tuesday")
    assert quotes["planned"] == "I expect they'll speak again in the coming days."
