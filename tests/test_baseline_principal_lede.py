"""Whom the lede names as the document's own head: never the possessor of what the text
speaks of ("President Olsen's assurances … mean a great deal to us" in an address), and in
a transcript that opens with a journalist's question, the one who answers it, not the
parties of the question's premise. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract

_ANSWERS = "Answers of the President of Ukraine to media questions"
_ADDRESS = "Address by the President of Ukraine"


def _holders(text: str, title: str) -> list[str]:
    return [p.holder.name for p in extract(text, title, KYIV).positions]


@pytest.mark.parametrize(
    "answer",
    [
        # (a) plain
        "We condemn these lies about the Ukrainian army.",
        # (b) after a fronted adverbial
        "After all these weeks, we condemn these lies about the Ukrainian army.",
        # (d) one clause of two
        "We have heard this before, and we condemn these lies about the Ukrainian army.",
    ],
)
def test_the_answerer_of_an_opening_question_holds_the_answer(answer: str) -> None:
    text = (
        "Question: Moscow says Ukraine is massing troops in Donbas. What is your answer?\n\n"
        f"Ivan Petrenko: {answer}\n"
    )
    assert _holders(text, _ANSWERS) == ["Ivan Petrenko"]


def test_a_bare_q_label_opens_the_question_too() -> None:
    """(c) the journalist's turn labelled another way."""
    text = (
        "Q: Moscow says Ukraine is massing troops in Donbas. What is your answer?\n\n"
        "Ivan Petrenko: We condemn these lies about the Ukrainian army.\n"
    )
    assert _holders(text, _ANSWERS) == ["Ivan Petrenko"]


def test_the_question_itself_still_yields_nothing() -> None:
    """The look-alike: the premise's demand is nobody's."""
    text = (
        "Question: Washington demands that you withdraw the bill. What is your answer?\n\n"
        "Ivan Petrenko: Thank you.\n"
    )
    assert _holders(text, _ANSWERS) == []


@pytest.mark.parametrize(
    "opening",
    [
        # (a) plain
        "President Olsen's assurances that Norway will keep its ports open mean a great deal.",
        # (b) after a fronted adverbial
        "Today, President Olsen's assurances that Norway will keep its ports open mean a lot.",
        # (c) the possessor named by surname alone
        "Olsen's assurances that Norway will keep its ports open mean a great deal to us.",
        # (d) one clause of two
        "President Olsen's assurances mean a great deal, and Norway's ports stay open.",
    ],
)
def test_a_possessor_in_the_lede_is_not_the_addresss_voice(opening: str) -> None:
    # The address's own items are its voice's; the possessor holds at most the undertaking
    # his assurances name ("that Norway will keep its ports open", other_side_stances).
    text = f"Good evening, Ukrainians! {opening} We condemn the shelling of Kharkiv."
    held = [(p.holder.name, p.stance) for p in extract(text, _ADDRESS, KYIV).positions]
    assert ("President of Ukraine", "accuse") in held
    assert all(h == "President of Ukraine" or s == "commit" for h, s in held)


def test_the_head_named_as_subject_in_the_lede_is_the_voice() -> None:
    """The look-alike: named in the nominative, he is the document's own head."""
    text = (
        "President Ivan Petrenko addressed the nation. We condemn the shelling of Kharkiv, he said."
    )
    assert _holders(text, _ADDRESS) == ["Ivan Petrenko"]
