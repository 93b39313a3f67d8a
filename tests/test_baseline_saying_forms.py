"""The verbs of saying in every form they are written in: the -ing forms ("the Kremlin kept
repeating that …", "he keeps claiming that …") and "maintain" with its that-clause ("Orlov
maintains that the exercises are defensive"). A clause they report is its sayer's, as with
"said". "Maintain" with an object ("maintains 30,000 troops in Belarus", "maintains close
ties with Ukraine") reports nothing said.
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances

_ORLOV = "Russian Foreign Minister Sergei Orlov"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain
        (
            f"{_ORLOV} maintains that the exercises near the border are defensive.",
            [("Sergei Orlov", "deny")],
        ),
        # (b) after a fronted adverbial; the party named by its seat of government
        (
            "On Monday, the Kremlin kept repeating that Russian troops were leaving Belarus.",
            [("Russian government", "other")],
        ),
        # (c) a pronoun after a first mention
        (
            f"{_ORLOV} spoke in Moscow. He keeps claiming that NATO is preparing an attack.",
            [("Sergei Orlov", "accuse")],
        ),
        # (d) the second clause of two
        (
            f"The talks ended on Friday, and {_ORLOV} kept repeating that Russia wants"
            " guarantees from NATO.",
            [("Sergei Orlov", "other")],
        ),
    ],
)
def test_a_verb_of_saying_in_its_other_forms_reports_its_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Russia maintains 30,000 troops in Belarus.", "Poland maintains close ties with Ukraine."],
)
def test_maintain_with_an_object_reports_nothing_said(text: str) -> None:
    assert held_stances(text) == []
