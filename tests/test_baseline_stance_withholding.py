"""Withholding from a party what it wants is a measure, not a denial: the ditransitive
"deny" ("will deny Russia the benefits of most-favoured-nation treatment", CAMEO 16) takes
a party and the thing withheld, and it is `commit` once decided and `threaten` on a
condition (the guide: punitive measures). "Deny" with a claim as its one object disputes
it (`deny`). Each in the four surroundings of the shape matrix, with look-alikes.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain, a future of one's own
        (
            "Canadian Prime Minister Ann Lee said Canada will deny Russia the benefits of "
            "its trade agreements.",
            [("Ann Lee", "commit")],
        ),
        # (b) a condition fronted: the measure held ready is a threat
        (
            "German Chancellor Otto Weber said that if Russia invades, Germany will deny the "
            "Kremlin the technology it needs.",
            [("Otto Weber", "threaten")],
        ),
        # (c) the actor as a government, two parties withheld from, in the perfect
        (
            "The Estonian government has denied Russia and Belarus access to its ports, a "
            "spokesman said.",
            [("Estonian government", "commit")],
        ),
        # (d) a progressive, the party a person, the holder after the clause
        (
            "Australia is denying Russian President Ivan Petrov any platform at the summit, "
            "Foreign Minister Kate Hall said.",
            [("Kate Hall", "commit")],
        ),
    ],
)
def test_withholding_from_a_party_is_a_measure(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A claim named by its owner before the noun: disputed.
        "The Kremlin denied NATO claims that it was massing troops.",
        # A claim owned by a possessive.
        "The Kremlin denied Ukraine's accusations of shelling.",
        # A claim with an adjective of origin.
        "The Kremlin denied Western reports of a build-up.",
        # A party as the subject of a that-clause left out: a claim denied.
        "The Kremlin denied Kyiv has any evidence of troop movements.",
    ],
)
def test_a_claim_denied_stays_deny(text: str) -> None:
    assert [stance for _, stance in held_stances(text)][:1] == ["deny"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a state, airlines named by a demonym, "access"
        ("Poland will deny Russian airlines access to its airspace.", [("Poland", "commit")]),
        # (b) a person reporting, ships, "would"
        (
            "Prime Minister Anna Berg said Sweden would deny Russian ships access to Swedish "
            "ports.",
            [("Anna Berg", "commit")],
        ),
        # (c) a government, "entry", the perfect
        (
            "The Estonian government has denied Belarusian carriers entry to its territory.",
            [("Estonian government", "commit")],
        ),
        # (d) a condition fronted, two words of the noun: a threat
        (
            "Foreign Minister Kate Hall said that if Russia attacks, Australia will deny "
            "Russian cargo ships access to its ports.",
            [("Kate Hall", "threaten")],
        ),
    ],
)
def test_withholding_access_from_a_partys_people_is_a_measure(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A party's people or vessels, named by a demonym and their noun, denied access."""
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an answer withheld, a minister
        "Foreign Minister Jonas Petraitis denied the Kremlin the satisfaction of an answer.",
        # the benefit of the doubt, a state
        "Finland denied Russia the benefit of the doubt.",
        # a reply, a capital, "the pleasure"
        "Kyiv denied Moscow the pleasure of a reply.",
        # a progressive, "any satisfaction"
        "The Latvian government is denying Moscow any satisfaction over the talks.",
    ],
)
def test_an_idiom_of_manners_withholds_no_measure(text: str) -> None:
    """Look-alike: the ditransitive "deny" of an idiom withholds nothing a party wants from
    a state, nor disputes a claim."""
    assert held_stances(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a thing withheld that no measure word names, the future of one's own
        (
            "Australian Trade Minister Rhys Clarke said Australia will deny Russian carriers "
            "landing rights at its airports.",
            [("Rhys Clarke", "commit")],
        ),
        # (b) a quotation in the first person, "also", a thing without a party
        (
            'Estonian Economy Minister Liis Tamm said: "We will also deny such permits in most '
            'cases."',
            [("Liis Tamm", "commit")],
        ),
        # (c) "shall", the holder after the clause
        (
            "Norway shall deny the oligarchs' yachts entry to its harbours, Foreign Minister "
            "Kari Dahl said.",
            [("Kari Dahl", "commit")],
        ),
    ],
)
def test_withholding_foretold_is_a_measure(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


def test_a_claim_disputed_in_the_future_with_that_stays_deny() -> None:
    """Look-alike: "will deny that" takes a claim, not a thing withheld."""
    text = "Foreign Minister Kari Dahl said Norway will deny that it ever hosted such talks."
    assert [stance for _, stance in held_stances(text)] == ["deny"]
