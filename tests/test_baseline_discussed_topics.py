"""What an occasion discussed is its topics, not a position.

The guide: the sentences saying what was discussed add to the contact's topics. A stance
word inside what is discussed names a subject of the talk. Each shape is tested in a
briefing turn, a fact sheet's voice and a Kyiv address; the look-alikes keep a charge in
the topics (the readout's own word for the other side's act) and a clause of its own after
them, with a person, "I" or a clause of place as its opening.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract, positions

_BRIEFING = "Press Briefing by Press Secretary Dana Holt"
_CALL = "MS. HOLT: The President spoke this morning with Prime Minister Kowal of Poland"
_FACT_SHEET = "Fact Sheet: Humanitarian Assistance for Ukraine"
_ADDRESS = "Address by the President of Ukraine"
_SPOKE = "Today I spoke with President Duda. "


@pytest.mark.parametrize(
    ("title", "source", "text"),
    [
        # (a) support discussed by the two, in a briefing turn
        (
            _BRIEFING,
            WHITE_HOUSE,
            _CALL + ", and the two leaders discussed their shared support for a diplomatic path.",
        ),
        # (b) a measure's threat discussed
        (
            _BRIEFING,
            WHITE_HOUSE,
            _CALL + ", and the two leaders discussed the costs that would follow should "
            "Russia attack Ukraine.",
        ),
        # (c) a meeting's purpose, "to discuss", in a fact sheet's voice
        (
            _FACT_SHEET,
            WHITE_HOUSE,
            "Earlier this week, the Secretary of State met in Washington with the UN High "
            "Commissioner for Refugees to discuss how the international community can best "
            "support host countries.",
        ),
        # (d) a meeting ahead, the topic after "where he will discuss"
        (
            _FACT_SHEET,
            WHITE_HOUSE,
            "The Secretary of State will travel to Brussels next week to meet NATO foreign "
            "ministers, where he will discuss further support for Ukraine.",
        ),
        # (e) in the first person, after a call
        (_ADDRESS, KYIV, _SPOKE + "We discussed ways to support our economy during the war."),
    ],
)
def test_what_was_discussed_is_no_position(title: str, source: str, text: str) -> None:
    assert positions(extract(text, title, source)) == []


@pytest.mark.parametrize(
    "text",
    [
        _CALL + " to discuss Russia's unprovoked attack on Ukraine.",
        _CALL + ", and the two leaders discussed Russia's brutal and unprovoked war against "
        "Ukraine.",
    ],
)
def test_a_charge_among_the_topics_stays_an_accusation(text: str) -> None:
    """Look-alike: the readout's own word for the other side's act is its voice's charge."""
    assert [s for _, s, _ in positions(extract(text, _BRIEFING, WHITE_HOUSE))] == ["accuse"]


@pytest.mark.parametrize(
    ("title", "source", "text", "held"),
    [
        # "I" opens the speaker's own request after the topics
        (
            _ADDRESS,
            KYIV,
            _SPOKE + "We discussed the security of our border, and I asked him to support an "
            "immediate IAEA mission to our nuclear plants.",
            ("President of Ukraine", "demand"),
        ),
        # a person named after "and" opens a clause of their own
        (
            "Readout of the Call",
            WHITE_HOUSE,
            "National Security Advisor Jan Kowal spoke today with Andriy Yermak. The two "
            "discussed preparations for the next round of talks, and Mr. Kowal expressed "
            "support for Ukraine's constructive approach.",
            ("Jan Kowal", "support"),
        ),
        # a clause of place after the topics
        (
            _ADDRESS,
            KYIV,
            _SPOKE + "We will discuss the details at the summit in Warsaw next week, where I "
            "will call on our partners to close the sky.",
            ("President of Ukraine", "demand"),
        ),
    ],
)
def test_a_clause_of_its_own_after_the_topics_stays_a_position(
    title: str, source: str, text: str, held: tuple[str, str]
) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text, title, source))] == [held]
