"""Rejecting a party's claims disputes them (the guide: disputing a claim is `deny`), also
when the party is named by a title and a name before the possessive: "we reject Mr.
Lukashenko's claims that Belarus is no party to the conflict" (synthetic13 o02), as
"rejected Russia's claims that …" already is. The `[stances] deny` cue allowed one word
before the possessive; a capitalised title may now stand before it (the claim's owner
keeps its own charge, ``claim_nouns``). Rejecting a party's proposal or demands stays a
rejection (`oppose`). Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a statement in a government's voice, "Mr." and a surname
        (
            "The United States rejects Mr. Lukashenko\u2019s claims that Belarus is not a party "
            "to the conflict.",
            [("United States", "deny"), ("Lukashenko", "accuse")],
        ),
        # (b) a minister quoted, "President" and a surname, "assertions"
        (
            "\"We reject President Putin's assertions that Ukraine is preparing an "
            'offensive," Foreign Minister Dmytro Kuleba said.',
            [("Dmytro Kuleba", "deny")],
        ),
        # (c) a readout, the past tense, "Minister" and a surname, "allegations"
        (
            "Foreign Minister Annalena Baerbock rejected Minister Lavrov's allegations that "
            "Germany was arming saboteurs.",
            [("Annalena Baerbock", "deny")],
        ),
        # (d) a second clause after a charge, "Ms." and a surname
        (
            "Prime Minister Kaja Kallas condemned the shelling of Kharkiv and rejected Ms. "
            "Zakharova's claims that the city had been shelled by its own defenders.",
            [("Kaja Kallas", "accuse"), ("Kaja Kallas", "deny")],
        ),
    ],
)
def test_a_titled_partys_claims_rejected_are_denied(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: a titled party's proposal or demands rejected is a rejection.
        "The United States rejects Mr. Lukashenko\u2019s proposal to host the talks in Minsk.",
        "Foreign Minister Dmytro Kuleba rejected President Putin's demands for neutrality.",
    ],
)
def test_a_titled_partys_proposal_rejected_is_opposed(text: str) -> None:
    """The rejecting party's stance is a rejection; a proposal or demands voiced by the
    titled party may be its own item after it."""
    assert held_stances(text)[0][1] == "oppose"
