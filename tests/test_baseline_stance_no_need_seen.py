"""Seeing no need for a step rejects it: "Austria sees no need for more foreign soldiers on
its soil" is `oppose` (CAMEO 12), not
the denial of a claim that "does not see" is elsewhere ("we do not see any withdrawal", the
guide's `deny`). Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a leader's remarks in a quotation, "does not see any need for"
        (
            'Prime Minister Robert Fico said: "Slovakia does not see any need for foreign '
            'troops on its soil."',
            [("Robert Fico", "oppose")],
        ),
        # (b) a readout, "did not see the need to"
        (
            "Foreign Minister Peter Szijjarto said that Budapest did not see the need to send "
            "weapons to Ukraine.",
            [("Peter Szijjarto", "oppose")],
        ),
        # (c) a ministry, "sees no need for"
        (
            "The Austrian Foreign Ministry said that it sees no need for new sanctions at "
            "this stage.",
            [("Austrian government", "oppose")],
        ),
        # (d) the quotation first, "we don't see any need to"
        (
            '"We don\'t see any need to expand the NATO mission," Chancellor Maria Lindqvist said.',
            [("Maria Lindqvist", "oppose")],
        ),
    ],
)
def test_no_need_seen_for_a_step_rejects_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Not seeing a withdrawal disputes a claim: no need named.
        'Secretary of State Antony Blinken said: "We do not see any withdrawal of Russian '
        'forces from the border."',
    ],
)
def test_not_seeing_an_act_still_disputes_it(text: str) -> None:
    """Look-alike: "does not see" with no "need" stays the denial."""
    assert held_stances(text) == [("Antony Blinken", "deny")]
