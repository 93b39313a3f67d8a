"""A group noun heading the forces a verb moves ("has brought some 3,000 foreign
mercenaries to Kharkov") names what is moved, not whose it is: the mover is the clause's
subject. Four surroundings (another publisher, party, way of naming the mover, sentence
shape), and look-alikes: a group as the subject of its own movement, or a giver after
"from", still owns it. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # A readout, the mover named by a regime noun, a source adjunct first.
        (
            "According to the General Staff, the Kiev regime has brought about 2,000 foreign"
            " mercenaries to the Zaporozhye area.",
            KREMLIN,
            "Ukraine",
        ),
        # A news text, the mover a state, the group with a figure and "more".
        (
            "Ukraine has moved 500 more foreign mercenaries to the Kherson front.",
            None,
            "Ukraine",
        ),
        # Another publisher and party, the mover named by its capital.
        (
            "Moscow has sent several hundred foreign mercenaries into the Donbas, the"
            " spokesperson said.",
            WHITE_HOUSE,
            "Russia",
        ),
        # A third publisher, a perfect passive-free shape with an adverb.
        (
            "Russia has now transferred up to 1,000 foreign mercenaries to the Kherson region.",
            KYIV,
            "Russia",
        ),
    ],
)
def test_a_group_moved_is_the_subjects(text: str, source: str | None, owner: str) -> None:
    assert [m.actor.name for m in movements(text, source)] == [owner]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # The group as the subject of its own movement keeps it (guard: forces after the
        # verb).
        ("About 3,000 foreign mercenaries have arrived in Kharkov.", "foreign mercenaries"),
        # A group giving what it sends, named after "from".
        (
            "Ukraine received 2,000 anti-tank missiles from Western countries.",
            "Western countries",
        ),
    ],
)
def test_a_group_moving_or_giving_owns_it(text: str, owner: str) -> None:
    assert [m.actor.name for m in movements(text)] == [owner]
