"""What the speaker or the audience is told by others left unnamed ("you are being told
that", "we are told that": a passive verb of saying, Quirk et al. 16.31) relays a charge,
most often to deny it, and asserts no movement or combat: "You are being told as well that
we will strike the east, that our guns are firing on its towns". The
charge governs every that-clause after it in its sentence, however far. Four surroundings
(publisher, party, way of naming the mover: the speaker's "we", an adjective, a state, the
adversary; shape: one that-clause, two, an adverb before "told"), and look-alikes: a teller
named ("I was told by the minister that …"), the active "we told them that …", a sentence
after the charge, and "we are told" after the clause. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A Kyiv text: the speaker's "we", two that-clauses.
        (
            "You are also being told we are preparing an offensive, that we are shelling"
            " the towns of Donbas.",
            KYIV,
        ),
        # A Kremlin text: an adjective, "we are told that".
        ("We are told that Russian troops are massing near Kharkiv.", KREMLIN),
        # A White House text: a state, an adverb before "told".
        ("We are constantly told that the United States has sent troops to Ukraine.", WHITE_HOUSE),
        # A news text: the adversary, "were told that".
        ("Residents were told that the enemy had shelled the bridge overnight.", None),
    ],
)
def test_a_charge_others_are_said_to_tell_asserts_no_movement(
    text: str, source: str | None
) -> None:
    assert movement_owners(text, source=source) == []


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # The teller named: the report of a named source is asserted.
        (
            "I was told by the minister that 300 Polish troops arrived in Lithuania.",
            WHITE_HOUSE,
            "Poland",
        ),
        # The active: what the speaker told others.
        ("We told them that Russian troops are shelling Kharkiv.", KYIV, "Russia"),
        # "we are told" after the clause does not reach back.
        ("The Ukrainian army is shelling Donetsk, we are told.", KREMLIN, "Ukraine"),
        # A sentence after the charge is not governed by it.
        (
            "We are told all of this is purely defensive. Russian troops are shelling Kharkiv.",
            KYIV,
            "Russia",
        ),
    ],
)
def test_look_alikes_of_a_relayed_charge_are_asserted(
    text: str, source: str | None, owner: str
) -> None:
    assert (owner, "other") in movement_owners(text, source=source) or (
        owner,
        "deploy",
    ) in movement_owners(text, source=source)
