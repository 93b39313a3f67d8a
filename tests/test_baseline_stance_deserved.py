"""What a stance noun's subject deserves is the stance taken on it, as what it has or enjoys
is: "the Red Cross's appeal for safe passage out of the besieged towns deserves everyone's
backing" supports the appeal (`support`), it asks for
nothing, as "the OSCE's call for restraint has our full support" already does; "merits" the
same. Four surroundings, with a look-alike. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) "according to", a possessive subject
        (
            "According to Foreign Minister Gabrielius Landsbergis, the Red Cross's appeal for a "
            "ceasefire in Mariupol deserves the support of every state.",
            [("Gabrielius Landsbergis", "support")],
        ),
        # (b) a quotation, "deserves our full support"
        (
            "Foreign Minister Dmytro Kuleba said: \"The OSCE's call for restraint deserves our "
            'full support."',
            [("Dmytro Kuleba", "support")],
        ),
        # (c) a ministry, "merits the backing of", the proposal its owner's own position
        (
            "The Lithuanian Foreign Ministry said that Finland's proposal for a humanitarian "
            "pause merits the backing of the whole European Union.",
            [("Lithuanian government", "support"), ("Finland", "demand")],
        ),
        # (d) the quotation first
        (
            '"Kyiv\'s request for more monitors deserves the support of all OSCE members," '
            "Chancellor Maria Lindqvist said.",
            [("Maria Lindqvist", "support")],
        ),
    ],
)
def test_what_a_stance_noun_deserves_is_the_stance(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


def test_a_call_and_a_second_predicate_stay_two_stances() -> None:
    """Look-alike: "renewed his call for … and said that Ukraine deserves the support …": a
    conjunction opens the subject's own second predicate, the call stays a demand."""
    text = (
        "Foreign Minister Dmytro Kuleba renewed his call for a ceasefire and said that Ukraine "
        "deserves the support of every state."
    )
    assert held_stances(text) == [("Dmytro Kuleba", "demand"), ("Dmytro Kuleba", "support")]
