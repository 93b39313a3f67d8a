"""One's own activity called defensive, aimed at no one, disowns the threat it is said to
pose: a denial (CAMEO 016; as "purely defensive", "not directed against any third
country"). "Defensive weapons" and "a defensive alliance" describe, and deny nothing.

Only in reported speech: in a speaker's own words a remark naming no party nor issue of
war and peace ("this exercise is defensive") stays narrative (``why_idle``), and
counting drills as such an issue made a planned exercise a commitment (synthetic3 t06).
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract, positions


def _held(text: str) -> list[tuple[str, str]]:
    return [(h, s) for h, s, _ in positions(extract(text, "Statement", KYIV))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Defence Minister Ivan Kostenko said the exercise was defensive in nature.",
        # (b) after a fronted adverbial
        "On Monday, Defence Minister Ivan Kostenko said the exercise was defensive in nature.",
        # (c) a pronoun after a first mention
        "Defence Minister Ivan Kostenko spoke in Kyiv. He stressed that the drills were defensive.",
        # (d) postposed, two coordinated predicates
        "The exercise is defensive in nature and is aimed at no third country, Defence "
        "Minister Ivan Kostenko said.",
    ],
)
def test_ones_activity_called_defensive_is_a_denial(text: str) -> None:
    assert _held(text) == [("Ivan Kostenko", "deny")]


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Ivan Kostenko said Ukraine needed more defensive weapons.",
        "Defence Minister Ivan Kostenko said NATO was a defensive alliance.",
    ],
)
def test_defensive_describing_a_thing_denies_nothing(text: str) -> None:
    assert all(stance != "deny" for _, stance in _held(text))
