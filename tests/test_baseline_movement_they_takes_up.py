"""A "they" opening its sentence takes up the forces the sentence before has as its subject
(Quirk et al. 6.18), and a run of sentences opening on "they" goes on with the first of
them: "Look at what Russian forces are really doing. They are shelling apartment blocks
… They have encircled Mariupol" is Russia's shelling and encirclement. Four surroundings
(publisher: a White House speech, a Kremlin meeting, a Kyiv address, a news report; way of
naming the owner: an adjective, "our", an of-genitive, a possessive; the sentence shape: an
imperative's object clause, a denial before, a run of two "they" sentences). The
look-alikes: forces of two owners as subjects before (either could be "they"), a sentence
between whose subject is no forces (the run is broken), and forces named as no subject
("a ceasefire near Russian troops", a preposition's object) lend "they" no owner by this rule.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # A White House speech: an adjective, the subject of an imperative's object clause.
        (
            "Look at what Russian forces are doing in the east. They are shelling apartment"
            " blocks in Kharkiv.",
            None,
            WHITE_HOUSE,
            [("Russia", "other")],
        ),
        # A Kremlin meeting: "our" forces, a denial before the assertion.
        (
            "Our Armed Forces are not striking civilian infrastructure. They are striking"
            " only military facilities.",
            "Address by the President of Russia Vladimir Putin",
            KREMLIN,
            [("Russia", "other")],
        ),
        # A Kyiv address: an of-genitive names the owner.
        (
            "The Armed Forces of Belarus have reached the border near Mozyr. They have"
            " shelled Chernihiv overnight.",
            None,
            KYIV,
            [("Belarus", "other")],
        ),
        # A news report: a possessive, and a run of two sentences opening on "they".
        (
            "Officials said Ukraine's units are dug in along the line of contact. They"
            " shelled Gorlovka on Monday. They have also shelled Donetsk.",
            None,
            None,
            [("Ukraine", "other"), ("Ukraine", "other")],
        ),
    ],
)
def test_they_takes_up_the_forces_subject_before(
    text: str, title: str | None, source: str | None, expected: list[tuple[str, str]]
) -> None:
    assert movement_owners(text, title, source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Forces of two owners are subjects before: "they" could be either.
        (
            "Russian troops are near Kharkiv and Ukrainian units are near Izium. They are"
            " shelling the city.",
            KYIV,
        ),
        (
            "Russian troops are near Kharkiv, and Ukrainian units are near Izium. They are"
            " shelling the city.",
            WHITE_HOUSE,
        ),
        # A sentence between whose subject is no forces: the run is broken.
        (
            "Russian forces are near Kharkiv. The mayor thanked Ukrainian units for their"
            " courage. They are shelling the city.",
            WHITE_HOUSE,
        ),
        (
            "Russian forces are near Kharkiv. The mayor spoke with Ukrainian units on Monday."
            " They are shelling the city.",
            WHITE_HOUSE,
        ),
    ],
)
def test_they_takes_up_no_forces_but_one_owners_subject(text: str, source: str) -> None:
    assert movement_owners(text, None, source) == []


def test_forces_named_as_no_subject_are_not_taken_up() -> None:
    """Troops a preposition governs ("a ceasefire near Russian troops") are no subject:
    the "they" after them is not theirs by this rule (Ukrainian officials are named there
    too)."""
    text = (
        "We discussed a ceasefire near Russian troops in Kharkiv with Ukrainian officials."
        " They are shelling the city."
    )
    assert movement_owners(text, None, WHITE_HOUSE) == []
