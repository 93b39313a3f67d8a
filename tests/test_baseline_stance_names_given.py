"""A name given to an act ("X called the shelling a deliberate provocation") is what X says
of it: "call" with a determiner before the act and "a"/"an" before the name is a verb of
saying, and the name's cue is the stance (round 22, stance22b: synthetic10 r11). Invented
sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions


@pytest.mark.parametrize(
    ("text", "source", "held"),
    [
        # (a) Kyiv, a president by name, a charge named
        (
            "President Volodymyr Zelenskyy called the strike on the maternity hospital an "
            "atrocity.",
            KYIV,
            ("Volodymyr Zelenskyy", "accuse"),
        ),
        # (b) Kremlin, a spokesman, the present "calls", "these" before the act
        (
            "Dmitry Peskov calls these drills a direct provocation against Russia.",
            KREMLIN,
            ("Dmitry Peskov", "accuse"),
        ),
        # (c) White House, a secretary, "this" and one word naming the act
        (
            "Secretary Antony Blinken called this deployment a dangerous provocation.",
            WHITE_HOUSE,
            ("Antony Blinken", "accuse"),
        ),
        # (d) news, a chancellor, two words naming the act, a charge of violation
        (
            "Chancellor Olaf Scholz called the recognition of the republics a violation of "
            "international law.",
            None,
            ("Olaf Scholz", "accuse"),
        ),
    ],
)
def test_a_name_given_to_an_act_carries_its_stance(
    text: str, source: str | None, held: tuple[str, str]
) -> None:
    assert held in [(h, s) for h, s, _ in positions(extract(text, None, source))]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a person called a name: no determiner before the one named
        ("President Zelenskyy called him a friend of Ukraine.", KYIV),
        # a call placed some time later: the "a" opens a time
        ("Chancellor Scholz called the Prime Minister a day later.", None),
    ],
)
def test_a_call_or_a_name_for_a_person_gives_no_name_to_an_act(
    text: str, source: str | None
) -> None:
    """Look-alikes: a person called a name, a call placed a day later."""
    assert positions(extract(text, None, source)) == []
