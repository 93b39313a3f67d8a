"""A movement noun in the list of what a text covers ("a draft text covering a
truce, the withdrawal of Russian troops …", "a treaty that provides for the withdrawal
of forces") is the text's matter, background as the guide makes the matter of talks, no
movement told; nor does a text "provide for" anything in the sense of supplying it. A text
that tells of a movement by another verb ("the document confirmed the withdrawal") still
tells it. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


def _moves(text: str, source: str | None) -> list[tuple[str, str]]:
    return [(m.actor.name, m.activity) for m in movements(text, source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a Kyiv readout, the noun second in a list after "covering"
        (
            "The delegations discussed a draft agreement covering humanitarian corridors, "
            "the withdrawal of Russian troops from the Kyiv region and an exchange of "
            "prisoners.",
            KYIV,
        ),
        # (b) a news report, "providing for", a source after it
        (
            "Negotiators worked on a framework providing for the withdrawal of Russian units "
            "to their bases and a ceasefire, a diplomat said.",
            None,
        ),
        # (c) a Kremlin text, a relative "that provides for"
        (
            "Moscow handed over a draft treaty that provides for the withdrawal of American "
            "forces from Eastern Europe.",
            KREMLIN,
        ),
        # (d) a White House text, a memorandum "on" a deployment
        (
            "The talks in Geneva produced a memorandum on the deployment of Turkish "
            "peacekeepers along the line of contact.",
            WHITE_HOUSE,
        ),
    ],
)
def test_a_movement_in_what_a_text_covers_is_not_told(text: str, source: str | None) -> None:
    assert _moves(text, source) == []


def test_a_text_telling_a_movement_by_another_verb_tells_it() -> None:
    # guard: only a text covering, on or providing for a movement holds it as its matter
    text = "The Russian document confirmed the withdrawal of the Russian troops to their bases."
    assert ("Russia", "withdraw") in _moves(text, None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # look-alikes: a clause of its own after the text's phrase and ", and"
        (
            "The agreement on grain exports was signed in Istanbul, and the deployment of "
            "Turkish troops to the Black Sea coast began on Monday.",
            "Turkey",
        ),
        (
            "The plan on energy imports collapsed in July, and the withdrawal of Russian "
            "forces from the Kyiv region is now complete.",
            "Russia",
        ),
    ],
)
def test_a_movement_told_in_a_clause_after_a_texts_phrase_is_told(text: str, actor: str) -> None:
    assert [a for a, _ in _moves(text, None)] == [actor]
