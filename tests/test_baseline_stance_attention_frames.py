"""An attention frame before a colon ("I want everyone to hear this:", "I want the world to
know this:") announces the statement after it: when that statement takes a stance, it is
the position and the frame makes no `demand` of its own (``attention_frames``). With no
stance after the colon, or wanting a party to act, the demand stays.
"""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def _read(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text).positions]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # (a) quoted, postposed reporting clause, a threat after the colon
        (
            '"I want everybody to hear this plainly, in Oslo and in Bergen: any attempt to '
            'cross our border will be answered with force," Norwegian Defence Minister Ola '
            "Brekke said.",
            "threaten",
        ),
        # (b) "the world to know", a pledge after the colon
        (
            '"I want the world to know this: we will never give up our islands," Norwegian '
            "Defence Minister Ola Brekke said.",
            "commit",
        ),
        # (c) a quotation after "said:", "them to understand", a rejection after it
        (
            'Norwegian Defence Minister Ola Brekke said: "I want them to understand one thing: '
            'we reject any change of our borders by force."',
            "oppose",
        ),
    ],
)
def test_the_statement_after_an_attention_frame_is_the_position(text: str, stance: str) -> None:
    assert _read(text) == [("Ola Brekke", stance)]


@pytest.mark.parametrize(
    "text",
    [
        # Wanting a party to act is a demand, colon or not.
        '"I want our allies to act now: the shelling of the port must stop," Norwegian '
        "Defence Minister Ola Brekke said.",
        # No stance after the colon: the frame is the clause's only cue and stays.
        '"I want everyone to hear me: nobody is leaving the city," Norwegian Defence Minister '
        "Ola Brekke said.",
    ],
)
def test_a_frame_with_nothing_after_it_or_an_act_asked_stays_a_demand(text: str) -> None:
    assert ("Ola Brekke", "demand") in _read(text)
