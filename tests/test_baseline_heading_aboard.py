"""A title-case heading's "Aboard" opens a phrase of its own after a name.

Headings of remarks and gaggles given in flight write "Aboard Air Force One" in capitals
after the speaker's name ("Press Gaggle by Press Secretary X Aboard Air Force One En Route
Y"). Read as one capitalised run, the name swallowed the aircraft and the route, no turn's
label ("MS. X") matched anyone, and every turn of the transcript was taken for a
journalist's: a whole document with no item. Each shape is tested with another publisher,
another party, the speaker named another way, and another heading shape.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

from summarise.extraction.backends.baseline.names import find_runs


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        # (a) a White House gaggle in flight
        (
            "Press Gaggle by Press Secretary Anna Reed Aboard Air Force One En Route Denver, CO",
            "Anna Reed",
        ),
        # (b) another publisher and aircraft
        ("Remarks by President Tomas Salo Aboard the Presidential Aircraft", "Tomas Salo"),
        # (c) the speaker named by title and surname only
        ("Press Gaggle by Deputy Press Secretary Berg Aboard Air Force One", "Berg"),
        # (d) another heading shape: a ship, and no route after it
        ("Statement by Prime Minister Lena Holm Aboard the Frigate Visby", "Lena Holm"),
    ],
)
def test_aboard_ends_the_name_in_a_heading(heading: str, name: str) -> None:
    named = [r for r in find_runs(heading) if r.title is not None]
    assert [r.name for r in named] == [name]


@pytest.mark.parametrize(
    "heading",
    [
        # A preposition right after a title is a given name, and an office that opens with
        # one runs on: the split still leaves both whole.
        "Remarks by Deputy Under Secretary Ana Ruiz Aboard Air Force One",
        # "Aboard" before the name: the name after it is still read.
        "Remarks Aboard Air Force One by Press Secretary Anna Reed",
    ],
)
def test_aboard_leaves_names_around_it_whole(heading: str) -> None:
    names = [r.name for r in find_runs(heading) if r.title is not None]
    assert names in (["Ana Ruiz"], ["Anna Reed"])


def _gaggle(label: str, answer: str) -> str:
    return (
        "Aboard Air Force One\nEn Route Denver, Colorado\n\n"
        f"{label}: Good morning, everyone.\n\n"
        "Q: What does the White House make of the decision?\n\n"
        f"{label}: {answer}\n"
    )


@pytest.mark.parametrize(
    ("title", "source", "label", "answer", "holder"),
    [
        (
            "Press Gaggle by Press Secretary Anna Reed Aboard Air Force One En Route Denver, CO",
            WHITE_HOUSE,
            "MS. REED",
            "We welcome the decision to send air defence systems to Moldova.",
            "United States",
        ),
        (
            "Press Gaggle by Presidential Press Secretary Ivan Orlov"
            " Aboard the Presidential Aircraft",
            KREMLIN,
            "MR. ORLOV",
            "We condemn the decision to send more weapons to Kyiv.",
            "Russian government",
        ),
    ],
)
def test_the_spokesperson_of_a_heading_with_aboard_holds_the_turns(
    title: str, source: str, label: str, answer: str, holder: str
) -> None:
    """The turns of the spokesperson the heading names are the publisher's, not a
    journalist's: they give positions."""
    draft = extract(_gaggle(label, answer), title, source)
    assert [p.holder.name for p in draft.positions] == [holder]
    assert all(p.via is not None for p in draft.positions)
