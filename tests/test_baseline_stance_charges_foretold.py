"""A charge or a fear in the main clause of a condition that opens the clause, a main clause
that foretells, judges the act supposed before it happens: a predicted consequence, which
the guide calls a warning ("any further Russian incursion … would be a tragic
miscalculation"). "If Moscow goes ahead, it would be a war it chose" was read as an
accusation, and "Were Kyiv to join the Alliance, the danger to our security would grow" as
a fear. Four surroundings, and
look-alikes that stay charges. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import stance_topic_pairs, stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) a chancellor's quotation, "if", a charge as the predicate after "would be"
        '"If Moscow sends troops across the border, that would be a flagrant violation of '
        'international law," Chancellor Olaf Scholz said.',
        # (b) a Kremlin leader's words after a colon, an inverted condition, a fear as subject
        "Vladimir Putin said: \"Should NATO put missiles in Ukraine, the threat to Russia's "
        'security would grow many times over."',
        # (c) a foreign minister's reported that-clause, a state named by its capital, "will"
        "Foreign Minister Gabrielius Landsbergis said that if Minsk lets Russian troops "
        "attack from its territory, it will be an act of aggression.",
        # (d) a president's first-person address, a charge and its gloss after it
        "If the Kremlin presses on, it would be a war of choice, one with a dreadful "
        "toll, President Joe Biden said.",
    ],
)
def test_a_charge_foretold_of_an_act_supposed_is_a_warning(text: str) -> None:
    assert stances(text) == ["warn"]


@pytest.mark.parametrize(
    "text",
    [
        # A first person opening the main clause reacts to the act: a condemnation promised
        # charges (fails without the first-person guard).
        '"If Russia invades, we will condemn the aggression in the strongest terms," '
        "Chancellor Olaf Scholz said.",
        # ... and "regard it as" (a clause opener, "as", keeps it too).
        '"If Russia invades, we would regard it as an act of aggression," Chancellor Olaf '
        "Scholz said.",
        # A cause given in the main clause charges a plan already made (fails without the
        # clause-opener guard).
        '"If they attack, it will be because Russia has planned this aggression for months," '
        "Chancellor Olaf Scholz said.",
        # An act owned already ("Russia's aggression") is charged, whatever the condition
        # (fails without the possessive guard).
        '"If anything, Russia\'s aggression will only unite NATO," Chancellor Olaf Scholz said.',
        # No prediction in the main clause: the act is told as done (fails without the
        # foretelling modal).
        '"If you look at the map, Russia has carried out an aggression," Chancellor Olaf '
        "Scholz said.",
    ],
)
def test_a_charge_of_an_act_done_or_reacted_to_stays_an_accusation(text: str) -> None:
    assert [stance for stance, _ in stance_topic_pairs(text)] == ["accuse"]
