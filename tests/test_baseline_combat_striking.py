""" "Strike" as a verb with what is struck after it is combat told as happening (CAMEO 195,
employ aerial weapons), as "struck" already was: "the Russian Armed Forces strike only
at military infrastructure sites", "Russian forces went on striking Kyiv and other
cities". Four surroundings (publisher, party, way of naming the attacker: an adjective, a
possessive, the adversary's name; the verb: striking, to strike), and the look-alikes: the
noun after a determiner or a weapon, each lookbehind of the cue needed by one ("a strike
on", "the strike on", "one such strike on", "the air strike on", "the missile strike on"),
figures of speech with forces as the subject ("is striking a more conciliatory tone",
"showed a striking resilience"), a claim
the text reports of another ("keeps claiming that its forces strike only military
targets") and a strike intended or forsworn. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # A Kremlin text: its own forces, "are striking only at".
        (
            "The Defence Minister stressed that the Russian Armed Forces are striking only at"
            " military infrastructure facilities.",
            KREMLIN,
            "Russia",
        ),
        # A White House text: the adversary, "continued to strike" a city.
        (
            "Russian forces continued to strike Kharkiv and other Ukrainian cities overnight.",
            WHITE_HOUSE,
            "Russia",
        ),
        # A Kyiv text: the enemy, "is striking" residential areas.
        ("The enemy is striking residential areas of Chernihiv again.", KYIV, "Russia"),
        # A news text: a possessive, "striking" airfields.
        (
            "Ukraine's artillery has been striking Russian positions near Izium since dawn,"
            " the ministry said.",
            None,
            "Ukraine",
        ),
    ],
)
def test_strike_as_a_verb_with_its_target_is_combat(
    text: str, source: str | None, owner: str
) -> None:
    assert (owner, "other") in movement_owners(text, source=source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The noun after a weapon: the event condemned, no verb of striking.
        ("Poland condemned the Russian air strike on the hospital in Mariupol.", WHITE_HOUSE),
        # The noun after a determiner or another weapon, reported by the party attacked.
        ("Ukraine said the strike on Kharkiv killed ten civilians.", None),
        ("Ukraine reported that the missile strike on Vinnytsia destroyed the airport.", KYIV),
        ("Ukraine said a strike on Kharkiv killed ten civilians.", None),
        ("Ukraine reported that the air strike on Vinnytsia destroyed the airport.", KYIV),
        ("Ukraine said one such strike on Kharkiv killed ten civilians.", None),
        # Figures of speech with forces as the subject: a tone struck, a striking quality.
        ("The Russian army is striking a more conciliatory tone.", KYIV),
        ("The Ukrainian army showed a striking resilience.", KREMLIN),
        ("The negotiators hope to strike a deal with Moscow this week.", WHITE_HOUSE),
        # A claim reported of another, not asserted by the text.
        (
            "Moscow continues to claim that its forces strike only military targets.",
            WHITE_HOUSE,
        ),
        # A strike forsworn or intended.
        ("Our forces will never strike civilian areas.", KREMLIN),
        ("They were going to strike Donbass from the north.", KREMLIN),
    ],
)
def test_look_alikes_of_striking_are_no_combat(text: str, source: str | None) -> None:
    assert movement_owners(text, source=source) == []
