"""One rule for a contact told by a verb or noun of speaking ("spoke with", "a conversation
with", "their conversation", "the previous conversation"): it names no medium, whichever
word of it speaks (``contact_media.says_no_medium``). The occasion reported then takes the
medium its surroundings name (its title, the calls its paragraph announced) or none (the
guide: "the medium is not stated" → ``other``); an earlier occasion followed up on takes
none (``test_baseline_contact_followed_up``). A phone named beside it names it. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _modes(text: str, title: str | None, source: str | None) -> list[str]:
    return [c.mode for c in extract(text, title, source).diplomatic_contacts]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a Kremlin readout: "their conversation" after its parties
        (
            "Vladimir Putin and President Aidar Nurlanov of Kazakhstan recalled their "
            "conversation on 3 March.",
            KREMLIN,
        ),
        # a White House readout: "their conversation" fronted
        (
            "In their conversation on Monday, President Dana Holt and Chancellor Klara Voss of "
            "Germany discussed gas supplies.",
            WHITE_HOUSE,
        ),
        # a news item: "the previous conversation between"
        (
            "The previous conversation between Prime Minister Elina Markova of Bulgaria and "
            "President Marek Novak of Slovakia took place on 9 December, her office said.",
            None,
        ),
    ],
)
def test_a_conversation_named_by_its_determiner_states_no_medium(
    text: str, source: str | None
) -> None:
    assert _modes(text, None, source) == ["other"]


def test_a_conversation_named_by_its_determiner_takes_the_titles_medium() -> None:
    # a Kyiv address whose title names the call
    assert _modes(
        "President Oleh Bondar and Prime Minister Anna Lind of Sweden continued their "
        "conversation on Friday.",
        "Telephone conversation with Prime Minister of Sweden Anna Lind",
        KYIV,
    ) == ["phone_call"]


def test_a_conversation_with_the_phone_named_beside_it_is_a_call() -> None:
    # Look-alike: "phone conversation" states its medium; the speaking noun does not hide it.
    assert _modes(
        "In their phone conversation on Monday, President Dana Holt and Chancellor Klara "
        "Voss of Germany discussed gas supplies.",
        None,
        WHITE_HOUSE,
    ) == ["phone_call"]
