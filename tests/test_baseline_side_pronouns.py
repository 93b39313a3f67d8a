"""A plural pronoun for a state's side: "The Russian side promised a ceasefire. Their
artillery opened fire …" — a side is its state's officials or forces, so the "they" or
"their" after it is that state, as owner, holder or party. A "they" right after a fronted
"In <capital>" ("In Washington, they go further") is the people of that place (its
government), not the side before it. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract


def _owners(text: str) -> list[str]:
    draft = extract(text, "Address by the President of Ukraine", KYIV)
    return [m.actor.name for m in draft.military_movements]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "The Russian side promised a ceasefire along the road to Orikhiv. Their artillery "
        "opened fire on the road an hour later.",
        # (b) after a fronted adverbial and a fronted subordinate clause
        "On Tuesday, the Russian side promised a ceasefire along the road to Orikhiv. As the "
        "first buses arrived, their artillery opened fire on the road.",
        # (d) the second clause of one sentence
        "The Russian side promised a ceasefire along the road to Orikhiv, but their "
        "artillery opened fire on the road an hour later.",
    ],
)
def test_their_forces_after_a_side_are_its_states(text: str) -> None:
    assert _owners(text) == ["Russia"]


def test_they_as_subject_after_a_side_is_its_state() -> None:
    """(c) The side named again as the subject "they": its state says what they say."""
    text = (
        "The Russian side agreed to a ceasefire along the road to Orikhiv. They stated that "
        "the corridor must stay open only towards Belgorod."
    )
    draft = extract(text, "Address by the President of Ukraine", KYIV)
    assert [(p.holder.name, p.stance) for p in draft.positions][-1:] == [("Russia", "demand")]


def test_they_after_a_fronted_capital_is_not_the_side_before() -> None:
    """Look-alike: "In Washington, they …" after the Ukrainian side is the US government's
    people; without the place guard "they" would be read as Ukraine."""
    text = (
        "The Ukrainian side says that it sees no withdrawal. In Washington, they insist that "
        "Russia must pull its forces back."
    )
    draft = extract(text, "Press conference", "President of Russia")
    assert ("Ukraine", "demand") not in [(p.holder.name, p.stance) for p in draft.positions]
    assert ("US government", "demand") in [(p.holder.name, p.stance) for p in draft.positions]


def test_a_side_far_back_is_not_their_owner() -> None:
    """Look-alike: the side is named more than a short paragraph back, with other matters
    between; "their" is not read as it, and the fire has no owner."""
    text = (
        "The Russian side promised a ceasefire along the road to Orikhiv. "
        + "The evacuation of the hospital went on through the night, and volunteers "
        "brought water, blankets and medicine to the families waiting at the station. "
        * 3
        + "Their artillery opened fire on the road an hour later."
    )
    assert _owners(text) == []
