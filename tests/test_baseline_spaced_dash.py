"""A dash with a space beside it is punctuation, not part of a name: "Mr. President —
President Jan Nowak says …" names Nowak with the title "President"; an unspaced dash still
joins a compound ("the Russia\u2013Ukraine talks"). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.mentions import find_mentions


@pytest.mark.parametrize(
    "text",
    [
        "And on Belarus, Mr. President — President Jan Nowak says the troops will leave.",
        "Mr. President \u2013 President Jan Nowak says the troops will leave.",
    ],
)
def test_a_spaced_dash_ends_a_title(text: str) -> None:
    people = [m for m in find_mentions(text) if m.name == "Jan Nowak"]
    assert len(people) == 1
    assert people[0].title is not None
    assert people[0].title.text == "President"


def test_an_unspaced_dash_joins_a_compound() -> None:
    found = find_mentions("The Russia\u2013Ukraine talks resumed.")
    assert [(m.text, m.ref.name if m.ref else None) for m in found] == [
        ("Russia", "Russia"),
        ("Ukraine", "Ukraine"),
    ]
