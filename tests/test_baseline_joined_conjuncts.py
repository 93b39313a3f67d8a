"""A topic reads on through its last conjunct after "and" when the conjunct is part of its
phrase (``topic_conjuncts``): a short conjunct that ends the clause ("direct dialogue
between Moscow and Kiev") and a second state adjective before one head ("the Russian and
Ukrainian delegations"). The item states the longer topic; merging compares the cut as
before. In four surroundings (publisher, party, way of naming the holder, sentence shape),
with look-alikes: a second clause after "and" (a pronoun or an auxiliary opens it), a
conjunct of more words, and a conjunct after a topic already at its length. Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_topic_pairs


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a news report of a foreign ministry: two capitals, the clause's end
        (
            "The Turkish Foreign Ministry said it strongly supported direct dialogue between "
            "Moscow and Kiev.",
            None,
            None,
            ("support", "direct dialogue between Moscow and Kiev"),
        ),
        # (b) a Kremlin transcript, the speaker by name: two other capitals
        (
            "Vladimir Putin: We support a direct dialogue between Baku and Yerevan.",
            "Meeting with the President of Azerbaijan",
            KREMLIN,
            ("support", "direct dialogue between Baku and Yerevan"),
        ),
        # (c) a White House briefing by office: a second place after a preposition
        (
            "MS. PSAKI: We are deeply concerned by the concentration of Russian troops near "
            "Ukraine's borders and in Belarus.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
            ("concern", "concentration of Russian troops near Ukraine's borders and in Belarus"),
        ),
        # (d) a Kyiv readout, reported: two nouns of one head
        (
            "Volodymyr Zelenskyy condemned the cyberattacks on Ukrainian banks and energy "
            "companies.",
            "Address by the President of Ukraine",
            KYIV,
            ("accuse", "cyberattacks on Ukrainian banks and energy companies"),
        ),
        # an abbreviation's full stops end no conjunct
        (
            "The United States will ban Russian aircraft from entering and using U.S. airspace.",
            "FACT SHEET: United States Bans Russian Aircraft",
            WHITE_HOUSE,
            ("commit", "ban Russian aircraft from entering and using U.S. airspace"),
        ),
        # two state adjectives before one head, the head's place left out
        (
            "President Erdogan reiterated Ankara's readiness to host a session of the Russian "
            "and Ukrainian teams in Antalya.",
            None,
            None,
            ("commit", "host a session of the Russian and Ukrainian teams"),
        ),
    ],
)
def test_a_topic_reads_on_through_its_last_conjunct(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert item in stance_topic_pairs(text, title, source)


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # a second clause: its subject a pronoun
        (
            "Vladimir Putin: We support a direct dialogue between the parties and we will help.",
            "Meeting with the President of Azerbaijan",
            KREMLIN,
            ("support", "direct dialogue between the parties"),
        ),
        # a second clause: an auxiliary after "and"
        (
            "MS. PSAKI: We are deeply concerned by the concentration of Russian troops near "
            "the border and are watching closely.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
            ("concern", "concentration of Russian troops near the border"),
        ),
        # a verb with a pronoun for its object: a predicate of its own
        (
            "Vladimir Putin: We support the ceasefire proposals of our partners and welcome them.",
            "Meeting with the President of Azerbaijan",
            KREMLIN,
            ("support", "ceasefire proposals of our partners"),
        ),
        # a conjunct of more words is a phrase of its own
        (
            "The Turkish Foreign Ministry said it strongly supported direct dialogue between "
            "Moscow and the leaders of the eastern regions.",
            None,
            None,
            ("support", "direct dialogue between Moscow"),
        ),
        # a topic at its length is not read on
        (
            "Volodymyr Zelenskyy condemned the cyberattacks of last week on the servers of "
            "Ukrainian banks in Kyiv and Lviv and Odesa.",
            "Address by the President of Ukraine",
            KYIV,
            ("accuse", "cyberattacks of last week on the servers of Ukrainian banks in Kyiv"),
        ),
    ],
)
def test_a_second_clause_or_a_long_conjunct_stays_out(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert item in stance_topic_pairs(text, title, source)


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) news, a president by title and name, a past of another cue
        (
            "Polish President Andrzej Duda welcomed the arrival of the American troops in "
            "Rzeszow and thanked Washington.",
            None,
            None,
            ("support", "arrival of the American troops in Rzeszow"),
        ),
        # (b) a Kremlin transcript, a state for the subject, a present in -es
        (
            "Vladimir Putin: Russia supports the Chinese proposals for a ceasefire in Ukraine "
            "and welcomes dialogue.",
            "Meeting with the President of Azerbaijan",
            KREMLIN,
            ("support", "Chinese proposals for a ceasefire in Ukraine"),
        ),
        # (c) a White House briefing, an office reported, the second verb no cue
        (
            "MS. PSAKI: We are deeply concerned by the concentration of Russian troops near "
            "the border and visited Kyiv.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
            ("concern", "concentration of Russian troops near the border"),
        ),
        # (d) a Kyiv readout, its object a noun phrase of three words
        (
            "Volodymyr Zelenskyy welcomed the decision of the European Council on candidate "
            "status and thanked the leaders.",
            "Address by the President of Ukraine",
            KYIV,
            ("support", "decision of the European Council on candidate status"),
        ),
    ],
)
def test_a_second_verb_known_by_its_ending_stays_out(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    """Look-alikes of a short last conjunct: a verb after "and" that the clause boundaries
    know by its ending ("thanked", "welcomes") opens a predicate of its own."""
    assert item in stance_topic_pairs(text, title, source)
