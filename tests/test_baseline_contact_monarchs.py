"""A head of state named by a monarch's title alone: "the Emir of Qatar", "the Crown Prince
of Saudi Arabia", like "the King of Spain": the office of that state, a party to the contact
(the shared vocabulary's offices). In four surroundings, with look-alikes. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "party"),
    [
        # (a) a transcript's "I", the title with "again" and a date after it
        ("I spoke with the Emir of Qatar again on Thursday about gas.", WHITE_HOUSE, "Emir"),
        # (b) a readout's named leader, another title
        (
            "Volodymyr Zelenskyy had a phone conversation with the Crown Prince of Saudi Arabia.",
            KYIV,
            "Crown Prince",
        ),
        # (c) another publisher, a meeting
        (
            "Vladimir Putin met with the Emir of Qatar in the Kremlin.",
            KREMLIN,
            "Emir",
        ),
        # (d) a news text, the title without "the", after the verb's object
        ("President Biden spoke by phone with Emir of Qatar on Monday.", None, "Emir"),
    ],
)
def test_a_monarchs_title_names_a_party(text: str, source: str | None, party: str) -> None:
    found = contacts(text, "Readout", source)
    assert any(name.startswith(party) for names, _, _ in found for name in names)


def test_a_title_of_no_state_names_no_party() -> None:
    # Look-alike: "the emir" of no state named is nobody the contact can hold.
    found = contacts("I spoke with the emir's advisers again on Wednesday.", "Remarks", WHITE_HOUSE)
    assert found == []
