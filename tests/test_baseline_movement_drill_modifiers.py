"""A drill noun that only modifies the noun after it ("the exercise organisers", "the
exercise area", "a drill sergeant") tells of people or a place, no drill; a drill noun
followed by its verb ("the exercise involves …", "the drills will end …") or by its own
name ("exercise Zapad") still tells one. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The drill noun before the people held to account, a plan's wording.
        (
            "The Ministry will hold the Latvian exercise organisers responsible for any"
            " incident on the frontier.",
            WHITE_HOUSE,
        ),
        # Before a place, the object of a threat of fire.
        ("Our gunners will keep the Moldovan exercise area under fire.", KYIV),
        # Before a person, in a passive report.
        ("A Georgian drill sergeant was decorated in Tbilisi on Friday.", None),
        # Before the people taking part, another publisher.
        ("Romanian exercise participants will be questioned about the crash.", KREMLIN),
    ],
)
def test_a_drill_noun_modifying_a_noun_is_no_drill(text: str, source: str | None) -> None:
    assert [a for _o, a in movement_owners(text, source=source) if a == "exercise"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Its verb after it: "involves" (the -s of a verb, not a noun of agents).
        ("The Latvian exercise involves 4,000 troops near the frontier.", WHITE_HOUSE),
        # A modal after it.
        ("Latvian forces say the Latvian drills will end near the frontier on Sunday.", KYIV),
        # A plural drill noun, which modifies no noun, before an adverb.
        ("Latvian units are holding exercises together near the frontier.", None),
        # Its own name after it.
        ("Latvian forces will hold an exercise Baltic Shield near the frontier.", None),
    ],
)
def test_a_drill_noun_before_its_verb_or_name_is_a_drill(text: str, source: str | None) -> None:
    assert ("Latvia", "exercise") in movement_owners(text, source=source)
