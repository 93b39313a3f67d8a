"""``spelled_out.spells_out`` reads back from the piece over spaces only, to the colon of
the call it spells out, without copying the text before it."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.spelled_out import spells_out
from summarise.extraction.backends.baseline.stances import StanceCue

_DEMAND = StanceCue("demand", 0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I appeal to NATO: close the sky.", True),
        ("I appeal to NATO:\n  close the sky.", True),
        ("I appeal to NATO; close the sky.", False),
        ("I appeal to NATO: now, close the sky.", False),
    ],
)
def test_a_piece_after_a_colon_spells_out_the_call(text: str, expected: bool) -> None:
    assert spells_out(text, text.index("close"), _DEMAND, _DEMAND) is expected


def test_a_piece_at_the_texts_start_spells_out_nothing() -> None:
    assert spells_out("   close the sky.", 3, _DEMAND, _DEMAND) is False
