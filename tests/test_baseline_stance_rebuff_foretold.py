"""A rebuff foretold to whoever comes repels an attack: resistance, which the guide's verb
test (round 12: defend, resist → `warn`; respond, retaliate, punish → `threaten`) makes a
warning. "Whoever sets foot on our soil will meet a fitting rebuff" is `warn`. A response or
retaliation foretold stays a threat. Four surroundings, with look-alikes. Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a quotation, a condition, "will receive a fitting rebuff"
        (
            'President Volodymyr Zelenskyy said: "If anyone crosses our border, they will '
            'receive a fitting rebuff."',
            [("Volodymyr Zelenskyy", "warn")],
        ),
        # (b) reported, a ministry, "would be met with a decisive rebuff"
        (
            "The Moldovan Defence Ministry said that any incursion would be met with a decisive "
            "rebuff.",
            [("Moldovan government", "warn")],
        ),
        # (c) the quotation first, "will meet a rebuff", a fronted condition
        (
            '"Should Russian troops cross into Ukraine, they will meet a firm rebuff," Defence '
            "Minister Oleksii Reznikov said.",
            [("Oleksii Reznikov", "warn")],
        ),
        # (d) a leader, a relative clause as the subject, "will get a rebuff"
        (
            'President Alexander Lukashenko said: "Anyone who attacks Belarus will get a rebuff."',
            [("Alexander Lukashenko", "warn")],
        ),
    ],
)
def test_a_rebuff_foretold_is_a_warning(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A response foretold: retaliation promised, a threat.
        'President Volodymyr Zelenskyy said: "If anyone crosses our border, they will receive '
        'an immediate response."',
        'President Alexander Lukashenko said: "Anyone who attacks Belarus will face retaliation."',
    ],
)
def test_a_response_foretold_stays_a_threat(text: str) -> None:
    """Look-alikes: only a rebuff is resistance; a response is the holder's measure."""
    assert [stance for _, stance in held_stances(text)] == ["threaten"]
