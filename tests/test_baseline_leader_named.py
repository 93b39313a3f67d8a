"""Who "the Turkish leader" is, in a text that introduced Türkiye's president.

A country's leader named by the generic word is its head, whatever the head's office is
called there; the country may be written in its own form, with its accent ("Türkiye"),
which the vocabulary keys without it.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract

_TITLE = "President of Ukraine had a phone conversation with President of Türkiye"
_INTRO = (
    "President of Ukraine Volodymyr Zelenskyy spoke by phone with President of the "
    "Republic of Türkiye Ali Demir. "
)


def _held(text: str) -> list[tuple[str, str | None, str]]:
    draft = extract(text, _TITLE, KYIV)
    return [(p.holder.name, p.holder.country, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # (a) plain
        ("The Turkish leader called for an urgent ceasefire.", "demand"),
        # (b) after a fronted adverbial
        ("In turn, the Turkish leader called for an urgent ceasefire.", "demand"),
        # (c) a readiness, the leader's own
        (
            "The Turkish leader restated his readiness to host talks between Ukraine and "
            "Russia in Istanbul.",
            "commit",
        ),
        # (d) postposed reporting clause
        ("An urgent ceasefire is needed, the Turkish leader said.", "demand"),
    ],
)
def test_the_countrys_leader_is_its_head_named_before(sentence: str, stance: str) -> None:
    assert _held(_INTRO + sentence) == [("Ali Demir", "Turkey", stance)]


def test_another_office_of_the_same_country_is_not_its_leader() -> None:
    """Look-alike: the Turkish Foreign Minister is the minister, not the president."""
    text = (
        "President of Ukraine Volodymyr Zelenskyy spoke by phone with President of "
        "the Republic of Türkiye Ali Demir and Turkish Foreign Minister Kemal Aydin. The "
        "Turkish Foreign Minister called for an urgent ceasefire."
    )
    assert _held(text) == [("Kemal Aydin", "Turkey", "demand")]


def test_a_leader_of_a_country_whose_head_is_not_named_stays_the_office() -> None:
    # The office of the country's head, as the vocabulary writes it (``test_baseline_leader_
    # offices``): no person stands in for it.
    text = (
        "President Volodymyr Zelenskyy spoke about the war. The Turkish leader called for a truce."
    )
    assert _held(text) == [("President of Turkey", "Turkey", "demand")]
