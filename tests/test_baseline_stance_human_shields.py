"""Civilians used as a human shield are charged, an accusation (CAMEO 112; the guide:
condemning another party's action is `accuse`): "using the local residents as a human
shield", "turned the hospitals into human shields". Four surroundings (another publisher,
party, way of naming the holder, sentence shape), and look-alikes that charge nobody.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, held_stances


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A readout's reported speech, the charge in a participle clause.
        (
            "Sergei Lavrov noted that the militants were firing from the schools, using the"
            " pupils as a human shield.",
            KREMLIN,
            [("Sergei Lavrov", "accuse")],
        ),
        # Another publisher and party, the charge as a verb of turning.
        (
            "Olena Marchenko said the occupiers had turned the hospitals of Kherson into human"
            " shields.",
            KYIV,
            [("Olena Marchenko", "accuse")],
        ),
        # A news text, the holder named by the capital, the speaker postposed.
        (
            "Russian troops are hiding among civilians and using them as human shields,"
            " Warsaw said on Monday.",
            None,
            [("Polish government", "accuse")],
        ),
        # The charge fronted, its holder a ministry.
        (
            "As a human shield, the residents of the town were kept in the basement by"
            " Belarusian units, the Lithuanian Foreign Ministry said.",
            None,
            [("Lithuanian government", "accuse")],
        ),
    ],
)
def test_civilians_used_as_a_human_shield_are_charged(
    text: str, source: str | None, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text, source=source) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A shield that is no human shield: no charge.
        "Poland said the new air defence systems would serve as a shield for the whole region.",
        # Human rights named, no shield: no charge.
        "Warsaw said it would raise human rights at the summit.",
    ],
)
def test_a_shield_or_humans_alone_charge_nobody(text: str) -> None:
    assert "accuse" not in [stance for _, stance in held_stances(text)]
