""" "The Kiev authorities" and "the Kiev regime" are the state, Ukraine, as the guide gives
them (a capital with "government" or "administration" stays the government). Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract


def accusations(text: str) -> list[tuple[str, str | None]]:
    draft = extract(text, source=KREMLIN)
    return [
        (p.holder.name, p.target.name if p.target else None)
        for p in draft.positions
        if p.stance == "accuse"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain
        "Vladimir Putin accused the Kiev authorities of sabotaging the talks.",
        # (b) after a fronted phrase, and "regime"
        "On Monday, Vladimir Putin accused the Kiev regime of sabotaging the talks.",
        # (c) the other spelling
        "Vladimir Putin accused the Kyiv authorities of sabotaging the talks.",
        # (d) one clause of two
        "Vladimir Putin said that Moscow had no plans to attack anyone, and he accused the "
        "Kiev authorities of sabotaging the talks.",
    ],
)
def test_the_capitals_authorities_are_the_state(sentence: str) -> None:
    assert accusations(sentence) == [("Vladimir Putin", "Ukraine")]


def test_the_capitals_government_stays_the_government() -> None:
    assert accusations("Vladimir Putin accused the Kiev government of sabotaging the talks.") == [
        ("Vladimir Putin", "Ukrainian government")
    ]
