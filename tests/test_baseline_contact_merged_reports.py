"""One occasion reported twice: told first by its states ("Following Russian-Moldovan talks
…") and then by the people of each side ("Our talks with President Rusu …"), it is one item
whose participants are the people (the guide names the people who met when the text names
them). In four surroundings, with a look-alike. Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a Kremlin transcript: the lede's compound, the speaker's "our talks with"
        (
            "Following Russian-Moldovan talks in the Kremlin, Vladimir Putin and President of "
            "Moldova Ion Rusu made statements for the press.\n\n"
            "Vladimir Putin: Our talks with President Rusu were held in a constructive "
            "atmosphere.",
            KREMLIN,
            (["Vladimir Putin", "Ion Rusu"], "talks", "held"),
        ),
        # (b) a Kyiv readout, "talks were held", then the presidents
        (
            "Ukrainian-Polish talks were held in Kyiv today. President of Ukraine Taras Bondar "
            "held talks with President of Poland Jan Nowak on defence cooperation.",
            KYIV,
            (["Taras Bondar", "Jan Nowak"], "talks", "held"),
        ),
        # (c) a White House text, consultations, ministers named the second time
        (
            "U.S.-Japanese consultations took place in Washington on Monday. Secretary of "
            "State Anna Berg held consultations with Foreign Minister Kenji Sato of Japan on "
            "export controls.",
            WHITE_HOUSE,
            (["Anna Berg", "Kenji Sato"], "talks", "held"),
        ),
        # (d) a news text, prime ministers named with their countries
        (
            "Turkish-Greek talks opened in Ankara on Monday. Prime Minister Elif Kaya of "
            "Turkey held talks with Prime Minister Nikos Petrou of Greece on maritime borders.",
            None,
            (["Elif Kaya", "Nikos Petrou"], "talks", "held"),
        ),
    ],
)
def test_people_named_later_stand_for_the_states_told_first(
    text: str, source: str | None, expected: tuple[list[str], str, str]
) -> None:
    assert contacts(text, "Readout", source) == [expected]


def test_people_of_other_states_do_not_replace_the_sides() -> None:
    # Look-alike: a later call between other states' people is another occasion.
    text = (
        "Ukrainian-Polish talks were held in Kyiv today. President of Ukraine Taras Bondar "
        "also spoke by phone with Chancellor Karl Huber of Austria."
    )
    assert (["Ukraine", "Poland"], "talks", "held") in contacts(text, "Readout", KYIV)
