"""A that-clause whose subject opens with another party's name tells of that party's act:
"Secretary Austin said that Russian airborne units had moved multiple rocket launchers
into the outskirts of Kyiv" is not a movement of the teller's state. When no owner is
read from that subject (it is far from the forces moved), none is taken from the teller.
Four surroundings (another publisher, party, way of naming the teller, sentence shape),
and look-alikes: a that-clause opened by the teller's own side keeps the teller's owner.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A readout, the teller the minister named by name.
        (
            "Sergei Shoigu reported that Ukrainian nationalist units had brought multiple rocket"
            " launchers into residential areas of Kharkov.",
            KREMLIN,
        ),
        # Another publisher and party, the teller named by office.
        (
            "Secretary Austin said that Russian airborne units had moved multiple rocket"
            " launchers into the outskirts of Kyiv.",
            WHITE_HOUSE,
        ),
        # A third publisher, a third party.
        (
            "Defence Minister Reznikov said that Belarusian mechanised units had moved multiple"
            " rocket launchers to the border near Mozyr.",
            KYIV,
        ),
        # A news text, the teller named with his state, a time adjunct before "that".
        (
            "Russian Defence Minister Sergei Shoigu reported on Monday that Ukrainian"
            " nationalist units had moved multiple rocket launchers into residential areas of"
            " Kharkov.",
            None,
        ),
    ],
)
def test_another_partys_forces_in_a_that_clause_are_not_the_tellers(
    text: str, source: str | None
) -> None:
    tellers = {KREMLIN: "Russia", WHITE_HOUSE: "United States", KYIV: "Ukraine", None: "Russia"}
    assert tellers[source] not in [m.actor.name for m in movements(text, source)]


@pytest.mark.parametrize(
    "text",
    [
        # The teller's own side named by an adjective (guard: another side).
        "Sergei Shoigu reported that Russian units had moved multiple rocket launchers into the"
        " Belgorod region.",
        # … and by "our".
        "Sergei Shoigu reported that our units had moved multiple rocket launchers into the"
        " Belgorod region.",
    ],
)
def test_the_tellers_own_forces_stay_his(text: str) -> None:
    assert [m.actor.name for m in movements(text, KREMLIN)] == ["Russia"]


@pytest.mark.parametrize(
    ("text", "source", "teller"),
    [
        # The teller's own side opening the that-clause, the forces moved named far from it
        # (guard: another side), in three publishers' texts.
        (
            "Sergei Shoigu reported that Russian engineers, together with units of the Western"
            " Military District, had moved multiple rocket launchers into the Belgorod region.",
            KREMLIN,
            "Russia",
        ),
        (
            "Defence Minister Reznikov said that Ukrainian engineers, together with units of the"
            " Joint Forces, had moved two brigades to the Kharkiv region.",
            KYIV,
            "Ukraine",
        ),
        (
            "Secretary Austin said that American engineers, together with units of the 82nd"
            " Airborne Division, had moved two brigades to eastern Poland.",
            WHITE_HOUSE,
            "United States",
        ),
    ],
)
def test_the_tellers_own_side_opening_the_clause_keeps_his_owner(
    text: str, source: str, teller: str
) -> None:
    """Look-alike: a that-clause opened by the teller's own side, the forces far from its
    name, is still the teller's side's movement."""
    assert [m.actor.name for m in movements(text, source)] == [teller]
