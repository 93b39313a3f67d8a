"""Keeping a measure or a state of things up is a pledge (`commit`), as "will maintain" is
(CAMEO 03; the guide: a party stating what it will do is `commit`): "we will keep the
quotas while prices stay high", "Georgia will keep its checkpoints open", "we will keep our
penalties on the banks". Keeping on doing ("we will keep working with …") is aspect, as
"continue to" is, and forces kept somewhere are the movement's; keeping the listener informed
("we'll keep you posted") is manners, and a keeping not foretold ("they keep shelling")
pledges nothing. Invented sentences, in several surroundings."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House transcript: pressure kept up until an end
        (
            "PRESIDENT REED: We will keep our penalties on the Kremlin's banks until its "
            "soldiers leave Ukraine.",
            "Remarks by President Reed",
            WHITE_HOUSE,
            "Reed",
        ),
        # (b) a Kremlin transcript: a measure kept, a condition of time after it
        (
            "Igor Zimin: We will keep the special quotas on grain exports while prices stay "
            "this high.",
            "Meeting on economic issues",
            KREMLIN,
            "Igor Zimin",
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
            '"Georgia will keep its checkpoints open to every family escaping the fighting," '
            "Prime Minister Nino Beridze told reporters.",
            None,
            None,
            "Nino Beridze",
        ),
    ],
)
def test_keeping_foretold_is_a_pledge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "commit") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # the listener kept informed: manners
        "PRESIDENT REED: We'll keep you posted on the talks in Geneva.",
        # keeping done by the other side, not foretold: no pledge
        "PRESIDENT REED: Russian units keep moving toward the border of Ukraine.",
        # forces kept somewhere: the movement's
        "PRESIDENT REED: We will keep the 3,000 soldiers of the brigade stationed in Latvia "
        "until the spring.",
    ],
)
def test_keeping_the_listener_informed_or_told_of_others_is_no_pledge(text: str) -> None:
    assert ("Reed", "commit") not in held_stances(text, "Remarks by President Reed", WHITE_HOUSE)
