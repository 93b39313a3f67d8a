"""A background call numbers its speakers of one rank ("SENIOR ADMINISTRATION OFFICIAL 1:",
"… #2:"): the number tells two anonymous officials apart and names no one, so the turn is
an official's as the unnumbered label's is, never a journalist's. A numbered heading
("KEY POINT 1:", "Line of Effort 2:") names no office and is no speaker's label.
"""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

from summarise.extraction.backends.baseline.turns import label_at

_CALL = "Background Press Call by Senior Administration Officials on Moldova"
_STATE = "Background Briefing by Senior State Department Officials on Moldova"


def _held(text: str, title: str = _CALL) -> list[tuple[str, str]]:
    draft = extract(text, title, WHITE_HOUSE)
    return [(p.holder.name, p.stance) for p in draft.positions]


def _call(first: str, second: str, label: str, other: str) -> str:
    return (
        "MODERATOR: Thanks, everyone, for joining tonight's call. We have two "
        "speakers with us this evening.\n\n"
        f"{label}: {first}\n\n"
        f"{other}: {second}\n"
    )


@pytest.mark.parametrize(
    ("label", "other", "title", "sentence", "held"),
    [
        # (a) the White House's capitals, a "we" of the state
        (
            "SENIOR ADMINISTRATION OFFICIAL 1",
            "SENIOR ADMINISTRATION OFFICIAL 2",
            _CALL,
            "We will impose sanctions on three more banks of Transnistria's backers.",
            ("United States", "commit"),
        ),
        # (b) another department's officials, numbered with "#"
        (
            "SENIOR STATE DEPARTMENT OFFICIAL #1",
            "SENIOR STATE DEPARTMENT OFFICIAL #2",
            _STATE,
            "Russia must withdraw its forces from Moldova.",
            ("US Department of State", "demand"),
        ),
        # (c) the label in title case, after a fronted clause
        (
            "Senior Administration Official 1",
            "Senior Administration Official 2",
            _CALL,
            "After the call this morning, we welcome the decision to send air defence "
            "systems to Moldova.",
            ("United States", "support"),
        ),
        # (d) one clause of two, the second official speaking first
        (
            "SENIOR ADMINISTRATION OFFICIAL 2",
            "SENIOR ADMINISTRATION OFFICIAL 1",
            _CALL,
            "It is a decision for Chisinau, and we welcome it.",
            ("United States", "support"),
        ),
    ],
)
def test_a_numbered_officials_turn_is_his_governments(
    label: str, other: str, title: str, sentence: str, held: tuple[str, str]
) -> None:
    text = _call(sentence, "Thanks.", label, other)
    assert held in _held(text, title)


def test_the_second_numbered_official_speaks_for_the_state_as_well() -> None:
    text = _call(
        "Thanks.",
        "Russia must withdraw its forces from Moldova.",
        "SENIOR ADMINISTRATION OFFICIAL 1",
        "SENIOR ADMINISTRATION OFFICIAL 2",
    )
    assert _held(text) == [("United States", "demand")]


@pytest.mark.parametrize(
    "heading",
    ["KEY POINT 1", "Key Point 1", "LINE OF EFFORT 2", "PHASE 2", "ARTICLE 5"],
)
def test_a_numbered_heading_in_a_turn_is_no_speaker(heading: str) -> None:
    """Look-alike: a heading numbered in an official's turn keeps the turn his; read as a
    label, it would make what follows nobody's (a speaker who is no one)."""
    text = (
        "MODERATOR: Thanks, everyone.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Thanks. Let me set out our aims.\n\n"
        f"{heading}: Russia must withdraw its forces from Moldova.\n"
    )
    assert _held(text) == [("United States", "demand")]


def test_a_closing_time_is_no_label() -> None:
    """Look-alike: "END 2:15 P.M. EST" closes a transcript; the hour's number is no
    speaker's."""
    text = "END 2:15 P.M. EST"
    assert label_at(text, 0, len(text)) is None
