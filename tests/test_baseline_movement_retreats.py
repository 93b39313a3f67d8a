"""Who retreats: the subject of an intransitive verb of falling back (retreat, fall, pull,
roll or turn back), forces or the adversary named there, never forces named earlier in the
sentence; a verb with an object after it is no retreat. Sentences invented for these tests,
said in a Ukrainian text, where the adversary is Russia."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract


def retreats(text: str, source: str | None = KYIV) -> list[tuple[str, str, str]]:
    draft = extract(text, source=source)
    return [(m.actor.name, m.activity, m.forces) for m in draft.military_movements]


@pytest.mark.parametrize(
    ("sentence", "forces"),
    [
        # (a) plain
        ("The occupiers retreated from Brovary.", "The occupiers"),
        # (b) after a fronted adverbial
        ("After a night of fighting, the enemy fell back towards Belarus.", "the enemy"),
        # (c) named as forces, with a postposed reporting clause (d)
        ("Russian troops rolled back from Brovary, the General Staff said.", "Russian troops"),
        ("The invaders turned back at Irpin, the General Staff said.", "The invaders"),
        # (d) the second clause of two: the defenders of the first do not retreat
        ("Our defenders stopped the attack, and the enemy retreated.", "the enemy"),
    ],
)
def test_the_subject_of_a_verb_of_falling_back_retreats(sentence: str, forces: str) -> None:
    assert retreats(sentence) == [("Russia", "withdraw", forces)]


def test_forces_after_the_verb_are_those_pulled_back() -> None:
    assert retreats("Russia pulled back its troops from the border.", source=None) == [
        ("Russia", "withdraw", "troops")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # An attack turned back: the verb has an object, no one retreats.
        "The Russian tanks turned back the attack near Irpin.",
        # A "fifth column" is people, not a column of vehicles.
        "The Kremlin says a fifth column is moving into Russian cities.",
    ],
)
def test_look_alikes_of_falling_back_give_no_movement(sentence: str) -> None:
    assert retreats(sentence, source=None) == []
