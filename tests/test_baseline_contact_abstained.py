"""A contact abstained from ("recommended that citizens refrain from travelling to Russia",
"has so far avoided meeting X") asserts no occasion, as one refused or forsworn does. In
four surroundings, with look-alikes. Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a Kyiv readout: a council's advice to citizens, in a that-clause
        (
            "Secretary Oleh Marchenko said as well that the Council had advised that "
            "Ukrainians refrain from travelling to the Russian Federation.",
            KYIV,
        ),
        # (b) a White House text, "avoid travelling to", a sayer after the clause
        (
            "The State Department urged Americans to avoid travelling to Belarus, Secretary of "
            "State Anna Berg said.",
            WHITE_HOUSE,
        ),
        # (c) a Kremlin text, officials who "would refrain from visiting"
        (
            "Foreign Minister Ivan Petrov said Russian officials would refrain from visiting "
            "Vilnius until the transit dispute is settled.",
            KREMLIN,
        ),
        # (d) a news text, "has so far avoided meeting" a named person
        (
            "Chancellor Karl Huber of Austria has so far avoided meeting President Marek Novak "
            "of Slovakia.",
            None,
        ),
    ],
)
def test_a_contact_abstained_from_is_none(text: str, source: str | None) -> None:
    assert contacts(text, "Readout", source) == []


@pytest.mark.parametrize(
    "text",
    [
        # the abstaining verb governs something before the contact, not the contact
        "After weeks of refraining from contact, Chancellor Karl Huber of Austria met "
        "President Marek Novak of Slovakia in Vienna on Monday.",
        "Chancellor Karl Huber of Austria, who avoided the press, met President Marek Novak "
        "of Slovakia in Vienna on Monday.",
    ],
)
def test_an_abstaining_verb_elsewhere_leaves_the_contact(text: str) -> None:
    assert contacts(text, "Readout", None) == [(["Karl Huber", "Marek Novak"], "meeting", "held")]
