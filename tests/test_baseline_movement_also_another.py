"""An additive adverb in the verb group (Quirk et al. 8.116) tells a movement besides one
told, not the same one again: "Latvia will send 50 Stinger missiles to Ukraine. Latvia will
also send ammunition" is two supplies, though of one party, activity and recipient. Four
surroundings (another publisher, party, activity, sentence shape), and look-alikes: the
same goods named again ("The missiles will also be sent …") and no "also" stay one.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


def rows(text: str, source: str | None = None) -> list[tuple[str, str, str]]:
    return [(m.actor.name, m.activity, m.forces) for m in movements(text, source)]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A news text, two plans.
        (
            "Latvia will send 50 Stinger missiles to Ukraine. Latvia will also send ammunition"
            " to Ukraine.",
            None,
            [
                ("Latvia", "supply", "50 Stinger missiles"),
                ("Latvia", "supply", "ammunition"),
            ],
        ),
        # Another publisher and party, the present perfect, a pronoun subject.
        (
            "The United States has delivered 300 Javelin missiles to Ukraine. It has also"
            " delivered body armour to Ukraine.",
            WHITE_HOUSE,
            [
                ("United States", "supply", "300 Javelin missiles"),
                ("United States", "supply", "body armour"),
            ],
        ),
        # Forces deployed, the second in a coordinated clause.
        (
            "Russia has moved 2,000 troops to Belarus, and it has also moved air defence units"
            " to Belarus.",
            None,
            [("Russia", "deploy", "2,000 troops"), ("Russia", "deploy", "air defence units")],
        ),
        # A third publisher, its own forces, an adverb between "also" and the verb.
        (
            "Ukraine has sent 500 more soldiers to the Kharkiv region. It has also quickly sent"
            " reservists to the Kharkiv region.",
            KYIV,
            [("Ukraine", "deploy", "500 more soldiers"), ("Ukraine", "deploy", "reservists")],
        ),
    ],
)
def test_also_tells_another_movement(
    text: str, source: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text, source) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The same goods named again (guard: a definite forces phrase refers back).
        "Latvia will send 50 Stinger missiles to Ukraine. The missiles will also be sent to"
        " Ukraine by air.",
        # No additive adverb: told again, one movement.
        "Russia has moved 2,000 troops to Belarus. Russia has moved troops to Belarus by rail.",
    ],
)
def test_the_same_goods_again_or_no_also_stay_one(text: str) -> None:
    assert len(rows(text, KREMLIN)) == 1
