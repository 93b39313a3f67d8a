"""A movement's forces as the whole noun phrase the text writes (the guide: "copied as
written, trimmed to the noun phrase"): the consignment that carries them ("a further shipment
of Javelin anti-armor systems", "the second batch of NLAW anti-tank weapons"), the sum they
are bought with ("an additional $400 million in security assistance", "a new drawdown of
$650 million in"). Four surroundings each (publisher, party, way of naming, sentence
shape), with the look-alikes whose container or sum is not the forces' own opening.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, movement_rows


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A sum, a White House first person.
        (
            "Today, I authorized an additional $400 million in security assistance to Ukraine.",
            WHITE_HOUSE,
            ("United States", "supply", "an additional $400 million in security assistance"),
        ),
        # A drawdown of a sum, a news report.
        (
            "The Pentagon announced a new drawdown of $650 million in security assistance for"
            " Ukraine.",
            None,
            (
                "United States",
                "supply",
                "a new drawdown of $650 million in security assistance",
            ),
        ),
        # Another giver and sum, a Ukrainian text.
        (
            "Denmark has sent another $90 million in anti-tank weapons to Ukraine.",
            KYIV,
            ("Denmark", "supply", "another $90 million in anti-tank weapons"),
        ),
        # A consignment, a news report.
        (
            "Poland has sent a further shipment of Javelin anti-armor systems to Ukraine.",
            None,
            ("Poland", "supply", "a further shipment of Javelin anti-armor systems"),
        ),
        # A cargo as the subject, a passive participle naming the giver.
        (
            "A cargo of 120 Stinger anti-aircraft missiles sent by Lithuania reached Ukraine"
            " on Friday.",
            KYIV,
            ("Lithuania", "supply", "A cargo of 120 Stinger anti-aircraft missiles"),
        ),
        # An ordinal batch, the giver after "from".
        (
            "The second batch of NLAW anti-tank weapons from Britain arrived in Kyiv last week.",
            WHITE_HOUSE,
            ("United Kingdom", "supply", "The second batch of NLAW anti-tank weapons"),
        ),
    ],
)
def test_the_consignment_or_sum_opens_the_forces(
    text: str, source: str | None, expected: tuple[str, str, str]
) -> None:
    assert movement_rows(text, source) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sum after the weapons is their worth, no opening.
        ("The United States sent weapons worth $400 million to Ukraine.", "weapons"),
        # Another consignment earlier in the clause opens another noun phrase.
        (
            "Poland, whose shipment of grain was blocked, sent 200 more Javelins to Ukraine.",
            "200 more Javelins",
        ),
    ],
)
def test_an_opening_not_right_before_the_forces_is_not_theirs(text: str, expected: str) -> None:
    assert [forces for _, _, forces in movement_rows(text)] == [expected]
