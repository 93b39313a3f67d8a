"""A participle of concert joined by "and" to an adjective before a measure ("swift and
coordinated measures", synthetic12 p02) is one noun phrase: "and coordinated" opens no
verb phrase, so a conditional readiness to take the measures stays one threat
(``clauses._joined_participle``). As a verb ("and coordinated the measures with …",
"and coordinated sanctions with Washington") it still opens a clause of its own. Four
surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances

from summarise.extraction.backends.baseline.clauses import split_clauses
from summarise.extraction.backends.baseline.scan import TextScan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a joint statement, an inverted condition
        (
            "Should Russia attack Ukraine again, Canada and Japan are ready to take swift and "
            "coordinated measures, Prime Minister Justin Trudeau said.",
            [("Justin Trudeau", "threaten")],
        ),
        # (b) a quotation, "if", a response
        (
            'Foreign Minister Ann Linde said: "If Russia invades, Sweden is ready to impose '
            'severe and concerted sanctions."',
            [("Ann Linde", "threaten")],
        ),
        # (c) a reported minister, "united"
        (
            "Foreign Minister Gabrielius Landsbergis said that if Moscow escalates, Lithuania is "
            "prepared to take strong and united measures.",
            [("Gabrielius Landsbergis", "threaten")],
        ),
        # (d) a leader's own words first, "unified"
        (
            '"In the event of a new attack we stand ready to impose tough and unified '
            'sanctions," President Emmanuel Macron said.',
            [("Emmanuel Macron", "threaten")],
        ),
    ],
)
def test_joined_participle_keeps_the_threat(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The participle as a verb with an article after it.
        "The EU condemned the attack and coordinated the measures with its partners.",
        # … with its object and a partner after "with".
        "The EU condemned the attack and coordinated sanctions with Washington.",
        # Another -ed verb before a measure: no participle of concert.
        "The EU condemned the attack and announced sanctions against Moscow.",
    ],
)
def test_verb_after_and_still_cuts(text: str) -> None:
    """Look-alikes: "and" before a verb phrase still ends the first clause."""
    scan = TextScan(text)
    assert len(split_clauses(scan, 0, len(text))) == 2
