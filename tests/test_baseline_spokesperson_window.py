"""The party a spokesperson speaks for ("a spokesman for the Ministry of …") is read in a
window of a fixed width after "for" that ends between words (``patterns.window_after``):
a name the width cuts is read up to its last whole word, never as a shorter word of its
own ("Frank-Walter St|einmeier" read as "St"). Sentences and names invented for these
tests.

Where the width cuts a name, the tests claim only where the party's text ends, not whose
side it is: the cut owners are read as an office ("Minister of … of Lithuania") and a
person ("President … Hans-Dieter"), and ``find_mentions`` gives such a mention no ``ref``
(both cut names have ``ref`` None here); whether a side is found for them later is the
resolver's business and is not tested here. Only a body ("Ministry of … of Moldova", the
look-alike) carries its side at this stage, and that test asserts it."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.mentions import Mention, find_mentions


def _speaks_for(text: str) -> Mention | None:
    office = next(m for m in find_mentions(text) if m.kind == "office")
    return office.speaks_for


@pytest.mark.parametrize(
    "owner",
    [
        # a long title, then a name the width cuts in its surname
        "the Minister of Foreign Affairs of the Republic of Lithuania Aurelija Vaitkute",
        # the same with a hyphenated first name
        "the President of the Federal Republic of Germany Hans-Dieter Kallenbach",
    ],
)
@pytest.mark.parametrize("tail", [" said on Monday.", ""])
def test_the_party_spoken_for_ends_on_a_whole_word(owner: str, tail: str) -> None:
    text = f"A spokesman for {owner}{tail}"
    spoken_for = _speaks_for(text)
    assert spoken_for is not None
    end = text.index(spoken_for.text) + len(spoken_for.text)
    assert end == len(text) or not text[end].isalnum()


@pytest.mark.parametrize("tail", [" said on Monday.", ""])
def test_a_party_within_the_width_is_read_whole(tail: str) -> None:
    # Look-alike: the whole name fits, so the window takes all of it.
    owner = "Ministry of Foreign Affairs of the Republic of Moldova"
    spoken_for = _speaks_for(f"A spokesman for the {owner}{tail}")
    assert spoken_for is not None
    assert spoken_for.text == owner
    assert spoken_for.ref is not None
    assert spoken_for.ref.side == "Moldova"
