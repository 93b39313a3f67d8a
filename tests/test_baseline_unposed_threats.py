"""A threat no party is named as posing ("the most serious threat to regional security in
years", "creates a direct threat to shipping") charges no one anew; it is the holder's
worry (`concern`: ``positions.unposed_threat``), as "a threat to our security" is in the
lexicon. A threat a party is named as posing stays its charge (`accuse`), and a threat
negated ("carry no threat to anyone", "will never be a threat") is no worry and no item.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_MEETING = "Meeting with Foreign Minister Sergei Orlov"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a report in a readout: "regards X as a threat to"
        (
            "Prime Minister Eva Lind noted that Sweden regards the build-up of troops near the "
            "border as the most serious threat to regional security in years.",
            None,
            None,
            "Sweden",
        ),
        # (b) a readout of an address: "creates a direct threat to"
        (
            "Volodymyr Zelenskyy stressed that such activity at sea creates a direct threat to "
            "shipping and to the economies of every coastal state.",
            None,
            None,
            "Volodymyr Zelenskyy",
        ),
        # (c) a transcript turn, a demonstrative subject
        (
            "PRESIDENT REED: If those units stay, that is a permanent threat to Poland.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
            "Reed",
        ),
    ],
)
def test_a_threat_no_party_is_named_as_posing_is_a_worry(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "concern") in held_stances(text, title, source)


def test_a_threat_a_party_is_named_as_posing_stays_its_charge() -> None:
    held = held_stances(
        "Prime Minister Eva Lind noted that Russia's build-up is a threat to regional security."
    )
    assert ("Eva Lind", "accuse") in held
    assert ("Eva Lind", "concern") not in held


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # negated: a threat denied, no worry (fails without positions._NEGATED)
        ("SERGEI ORLOV: These drills carry no threat to anyone.", _MEETING, KREMLIN),
        (
            "Our country will never be a threat to its neighbours.",
            "Address by the President of Ukraine",
            KYIV,
        ),
    ],
)
def test_a_threat_negated_is_no_worry(text: str, title: str, source: str) -> None:
    assert "concern" not in [stance for _, stance in held_stances(text, title, source)]
