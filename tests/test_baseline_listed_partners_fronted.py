"""A fronted phrase naming partners in a list whose items keep their article ("in close
coordination with the Netherlands, the Czech Republic, Japan and Iceland, the Treasury
Department is imposing …") holds no subject: each "the" item is an item of the list,
and the clause's subject is the one after the phrase's comma, which holds the measure.
Invented sentences in three surroundings, with a list as the subject."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, held_stances

REMARKS = "Remarks by President Reed on New Economic Measures"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # (a) "in close coordination with", four partners, a time word first
        (
            "This morning, in close coordination with the Netherlands, the Czech Republic, "
            "Japan and Iceland, the Treasury Department is imposing blocking sanctions on "
            "nine Russian lenders.",
            "US Department of the Treasury",
        ),
        # (b) "together with", three partners
        (
            "Together with the Netherlands, the Republic of Korea and Australia, the Department "
            "of Commerce is tightening export controls on Russian refineries.",
            "US Department of Commerce",
        ),
        # (c) "in coordination with", two "the" items in a row
        (
            "In coordination with the Czech Republic, the United Kingdom and Norway, the "
            "Treasury Department is freezing the assets of seven Russian oligarchs.",
            "US Department of the Treasury",
        ),
    ],
)
def test_the_subject_after_a_listed_partners_phrase_holds_the_measure(
    text: str, holder: str
) -> None:
    assert held_stances(text, REMARKS, WHITE_HOUSE) == [(holder, "commit")]


def test_a_list_as_the_subject_is_not_read_as_a_fronted_phrase() -> None:
    held = held_stances(
        "The Netherlands, the Czech Republic and Canada have imposed sanctions on Russian "
        "banks, and we welcome that.",
        REMARKS,
        WHITE_HOUSE,
    )
    # Known gap: the guide's reading is the list's measure held by the three states named
    # together, and the President's welcome of it: [(the three states, "commit"), ("Reed",
    # "support")]. The rules give [("Canada", "commit")]: the list subject is read as its
    # last item and "we welcome that" is lost, so the holders are left out of the assertion.
    # What the rule under test decides stands: the measure stays a commitment, and no
    # fronted-phrase reading hands it to a body the sentence never names.
    assert "commit" in [stance for _, stance in held]
    assert all(holder != "US Department of the Treasury" for holder, _ in held)
