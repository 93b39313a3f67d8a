"""Help carried on by what it is for: "we'll keep giving Ukraine what it needs to
defend itself" (synthetic8 y01), "We will go on giving Ukraine what it needs to
defend itself" (synthetic10 r07), "will keep giving Ukraine the means of defending
itself" (synthetic s02). What a party is given to defend itself is help, whatever it is,
and giving it is assistance offered, `support` (the guide), as "continue to provide
Ukraine with defensive assistance" is; the need in "what it needs to" describes the help
and asks for nothing. "Keep providing" with no modal ("we'll keep providing", "keeps
providing") gives as "will keep providing" does. Four surroundings, with look-alikes.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a briefing, "will continue to provide … with what it needs to defend itself"
        (
            'Press Secretary Jen Psaki said: "We will continue to provide Georgia with what it '
            'needs to defend itself."',
            [("Jen Psaki", "support")],
        ),
        # (b) a clause after another, "we'll keep providing", a contracted modal
        (
            'Defence Secretary Ben Wallace said: "The first shipment arrived on Sunday, and '
            "we'll keep providing Ukraine with what it needs to defend itself.\"",
            [("Ben Wallace", "support")],
        ),
        # (c) a quotation first, "the means to defend itself", another government
        (
            '"Canada will keep providing Moldova with the means to defend itself," Prime '
            "Minister Justin Trudeau said.",
            [("Justin Trudeau", "support")],
        ),
        # (d) a readout in the third person, "keeps providing", plural "they need"
        (
            "Chancellor Olaf Scholz said that Germany keeps providing the Baltic states with "
            "what they need to defend themselves.",
            [("Olaf Scholz", "support")],
        ),
    ],
)
def test_the_means_to_defend_given_are_help(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Weapons kept flowing, told by the other side: no help named, a supply.
        'Foreign Minister Sergei Lavrov said: "The West keeps providing Kiev with weapons."',
    ],
)
def test_weapons_kept_flowing_are_no_help_named(text: str) -> None:
    """Look-alike: "keeps providing" with weapons, not help or the means to defend, takes
    no side by the assistance cue."""
    assert [stance for _, stance in held_stances(text)] != ["support"]
