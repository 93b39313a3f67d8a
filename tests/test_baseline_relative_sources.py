"""A relative clause's subject is its relative pronoun also when a source stands between
the pronoun and the verb, set off by commas ("oligarchs who, according to the Treasury,
moved yachts and aircraft abroad"): the party after "according to" tells of the move, it
does not make it, so it owns no movement."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A fact sheet, a department as the source.
        (
            "The Department of State is restricting visas for the wives of four oligarchs "
            "who, according to the Department of the Treasury, moved yachts, aircraft and "
            "real estate into their relatives' names.",
            WHITE_HOUSE,
        ),
        # A news text, a service of another state as the source.
        (
            "The Kremlin named the bankers who, according to Ukrainian intelligence, moved "
            "aircraft to Belarus last week.",
            None,
        ),
        # A Kremlin text, "which" and a news outlet.
        (
            "The ministry listed the companies which, according to Reuters, moved cargo "
            "aircraft to Latvia in March.",
            KREMLIN,
        ),
        # A Ukrainian text, "that", a person as the source.
        (
            "Kyiv named the traders that, according to Minister Olena Dovha, moved aircraft "
            "parts to Russia.",
            KYIV,
        ),
    ],
)
def test_the_source_in_a_relative_clause_owns_no_movement(text: str, source: str | None) -> None:
    assert [m.actor.name for m in movements(text, source=source)] == []


def test_forces_named_after_the_relative_keep_their_owner() -> None:
    """Look-alike: the same relative with no source set off: the antecedent's forces are
    still its own."""
    found = movements(
        "Our defenders attacked the Russian units that moved 40 tanks toward Kharkiv on Sunday.",
        source=KYIV,
    )
    assert [m.actor.name for m in found] == ["Russia"]
