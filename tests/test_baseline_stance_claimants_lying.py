"""Whoever makes a claim, called a liar, has the claim disputed (`deny`, CAMEO 016; the guide:
disputing a claim is `deny`): "Whoever says 'human shields' is lying to cover his own crime"
(z12). The charge words inside the claim ("human shields") are the claim's own, not the
speaker's charge, so the cue that opens the sentence decides. Four surroundings, with
look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a ministry's statement quoted, a charge word inside the claim
        (
            'The Ukrainian Foreign Ministry said in a statement: "Whoever says that Ukrainian '
            'forces use civilians as human shields is lying."',
            [("Ukrainian government", "deny")],
        ),
        # (b) the quotation first, "anyone who claims"
        (
            '"Anyone who claims that Ukraine shelled its own city is lying," Foreign Minister '
            "Dmytro Kuleba said.",
            [("Dmytro Kuleba", "deny")],
        ),
        # (c) reported, "those who talk about", a plural
        (
            "The Ukrainian Foreign Ministry said that those who talk about Ukrainian laboratories "
            "are lying to their own people.",
            [("Ukrainian government", "deny")],
        ),
        # (d) a pronoun after a first mention, an adverb before "lying"
        (
            "Foreign Minister Dmytro Kuleba spoke in Kyiv on Monday. He said whoever writes that "
            "Ukraine is preparing an offensive is deliberately lying.",
            [("Dmytro Kuleba", "deny")],
        ),
    ],
)
def test_a_claimant_called_a_liar_is_a_claim_disputed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


def test_a_party_called_a_liar_without_a_claim_is_charged() -> None:
    """Look-alike: a named party called a liar is charged (`accuse`), no "whoever says"."""
    text = "Foreign Minister Dmytro Kuleba said Russia is lying about the human shields."
    assert held_stances(text) == [("Dmytro Kuleba", "accuse")]


def test_a_claimant_called_mistaken_disputes_no_claim() -> None:
    """Look-alike: "whoever says … is making a mistake" calls no one a liar."""
    text = (
        'The Ukrainian Foreign Ministry said in a statement: "Whoever says that Ukrainian forces '
        'use civilians as human shields is making a mistake."'
    )
    assert "deny" not in [stance for _, stance in held_stances(text)]
