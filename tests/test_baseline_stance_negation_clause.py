"""A negation governs its own clause: a colon, semicolon or spaced dash ends it, so "Our advice
is the same: it would be wise for US citizens to leave" asks them to leave; a negation in
the clause itself still denies the request.
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain, a colon
        'Press Secretary Anna Reed said: "Our advice hasn\u2019t changed: it would be wise for '
        'Americans to leave Belarus now."',
        # (b) after a fronted adverbial, a semicolon
        'On Monday, Press Secretary Anna Reed said: "Our advice has not changed; it would be '
        'wise for Americans to leave Belarus now."',
        # (c) a pronoun after a first mention, a dash
        'Press Secretary Anna Reed spoke in Washington. "Nothing has changed \u2013 it would be '
        'best for Americans to leave Belarus now," she said.',
        # (d) postposed "…, X said", two clauses
        '"Our advice hasn\u2019t changed: it would be wise for US citizens to leave Belarus now," '
        "Press Secretary Anna Reed said.",
    ],
)
def test_a_negation_before_a_clause_mark_does_not_reach_the_request(text: str) -> None:
    assert held_stances(text) == [("Anna Reed", "demand")]


def test_a_negation_in_the_requests_own_clause_still_denies_it() -> None:
    text = 'Press Secretary Anna Reed said: "We are not asking Americans to leave Belarus now."'
    assert "demand" not in [stance for _, stance in held_stances(text)]
