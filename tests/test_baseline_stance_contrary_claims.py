"""A claim set against what the speaker states instead is disputed: "He said that, contrary
to what the defence ministry in Moscow tells of units going home, not one battalion has
left" is `deny` (the guide:
disputing a claim is `deny`; CAMEO 016), as "despite the statements we hear from Moscow"
with "we see no real de-escalation" already is. Contrary to anything else (a law, an
agreement) is no claim. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a readout, a pronoun after a first mention, the claim's owner after "of"
        (
            "Volodymyr Zelenskyy met the Prime Minister of Estonia in Kyiv. He noted that, "
            "contrary to the claims of the Russian side, no units had left the border.",
            [("Volodymyr Zelenskyy", "deny")],
        ),
        # (b) a quotation, a possessive owner
        (
            "Defence Secretary Ben Wallace said: \"Contrary to Moscow's claims, we have seen no "
            'pullback of Russian forces."',
            [("Ben Wallace", "deny")],
        ),
        # (c) reported, "assurances" with an adjective
        (
            "The Lithuanian Foreign Ministry said that, contrary to the official assurances of "
            "Minsk, Russian troops remain in Belarus.",
            [("Lithuanian government", "deny")],
        ),
        # (d) the quotation first, the phrase at the end
        (
            '"The battalions are still there, contrary to the Kremlin\'s reports," '
            "Prime Minister Kaja Kallas said.",
            [("Kaja Kallas", "deny")],
        ),
    ],
)
def test_a_claim_set_against_the_facts_is_disputed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Contrary to a law or an agreement: a breach charged, no claim disputed.
        'Foreign Minister Dmytro Kuleba said: "Russia acted contrary to the Budapest Memorandum."',
    ],
)
def test_contrary_to_an_agreement_disputes_no_claim(text: str) -> None:
    """Look-alike: only statements, claims, assurances or reports are disputed."""
    assert "deny" not in [stance for _, stance in held_stances(text)]
