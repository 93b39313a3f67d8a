"""A danger not seen is an assessment that it is not there (the guide's `other`): "we see
their units close to our border, yes, but we do not see a decision" (z12), "at this time we do
not see the threat of an immediate offensive" (synthetic7 x12). No claim is disputed; the
claimed change not seen ("we do not see any withdrawal") stays `deny`. Four surroundings,
with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a quotation, the contrast after a concession
        (
            'President Volodymyr Zelenskyy said: "We see their units close to our border, yes, but '
            'we do not see a decision."',
            [("Volodymyr Zelenskyy", "other")],
        ),
        # (b) a ministry, reported, the past tense, "any threat of"
        (
            "The Finnish Defence Ministry said it did not see any threat of an attack on Finland "
            "at this time.",
            [("Finnish government", "other")],
        ),
        # (c) a pronoun after a first mention, "an offensive"
        (
            'Defence Minister Oleksii Reznikov spoke in Kyiv on Monday. He said: "At this moment '
            'we do not see an offensive being prepared."',
            [("Oleksii Reznikov", "other")],
        ),
        # (d) the quotation first, the contracted negation
        (
            '"We don\'t see a threat of invasion today," Foreign Minister Ilse Varga said.',
            [("Ilse Varga", "other")],
        ),
    ],
)
def test_a_danger_not_seen_is_an_assessment(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The claimed change not seen: a claim disputed.
        'Defence Minister Oleksii Reznikov said: "We do not see any withdrawal of Russian forces."',
        # No danger named after "see": the disputing reading stands.
        'Foreign Minister Ilse Varga said: "We do not see a reason to trust these assurances."',
    ],
)
def test_a_change_or_a_reason_not_seen_is_disputed(text: str) -> None:
    """Look-alikes: only a danger after "do not see" makes the assessment."""
    assert [stance for _, stance in held_stances(text)] == ["deny"]
