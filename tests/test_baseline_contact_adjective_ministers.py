"""Ministers named by their states' coordinated adjectives ("the Polish and Czech foreign
ministers") stand for those states as the sides of a contact, as "the Polish and Czech
delegations" do (an unnamed official is his state, the guide's rule): in a gathering's
of-phrase, as a verb's object, in four surroundings. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, contacts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain: a host's offer, the ministers in the meeting's of-phrase
        (
            "Finland offered to host a meeting of the Polish and Belarusian foreign ministers "
            "in Helsinki.",
            [(["Finland", "Poland", "Belarus"], "meeting", "proposed")],
        ),
        # (b) a fronted adverbial, another office before "ministers"
        (
            "On Friday, Finland offered to host a meeting of the Polish and Belarusian defence "
            "ministers in Helsinki.",
            [(["Finland", "Poland", "Belarus"], "meeting", "proposed")],
        ),
        # (c) the host named another way: its capital
        (
            "Helsinki is ready to host a meeting of the Polish and Belarusian foreign ministers.",
            [(["Finland", "Poland", "Belarus"], "meeting", "proposed")],
        ),
        # (d) a postposed source; and the ministers as the object of a verb of meeting
        (
            "Helsinki is ready to host a meeting of the Polish and Belarusian foreign ministers, "
            "the Finnish President said.",
            [(["Finland", "Poland", "Belarus"], "meeting", "proposed")],
        ),
        (
            "President Anna Berg of Finland met the Polish and Belarusian foreign ministers in "
            "Helsinki on Thursday.",
            [(["Anna Berg", "Poland", "Belarus"], "meeting", "held")],
        ),
    ],
)
def test_ministers_named_by_adjectives_are_their_states(
    text: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, "Statement", KYIV) == expected


def test_ministers_of_the_speakers_own_state_are_one_government() -> None:
    """The same reading gives the speaker's own ministers their state, the speaker's: one
    side, no contact (the guide: an internal meeting of one government)."""
    text = "Vladimir Putin: Yesterday I met the Russian and Belarusian defence ministers in Minsk."
    own = "Vladimir Putin: Yesterday I met the Russian defence ministers of the last decade."
    assert contacts(text, "Statement", KREMLIN) == [
        (["Vladimir Putin", "Belarus"], "meeting", "held")
    ]
    assert contacts(own, "Statement", KREMLIN) == []
