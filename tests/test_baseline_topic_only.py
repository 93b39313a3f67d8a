"""A verb of saying followed only by a noun phrase ("commented on Russia's latest
statements", "spoke about the economy this afternoon") names what was talked about and
states nothing: no position. Said with a clause, a negation or a quotation after it, it
stays a statement (`other`). Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract

_TITLE = "Ivan Bondar commented on the situation"


def _held(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, _TITLE, KYIV).positions]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Adviser to the President Ivan Bondar commented on Moscow's latest statements.",
        # (b) after a fronted adverbial
        "On Monday, Adviser to the President Ivan Bondar commented on Moscow's latest statements.",
        # (c) the speaker as a pronoun after a first mention
        "Adviser to the President Ivan Bondar spoke in Kyiv. He also commented on the "
        "economy this afternoon.",
        # (d) the second clause of two
        "Adviser to the President Ivan Bondar met the press, and he commented on Moscow's "
        "latest statements.",
    ],
)
def test_a_verb_of_saying_with_only_a_topic_holds_no_position(text: str) -> None:
    assert _held(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Adviser to the President Ivan Bondar said that the talks would continue.",
        "Adviser to the President Ivan Bondar noted that Moscow's statements had changed.",
    ],
)
def test_a_verb_of_saying_with_a_clause_stays_a_statement(text: str) -> None:
    assert _held(text) == [("Ivan Bondar", "other")]
