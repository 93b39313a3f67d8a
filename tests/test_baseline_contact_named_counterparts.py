"""A counterpart named in apposition ("her Polish counterpart Jan Nowak", "my Finnish
colleague, Anna Berg,") is that person, as a contact's object and as the second of a
coordinated subject ("X and her Polish counterpart Y will meet"); unnamed, he stands for
his state (the guide's rule). Each in four surroundings, beside its look-alikes.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain: the object of a verb of meeting
        (
            "Foreign Minister Anna Berg of Finland met her Polish counterpart Jan Nowak in "
            "Warsaw on Monday.",
            [(["Anna Berg", "Jan Nowak"], "meeting", "held")],
        ),
        # (b) a fronted adverbial; the name set off by commas after a noun trigger
        (
            "After the summit, Foreign Minister Anna Berg of Finland held talks with her "
            "Polish counterpart, Jan Nowak, in Warsaw.",
            [(["Anna Berg", "Jan Nowak"], "talks", "held")],
        ),
        # (c) the actor named another way: the second of a coordinated subject
        (
            "Foreign Minister Anna Berg of Finland and her Polish counterpart Jan Nowak will "
            "hold a video conference next week.",
            [(["Anna Berg", "Jan Nowak"], "video_call", "planned")],
        ),
        # (d) the name set off by commas in the subject, a postposed source
        (
            "Foreign Minister Anna Berg of Finland and her Polish counterpart, Jan Nowak, will "
            "meet in Warsaw on Friday, the ministry said.",
            [(["Anna Berg", "Jan Nowak"], "meeting", "planned")],
        ),
        # a that-clause after another clause: its own coordinated subject, a holding verb
        # and an article before the noun trigger
        (
            "President Anna Berg of Finland called for calm and said that Foreign Minister "
            "Jan Virtanen and his Polish counterpart Jan Nowak would hold a video conference "
            "next week.",
            [(["Jan Virtanen", "Jan Nowak"], "video_call", "planned")],
        ),
    ],
)
def test_a_counterpart_named_in_apposition_is_that_person(
    text: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, "Statement", WHITE_HOUSE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unnamed: the counterpart stands for his state
        (
            "Foreign Minister Anna Berg of Finland met her Polish counterpart in Warsaw on Monday.",
            [(["Anna Berg", "Poland"], "meeting", "held")],
        ),
        # a name after the counterpart that begins the next clause is no apposition
        (
            "Foreign Minister Anna Berg of Finland met her Polish counterpart on Monday, and "
            "Jan Nowak thanked her for the visit.",
            [(["Anna Berg", "Poland"], "meeting", "held")],
        ),
    ],
)
def test_an_unnamed_counterpart_stands_for_his_state(
    text: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, "Statement", KYIV) == expected
