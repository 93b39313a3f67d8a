"""An attention frame before a colon ("I want everyone to hear this:", "I want the world to
know this:") announces the statement after it: when that statement takes a stance, it is
the position and the frame makes no `demand` of its own (``attention_frames``). With no
stance after the colon, or wanting a party to act, the demand stays; so it does when the
audience is a party ("We want Russia to listen to its neighbours:", "I want them to
understand one thing:"), or what it is to hear is no words the colon introduces.
"""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract


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
        # (c) a quotation after "said:", "the whole world to understand", a rejection after it
        (
            'Norwegian Defence Minister Ola Brekke said: "I want the whole world to understand '
            'one thing: we reject any change of our borders by force."',
            "oppose",
        ),
        # (d) unquoted, "all of you", a refusal to recognise after it
        (
            "Norwegian Defence Minister Ola Brekke said he wanted all of you to know one thing: "
            "Oslo will never recognise the seizure of the islands.",
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


_REMARKS = "Remarks by President Dana Holt on European Security"


@pytest.mark.parametrize(
    ("text", "title", "source", "target"),
    [
        # (a) a transcript turn, a party asked to listen to others
        (
            "PRESIDENT HOLT: We want Russia to listen to its neighbours: we condemn the "
            "build-up on the border.",
            _REMARKS,
            WHITE_HOUSE,
            "Russia",
        ),
        # (b) quoted with a postposed reporting clause, a party asked to understand a thing
        # named, not the words after the colon
        (
            '"We want Moscow to understand the consequences: any invasion will be met with '
            'sanctions," Norwegian Defence Minister Ola Brekke said.',
            None,
            None,
            "Russia",
        ),
        # (c) a party pronoun as the audience, the party it stands for unknown
        (
            'Norwegian Defence Minister Ola Brekke said: "We want them to understand one '
            'thing: we reject any change of our borders by force."',
            None,
            None,
            None,
        ),
    ],
)
def test_a_party_asked_to_listen_keeps_its_demand(
    text: str, title: str | None, source: str | None, target: str | None
) -> None:
    demands = [
        (p.stance, p.target.name if p.target else None)
        for p in extract(text, title, source).positions
        if p.stance == "demand"
    ]
    assert demands == [("demand", target)]
