"""Keeping a measure or a state of things up is a pledge (`commit`), as "will maintain" is
(CAMEO 03; the guide: a party stating what it will do is `commit`): "we will keep the
restrictions for as long as needed", "Romania will keep its borders open", "we will keep our
pressure on Moscow". Keeping on doing ("we will keep working with …") is aspect, as
"continue to" is, and forces kept somewhere are the movement's; keeping the listener informed
("we'll keep you posted") is manners, and a keeping not foretold ("they keep shelling")
pledges nothing. Invented sentences, in several surroundings."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _held(text: str, title: str | None, source: str | None) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House transcript: pressure kept up until an end
        (
            "PRESIDENT REED: We will keep our pressure on Moscow until this war ends.",
            "Remarks by President Reed",
            WHITE_HOUSE,
            "Reed",
        ),
        # (b) a Kremlin transcript: a measure kept, a condition of time after it
        (
            "Olga Petrova: We will keep the temporary limits on currency transfers for as "
            "long as the situation requires.",
            "Meeting on economic issues",
            KREMLIN,
            "Olga Petrova",
        ),
        # (c) a Kyiv address, contracted, a corridor kept open
        (
            "The first buses left Izium this morning, and we'll keep the humanitarian "
            "corridor from Mariupol open.",
            "Address by President of Ukraine Volodymyr Zelenskyy",
            KYIV,
            "Volodymyr Zelenskyy",
        ),
        # (d) a news quotation: a state's borders kept open
        (
            '"Moldova will keep its borders open to all those fleeing the war," President '
            "Ana Rusu said.",
            None,
            None,
            "Ana Rusu",
        ),
    ],
)
def test_keeping_foretold_is_a_pledge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "commit") in _held(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # the listener kept informed: manners
        "PRESIDENT REED: We'll keep you posted on the talks in Geneva.",
        # keeping done by the other side, not foretold: no pledge
        "PRESIDENT REED: Russian units keep moving toward the border of Ukraine.",
        # forces kept somewhere: the movement's
        "PRESIDENT REED: We will keep the 3,000 soldiers of the brigade in Poland for as long "
        "as needed.",
    ],
)
def test_keeping_the_listener_informed_or_told_of_others_is_no_pledge(text: str) -> None:
    assert ("Reed", "commit") not in _held(text, "Remarks by President Reed", WHITE_HOUSE)
