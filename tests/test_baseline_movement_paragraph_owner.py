"""Forces with no owner, told in the paragraph of another state's movement, are that state's
when nothing else can be meant (``paragraph_owner``): the same paragraph, a sentence or two
on, the forces the subject of their own verb, and no other party named since."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

Row = tuple[str, str, str]


def movements(text: str) -> list[Row]:
    return [(m.actor.name, m.activity, m.forces) for m in extract(text).military_movements]


_BUILD_UP = "Russia has massed troops near the Ukrainian border."


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        # (a) plain
        (
            f"{_BUILD_UP} About 5,000 more troops arrived on Tuesday.",
            ("Russia", "deploy", "About 5,000 more troops"),
        ),
        # (b) after a fronted adverbial
        (
            f"{_BUILD_UP} On Tuesday, about 5,000 more troops arrived.",
            ("Russia", "deploy", "about 5,000 more troops"),
        ),
        # (c) the owner named by its capital, the speaker's "we" between, a partitive after
        (
            "Moscow says its units are returning to their bases. We have not seen that. "
            "In fact, about 5,000 more troops have arrived, some of them flown in on Friday.",
            ("Russia", "deploy", "about 5,000 more troops"),
        ),
        # (d) one clause of two, with where they went
        (
            f"{_BUILD_UP} About 5,000 more troops arrived in Belarus on Tuesday, and more "
            "are expected.",
            ("Russia", "deploy", "About 5,000 more troops"),
        ),
        # (e) the source the report is given to is no party that moves them
        (
            f"{_BUILD_UP} According to the Polish government, about 5,000 more troops "
            "arrived on Tuesday.",
            ("Russia", "deploy", "about 5,000 more troops"),
        ),
        (
            f"{_BUILD_UP} According to Germany, about 5,000 more troops have arrived since.",
            ("Russia", "deploy", "about 5,000 more troops"),
        ),
    ],
)
def test_unowned_forces_are_the_paragraphs_movers(text: str, carried: Row) -> None:
    assert carried in movements(text)


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph may have moved on to another party
        f"{_BUILD_UP}\n\nAbout 5,000 more troops arrived on Tuesday.",
        # another party named in between
        f"{_BUILD_UP} Germany is worried. About 5,000 more troops arrived on Tuesday.",
        # another party named in the sentence itself
        f"{_BUILD_UP} About 5,000 more troops arrived to help the Belarusian army.",
        # the forces are the object of a verb whose subject, whoever it is, moved them
        f"{_BUILD_UP} Officials sent about 5,000 more troops on Tuesday.",
    ],
)
def test_no_owner_is_carried_where_another_may_be_meant(text: str) -> None:
    assert [m for m in movements(text) if m[1] == "deploy"] == []


@pytest.mark.parametrize(
    "between",
    [
        "The weather was cold. Roads were icy. ",
        "The weather was cold. Roads were icy. Snow fell all week. ",
    ],
)
def test_no_owner_is_carried_further_than_two_sentences(between: str) -> None:
    # The reach: a sentence or two on, the paragraph's topic may have moved on unnamed;
    # without the limit these troops would be Russia's.
    text = f"{_BUILD_UP} {between}About 5,000 more troops arrived on Tuesday."
    assert [m for m in movements(text) if m[1] == "deploy"] == []
