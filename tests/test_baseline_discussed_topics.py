"""What an occasion discussed is its topics, not a position.

The guide: the sentences saying what was discussed add to the contact's topics. A stance
word inside what is discussed names a subject of the talk. Each shape is tested in a
briefing turn, a fact sheet's voice and a Kyiv address; the look-alikes keep a charge in
the topics (the readout's own word for the other side's act) and a clause of its own after
them, with a person, "I" or a clause of place as its opening, and the main clause after a
clause of discussing set off before its predicate, fronted ("When discussing energy, the
President confirmed …", "In discussing …,") or after the subject ("The President, when
discussing energy, confirmed …"). A bare participle after a comma is no such clause: its
commas are the list's ("spoke with …, discussing energy, sanctions, and their support …").
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract, positions

_BRIEFING = "Press Briefing by Press Secretary Dana Holt"
_CALL = (
    "MS. HOLT: This afternoon the President had a call with Prime Minister Eva Lindqvist of Sweden"
)
_FACT_SHEET = "Fact Sheet: Humanitarian Assistance for Ukraine"
_ADDRESS = "Address by the President of Ukraine"
_SPOKE = "This morning I talked by phone with President Marek Hrasko of Slovakia. "


@pytest.mark.parametrize(
    ("title", "source", "text"),
    [
        # (a) support discussed by the two, in a briefing turn
        (
            _BRIEFING,
            WHITE_HOUSE,
            _CALL + ", and the pair discussed their joint support for a negotiated settlement.",
        ),
        # (b) a measure's threat discussed
        (
            _BRIEFING,
            WHITE_HOUSE,
            _CALL + ", and they discussed the consequences Moscow would face should it invade "
            "Moldova.",
        ),
        # (c) a meeting's purpose, "to discuss", in a fact sheet's voice
        (
            _FACT_SHEET,
            WHITE_HOUSE,
            "On Tuesday, the Deputy Secretary of State met in Geneva with the head of the World "
            "Food Programme to discuss how donors could support the states sheltering refugees.",
        ),
        # (d) a meeting ahead, the topic after "where he will discuss"
        (
            _FACT_SHEET,
            WHITE_HOUSE,
            "The Secretary of Defense will fly to Vilnius on Thursday to meet her Baltic "
            "counterparts, where she will discuss continued support for Kyiv's air defence.",
        ),
        # (e) a bare participle after the call: its commas are the topics' list
        (
            _BRIEFING,
            WHITE_HOUSE,
            "MS. HOLT: This afternoon the President spoke with Prime Minister Eva Lindqvist of"
            " Sweden, discussing energy, sanctions, and their joint support for a negotiated"
            " settlement.",
        ),
        # (f) in the first person, after a call
        (
            _ADDRESS,
            KYIV,
            _SPOKE + "We discussed how to support our energy sector through the winter.",
        ),
    ],
)
def test_what_was_discussed_is_no_position(title: str, source: str, text: str) -> None:
    assert positions(extract(text, title, source)) == []


@pytest.mark.parametrize(
    "text",
    [
        _CALL + " to discuss the Kremlin's brutal assault on Ukrainian cities.",
        _CALL + ", and the pair discussed Moscow's reckless aggression against its neighbour.",
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
            _SPOKE + "We discussed energy security, and I urged him to back new air defence for "
            "our cities.",
            ("President of Ukraine", "demand"),
        ),
        # a person named after "and" opens a clause of their own
        (
            "Readout of the Call",
            WHITE_HOUSE,
            "Deputy National Security Advisor Lea Brandt spoke today with Ukraine's chief "
            "negotiator Oleh Marchuk. The two discussed the agenda of the coming negotiations, "
            "and Ms. Brandt expressed support for Kyiv's flexible stance.",
            ("Lea Brandt", "support"),
        ),
        # a clause of place after the topics
        (
            _ADDRESS,
            KYIV,
            _SPOKE + "We will discuss this further in Prague on Friday, where I will call on our "
            "allies to send more air defence.",
            ("President of Ukraine", "demand"),
        ),
        # the main clause after a fronted clause of discussing, in a briefing turn
        (
            _BRIEFING,
            WHITE_HOUSE,
            _CALL + ". When discussing energy, the President confirmed that the United States"
            " would keep its commitment to deliver gas to Sweden.",
            ("President of the United States", "commit"),
        ),
        # the same, "Discussing" opening the sentence, in Kyiv's address
        (
            _ADDRESS,
            KYIV,
            _SPOKE + "Discussing the situation at the border, the Slovak leader pledged that"
            " Slovakia would send more air defence systems to Ukraine.",
            ("Marek Hrasko", "commit"),
        ),
        # "In" before the -ing form, in Kyiv's address
        (
            _ADDRESS,
            KYIV,
            _SPOKE + "In discussing the situation at the border, the Slovak leader pledged that"
            " Slovakia would send more air defence systems to Ukraine.",
            ("Marek Hrasko", "commit"),
        ),
        # set off after the subject, in a briefing turn
        (
            _BRIEFING,
            WHITE_HOUSE,
            _CALL + ". The President, when discussing energy, confirmed that the United States"
            " would keep its commitment to deliver gas to Sweden.",
            ("President of the United States", "commit"),
        ),
        # set off after a pronoun subject, in Kyiv's address
        (
            _ADDRESS,
            KYIV,
            _SPOKE + "He, while discussing the situation at the border, pledged that Slovakia"
            " would send more air defence systems to Ukraine.",
            ("Marek Hrasko", "commit"),
        ),
    ],
)
def test_a_clause_of_its_own_after_the_topics_stays_a_position(
    title: str, source: str, text: str, held: tuple[str, str]
) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text, title, source))] == [held]
