"""A state's text whose first sentence names no person ("Today, the United States is taking
new steps …") names its head in the rest of its first paragraph, its lede: "President
Hale has sent …" there is the publisher's own head. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

_TITLE = "FACT SHEET: Further Steps"
_LEDE = "Today, the United States is taking new steps to impose costs on Russia. "


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain
        "President Hale has sent 600 Stinger missiles to Ukraine.",
        # (b) after a fronted adverbial
        "Yesterday, President Hale sent 600 Stinger missiles to Ukraine.",
        # (d) the first of two clauses
        "President Hale has sent 600 Stinger missiles to Ukraine, and more will follow.",
    ],
)
def test_the_head_in_the_lede_paragraph_is_the_publishers(sentence: str) -> None:
    draft = extract(_LEDE + sentence, title=_TITLE, source=WHITE_HOUSE)
    assert [(m.actor.name, m.activity) for m in draft.military_movements] == [
        ("United States", "supply")
    ]


def test_the_head_named_in_a_contact_has_the_publishers_state() -> None:
    # (c) the head as a party of a contact
    draft = extract(
        _LEDE + "President Hale spoke with President Lee of Poland on Tuesday.",
        title=_TITLE,
        source=WHITE_HOUSE,
    )
    sides = [{a.name: a.country for a in c.participants} for c in draft.diplomatic_contacts]
    assert sides == [{"Hale": "United States", "Lee": "Poland"}]


def test_a_lede_naming_a_person_keeps_a_later_president_foreign() -> None:
    # Searched past a lede that names someone, President Lee would be the White House's head.
    draft = extract(
        "Secretary Blinken met Foreign Minister Kuleba today. President Lee spoke with "
        "Chancellor Ann Ross on Tuesday.",
        title=_TITLE,
        source=WHITE_HOUSE,
    )
    countries = [
        a.country for c in draft.diplomatic_contacts for a in c.participants if a.name == "Lee"
    ]
    assert countries == [None]
