"""A speaker who says he told another party his words addresses them to that party: when
the clause told names no party of its own, the party told is the position's target ("I told
him frankly that we will never accept this arrangement"). Telling someone about something
names no one the words are addressed to, and a party the clause names itself comes first.
Four surroundings, and look-alikes. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

_KREMLIN_TITLE = "Meeting with members of the Security Council"
_KREMLIN_OPENING = (
    "Vladimir Putin held a meeting with members of the Security Council. The participants "
    "included Foreign Minister Pavel Orlov.\n\n"
    "Vladimir Putin: Pavel Andreyevich, please.\n\n"
    "Pavel Orlov: Yesterday I spoke with Minister Jan Kral of Czechia by telephone. "
)
_REMARKS_TITLE = "Remarks by President Dana Holt on European Security"
_REMARKS_OPENING = (
    "THE PRESIDENT: Good afternoon. This morning I spoke with Chancellor Karl Weber of Germany. "
)

Targets = Callable[[str], list[tuple[str, str, str | None]]]


def _kremlin(said: str) -> list[tuple[str, str, str | None]]:
    draft = extract(_KREMLIN_OPENING + said + "\n", _KREMLIN_TITLE, KREMLIN)
    return [(p.holder.name, p.stance, p.target and p.target.name) for p in draft.positions]


def _remarks(said: str) -> list[tuple[str, str, str | None]]:
    draft = extract(_REMARKS_OPENING + said + "\n", _REMARKS_TITLE, WHITE_HOUSE)
    return [(p.holder.name, p.stance, p.target and p.target.name) for p in draft.positions]


@pytest.mark.parametrize(
    ("read", "said", "held"),
    [
        # (a) a president's remarks, the one told by title and name, an adverb after
        (
            _remarks,
            "I told Chancellor Weber frankly that we will never accept this arrangement.",
            ("Dana Holt", "oppose", "Karl Weber"),
        ),
        # (b) another publisher's minister, the one told a pronoun
        (
            _kremlin,
            "I told him frankly that we will never accept this arrangement.",
            ("Pavel Orlov", "oppose", "Jan Kral"),
        ),
        # (c) the one told by office and surname, another cue
        (
            _kremlin,
            "I told Minister Kral that we will not allow this question to be buried in endless "
            "talk.",
            ("Pavel Orlov", "oppose", "Jan Kral"),
        ),
        # (d) another verb of telling, after auxiliaries and "also"
        (
            _remarks,
            "I have also assured him that we will never accept this arrangement.",
            ("Dana Holt", "oppose", "Karl Weber"),
        ),
    ],
)
def test_the_party_told_is_the_target(read: Targets, said: str, held: tuple[str, str, str]) -> None:
    assert read(said) == [held]


@pytest.mark.parametrize(
    ("read", "said"),
    [
        # a topic told, not a statement (fails without the guard on what follows the one told)
        (_remarks, "I told him about our plans, and we will never accept this arrangement."),
        (_kremlin, "I told him of our plans, and we will never accept this arrangement."),
    ],
)
def test_a_topic_told_gives_no_target(read: Targets, said: str) -> None:
    assert [target for _, _, target in read(said)] == [None]


def test_a_party_the_clause_names_comes_first() -> None:
    found = _remarks("I told Chancellor Weber that we will never accept Russia's demands.")
    assert found == [("Dana Holt", "oppose", "Russia")]
