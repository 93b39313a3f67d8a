"""An imperative asking a party to hold or tighten its measures is a request (`demand`, CAMEO
10; the imperative mood asks): "Keep the sanctions, do not let your firms go back to the
Russian market" (z12), not the speaker's own measure taken (`commit`). The verb opens its
clause, as the other imperatives of ``[stances] demand`` do, so "we will keep the sanctions"
stays one's own undertaking. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a quotation, coordinated imperatives
        (
            'President Volodymyr Zelenskyy said: "Keep the sanctions in place, do not let your '
            'firms go back to the Russian market, and Ukraine will prevail."',
            [("Volodymyr Zelenskyy", "demand")],
        ),
        # (b) told to an audience, "keep up the pressure"
        (
            'Foreign Minister Dmytro Kuleba told the ministers: "Keep up the pressure on Moscow."',
            [("Dmytro Kuleba", "demand")],
        ),
        # (c) the quotation first, attribution after it, the negated imperative
        (
            '"Do not lift the sanctions until the last Russian soldier has left," Foreign '
            "Minister Ilse Varga said.",
            [("Ilse Varga", "demand")],
        ),
        # (d) a pronoun after a first mention, "tighten"
        (
            'Prime Minister Lena Aho spoke in Helsinki on Monday. She told the Union: "Tighten '
            'the sanctions now."',
            [("Lena Aho", "demand")],
        ),
    ],
)
def test_measures_asked_for_in_the_imperative(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One's own measure kept: a subject before the verb.
        (
            'Prime Minister Lena Aho said: "We will keep the sanctions in place."',
            [("Lena Aho", "commit")],
        ),
        # Another party's conduct told in the present.
        (
            "Foreign Minister Ilse Varga said the allies keep up the pressure on Moscow.",
            [("Ilse Varga", "other")],
        ),
    ],
)
def test_keeping_measures_told_with_a_subject_asks_nothing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Look-alikes: only the verb opening its clause is an imperative."""
    assert held_stances(text) == expected
