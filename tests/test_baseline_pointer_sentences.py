"""A fact sheet's pointer to other documents ("For more information on today's State
Department designations, visit …") tells where to read, not a stance: no position,
whatever measure or party it names. (A fact sheet's unattributed sentences are its
publisher's own, so without this the pointer's measure noun made the publisher commit.)"""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract, positions

FACT_SHEET = "FACT SHEET: The United States Imposes New Costs on Russia and Belarus"


@pytest.mark.parametrize(
    "text",
    [
        # An attributive body, "more information", "visit".
        "For more information on today's State Department designations, visit state.example.",
        # Another party (Belarus), a possessive body, "further details", "see".
        "For further details on the State Department's visa restrictions on Belarusian "
        "officials, see state.example.",
        # Another body and measure, "additional information".
        "For additional information on the Commerce Department's new export controls on "
        "Belarus, see commerce.example.",
        # The pointer after a sentence that holds a position of its own.
        "For more information on today's Department of State designations of Russian "
        "officials, visit state.example.",
    ],
)
def test_a_pointer_to_other_documents_holds_no_position(text: str) -> None:
    assert positions(extract(text, title=FACT_SHEET, source=WHITE_HOUSE)) == []


def test_the_sentence_before_the_pointer_keeps_its_position() -> None:
    draft = extract(
        "The United States is imposing sanctions on twelve Russian banks. For more "
        "information on today's State Department designations, visit state.example.",
        title=FACT_SHEET,
        source=WHITE_HOUSE,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("United States", "commit")]


def test_for_more_than_is_no_pointer() -> None:
    """Look-alike: "For more than a week, …" opens a time adjunct, and the sentence's
    stance stands."""
    draft = extract(
        "For more than a week, the United States has condemned the Russian invasion of Ukraine.",
        title=FACT_SHEET,
        source=WHITE_HOUSE,
    )
    assert [s for _, s, _ in positions(draft)] == ["accuse"]
