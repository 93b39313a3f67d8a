"""Forces that arrive, land or stay, told in a non-restrictive relative clause ("the third
batch of howitzers, which arrived in Lviv on Monday"), are its antecedent: the relative's
verb has no subject of its own (Quirk et al. 17.8), so its forces are read back in the
antecedent's clause, as a passive's are. A party named as where forces go ("from Italy to
Latvia, which will arrive …") closes the forces' noun phrase and is no antecedent of the
relative: it is no owner (the look-alike, with "Russia, which keeps troops …" still the
owner's relative). Four surroundings (publisher, party, way of naming the owner: carried,
thanked, adjective; sentence shape: "arrived", "landed", "remain"). Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_rows


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A Kyiv readout: the giver thanked, "arrived".
        (
            "The Head of State thanked his Polish counterpart for the consistent position of"
            " Poland and for the third batch of howitzers, which arrived in Lviv on Monday.",
            KYIV,
            [("Poland", "supply", "the third batch of howitzers")],
        ),
        # A news report: the giver thanked, "landed".
        (
            "Prime Minister Olena Marchuk thanked Britain for the second batch of anti-tank"
            " missiles, which landed in Rzeszów on Sunday.",
            None,
            [("United Kingdom", "supply", "the second batch of anti-tank missiles")],
        ),
        # A White House readout: the owner's adjective on the antecedent.
        (
            "The President noted the two Russian battalions, which arrived in Belarus last week.",
            WHITE_HOUSE,
            [("Russia", "deploy", "two Russian battalions")],
        ),
    ],
)
def test_the_relatives_antecedent_is_what_arrives(
    text: str, source: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert movement_rows(text, source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Pentagon has ordered a further 600 soldiers and a company of Bradley vehicles"
            " from Italy to Latvia, which will arrive in the coming days.",
            WHITE_HOUSE,
        ),
        (
            "Moscow said 2,000 more servicemen and a squadron of Su-30 fighters were sent from"
            " Pskov to Belarus, which will arrive this week.",
            KREMLIN,
        ),
    ],
)
def test_a_place_before_the_relative_is_no_owner(text: str, source: str) -> None:
    assert all(row[0] not in ("Latvia", "Belarus") for row in movement_rows(text, source))


def test_a_party_as_the_relatives_antecedent_still_owns() -> None:
    assert movement_rows(
        "Russia, which keeps 30,000 troops in Belarus, has moved two more battalions to the border."
    ) == [("Russia", "deploy", "two more battalions")]
