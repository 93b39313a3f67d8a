"""One's strikes said to hit only military targets dispute the charge of hitting civilians, a
denial (CAMEO 016, deny responsibility); carrying on saying so ("Moscow continues to claim
that …") undertakes nothing, so what is said decides, not "continues to" (a commitment).
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain
        (
            "Defence Minister Ivan Petrov said Russian forces were striking only military targets.",
            [("Ivan Petrov", "deny")],
        ),
        # (b) after a fronted adverbial, the other adverb
        (
            "On Sunday, Defence Minister Ivan Petrov said that Russian units are hitting "
            "exclusively military facilities.",
            [("Ivan Petrov", "deny")],
        ),
        # (c) the capital for its government, carrying on its claim
        (
            "Moscow keeps claiming that its forces strike only military infrastructure.",
            [("Russian government", "deny")],
        ),
        # (c) a pronoun after a first mention, (d) one clause of two
        (
            "Defence Minister Ivan Petrov spoke in Moscow. He said the army strikes only military "
            "infrastructure, and that the operation will end soon.",
            [("Ivan Petrov", "deny")],
        ),
    ],
)
def test_strikes_said_to_hit_only_military_targets_deny(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Not only military targets" charges; it denies nothing.
        (
            "Defence Minister Ivan Petrov said Ukrainian forces were hitting not only military "
            "targets but hospitals.",
            [("Ivan Petrov", "other")],
        ),
        # Carrying on a saying with no stance in what is said is no commitment.
        ("Moscow continues to claim that Kyiv is shelling Donetsk.", []),
        # Carrying on a stance keeps it.
        (
            "Defence Minister Ivan Petrov continues to support the talks.",
            [("Ivan Petrov", "support")],
        ),
    ],
)
def test_not_only_military_targets_or_a_claim_carried_on_is_no_denial(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected
