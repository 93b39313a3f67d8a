"""A second main clause that takes back with "them"/"their"/"they" what the first clause of
its sentence names is about that, although it names nothing itself: "The claims we have
heard from Moscow are baseless, and we will go on calling them out." The guard against a
transcript's courtesies, procedure and anecdote (``idle_remarks.NAMES_NOTHING``) read the
second clause alone and kept it out.

Look-alikes stay out: the first clause names nothing of war and peace to take back; two
noun phrases joined ("their families, and their enablers to …") are no second clause.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions

_REMARKS = "Remarks by President Reed on Ukraine"
_TALKS = "Press statements following Russian-Serbian talks"


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    return [(h, s) for h, s, _ in positions(extract(text, title, source))]


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) White House remarks, the party named in a relative clause of the first
        (
            "PRESIDENT REED: We see a risk of staged incidents that Russia could use as a "
            "pretext, and we will continue to expose them publicly.",
            _REMARKS,
            WHITE_HOUSE,
            ("Reed", "commit"),
        ),
        # (b) a Kremlin transcript, an issue of war and peace in the first clause
        (
            "Vladimir Putin: Our energy projects are tightly linked, and we will do all we can "
            "to protect them.",
            _TALKS,
            KREMLIN,
            ("Vladimir Putin", "commit"),
        ),
        # (c) another publisher and party, named by its capital, joined by "but"
        (
            "Volodymyr Zelenskyy: The statements coming out of Minsk change nothing, but we "
            "will continue to answer them with facts.",
            "Address by the President of Ukraine",
            KYIV,
            ("Volodymyr Zelenskyy", "commit"),
        ),
        # (d) another shape: a second that-clause after a reporting verb
        (
            "PRESIDENT REED: I told the Chancellor that the sanctions remain on the table and "
            "that we will continue to apply them.",
            _REMARKS,
            WHITE_HOUSE,
            ("Reed", "commit"),
        ),
    ],
)
def test_a_second_clause_taking_back_what_the_first_names_is_a_position(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held in _held(text, title, source)


@pytest.mark.parametrize(
    ("text", "guard"),
    [
        # nothing of war and peace before the pronoun to take back
        (
            "PRESIDENT REED: I hope the briefings were useful, and we will continue to hold "
            "them every morning.",
            "named",
        ),
        (
            "PRESIDENT REED: I am glad the briefings ran long this week, and we will continue "
            "to hold them every morning.",
            "named",
        ),
        # two noun phrases joined by "and": "their bankers" opens no clause of its own
        (
            "PRESIDENT REED: As part of this effort we are committed to using measures on "
            "officials close to the Kremlin, as well as their relatives, and their bankers to "
            "find and freeze the assets they hold abroad.",
            "subject",
        ),
    ],
)
def test_lookalikes_name_nothing(text: str, guard: str) -> None:
    draft = extract(text, _REMARKS, WHITE_HOUSE)
    rows = positions(draft)
    if guard == "named":
        assert ("Reed", "commit") not in [(h, s) for h, s, _ in rows]
    else:
        assert not any("freeze" in topic or "bankers" in topic for _, _, topic in rows)
