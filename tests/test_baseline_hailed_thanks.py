"""Thanks whose only complement is the party hailed by name at the sentence's end ("Thank
you, Norway!", an address's closing) are manners, as "Thank you, Mr. President." is; thanks
for something done stay a position."""

from __future__ import annotations

import pytest

from tests.baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

ADDRESS = "Address by President Dmytro Koval to the Parliament of Norway"


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # An address's closing, a state hailed, an exclamation.
        ("Thank you, Norway!", ADDRESS, KYIV),
        # Another state, a full stop.
        ("Thank you, Poland.", "Address by President Dmytro Koval to the Sejm", KYIV),
        # A person hailed by title and name, in a White House turn.
        ("THE PRESIDENT: Thank you, Chancellor Weber!", "Remarks by President Reed", WHITE_HOUSE),
        # "Thanks", a Kremlin remark, a given name with a surname.
        ("Vladimir Putin: Thanks, Anna Berg.", "Meeting with Anna Berg", KREMLIN),
    ],
)
def test_thanks_to_a_party_hailed_are_manners(text: str, title: str, source: str) -> None:
    assert held_stances(text, title, source) == []


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: thanks for something done, the party hailed before "for".
        "Thank you, Norway, for the air defence systems you sent to Ukraine.",
        # … or the party thanked as the object, for what it gave.
        "We thank Norway for the weapons it has given Ukraine.",
    ],
)
def test_thanks_for_something_done_stay(text: str) -> None:
    assert held_stances(text, ADDRESS, KYIV) == [("Dmytro Koval", "support")]
