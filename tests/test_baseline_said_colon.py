"""A reporting clause that only introduces the words after its colon ("Replying to
journalists' questions after the ceremony, the President said:" and a quotation in the next
paragraph) says nothing of its own: it is no `other` position. The words after it are read
in their own right. A colon followed by the words said in the same sentence ("said: the talks
were long") is a verb of saying with its content, and stays one.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions

_QUOTED = "\n\n\u201cThe memory of those who served is sacred to every family.\u201d"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a Kremlin narration, a participle clause before the name
        (
            "Answering questions from reporters after the ceremony, President Sergei Orlov said:"
            + _QUOTED,
            KREMLIN,
        ),
        # (b) a White House text, a fronted "Asked about …" and another verb
        ("Asked about the anniversary, Secretary Dana Blake stated:" + _QUOTED, WHITE_HOUSE),
        # (c) a news text, the one told and a place between the verb and the colon
        (
            "On Monday, Foreign Minister Jan Kowal of Poland told reporters in Warsaw:" + _QUOTED,
            None,
        ),
        # (d) a Kyiv text, a short sentence and a straight quotation mark
        (
            'Volodymyr Zelenskyy also added:\n\n"The memory of those who served is sacred."',
            KYIV,
        ),
    ],
)
def test_a_clause_introducing_the_words_after_its_colon_is_no_position(
    text: str, source: str | None
) -> None:
    assert positions(extract(text, source=source)) == []


def test_a_colon_with_the_words_said_after_it_in_the_sentence_stays_a_saying() -> None:
    text = "Foreign Minister Jan Kowal of Poland said: the talks in Vienna were long and difficult."
    assert [(h, s) for h, s, _ in positions(extract(text))] == [("Jan Kowal", "other")]
