"""What reads on from a topic starts where the topic was cut, not where a search for its
words finds them first (``topics.topic_span``, ``position_topics.Topic``): a sentence
that names the issue twice ("Asked about sanctions on Russia and Iran, … supports sanctions
on Russia") reads the last conjunct after the cue's own topic, never after the earlier
copy. Both ways: an earlier copy with a conjunct gave the topic a conjunct it does not have,
and an earlier copy without one hid the topic's own. In four surroundings (publisher, party,
way of naming the holder, sentence shape), with look-alikes: a clause after the topic's own
"and", which an earlier copy's conjunct had joined. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_topic_pairs

from summarise.extraction.backends.baseline.topic_bounds import with_cue, worked_for
from summarise.extraction.backends.baseline.topic_conjuncts import joined_conjunct

_BRIEFING = "Press Briefing by Press Secretary Jen Psaki"


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a news report, a minister by name: an earlier copy with a second conjunct
        (
            "Asked about sanctions on Russia and Iran, Annalena Baerbock said Germany "
            "supports sanctions on Russia.",
            None,
            None,
            ("support", "sanctions on Russia"),
        ),
        # (b) a Kremlin transcript, the speaker by name, "I said": capitals
        (
            "Dmitry Peskov: Asked about talks with Kyiv and Washington, I said we support "
            "talks with Kyiv.",
            "Briefing by Kremlin Spokesman",
            KREMLIN,
            ("support", "talks with Kyiv"),
        ),
        # (c) a White House briefing, a fronted topic phrase: places
        (
            "MS. PSAKI: When it comes to Russian troops near the borders and in Belarus, we "
            "are deeply concerned by Russian troops near the borders.",
            _BRIEFING,
            WHITE_HOUSE,
            ("concern", "Russian troops near the borders"),
        ),
        # (d) a Kyiv readout, an aside between subject and verb: nouns of one head
        (
            "Volodymyr Zelenskyy, asked about the cyberattacks on Ukrainian banks and energy "
            "companies, condemned the cyberattacks on Ukrainian banks.",
            "Address by the President of Ukraine",
            KYIV,
            ("accuse", "cyberattacks on Ukrainian banks"),
        ),
        # the other way: an earlier copy without a conjunct hid the topic's own
        (
            "After the talks on gas supplies, the Prime Minister of Hungary said that Budapest "
            "supports the talks on gas supplies and transit.",
            None,
            None,
            ("support", "talks on gas supplies and transit"),
        ),
        (
            "MS. PSAKI: On Russian troops near the borders, we are deeply concerned by Russian "
            "troops near the borders and in Belarus.",
            _BRIEFING,
            WHITE_HOUSE,
            ("concern", "Russian troops near the borders and in Belarus"),
        ),
        (
            "Volodymyr Zelenskyy, asked about the cyberattacks on Ukrainian banks, condemned "
            "the cyberattacks on Ukrainian banks and energy companies.",
            "Address by the President of Ukraine",
            KYIV,
            ("accuse", "cyberattacks on Ukrainian banks and energy companies"),
        ),
    ],
)
def test_a_topic_reads_on_from_where_it_was_cut(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


def test_an_earlier_copys_conjunct_joins_no_clause_to_the_topic() -> None:
    # Look-alike: the topic's own "and" opens a clause ("and is ready to host them"); the
    # earlier copy's conjunct ("and transit") is not the topic's.
    text = (
        "After the talks on gas supplies and transit, the Prime Minister of Hungary said that "
        "Budapest supports the talks on gas supplies and is ready to host them."
    )
    assert stance_topic_pairs(text) == [("support", "talks on gas supplies")]


def test_the_readers_on_take_where_the_topic_sits() -> None:
    text = "Sanctions against Moscow, she said, and we back sanctions against Moscow and Minsk."
    second = text.rindex("sanctions against Moscow")
    topic = (second, second + len("sanctions against Moscow"))
    assert joined_conjunct(text, topic, len(text)) == "sanctions against Moscow and Minsk"
    assert joined_conjunct(text, (0, len("Sanctions against Moscow")), len(text)) is None
    assert worked_for(text, (text.index("back"), text.index("back") + 4), topic, len(text)) is None
    # A topic before the cue (a subject) is not the cue's object, though it opens on "against".
    said = "Against Moscow, the measures we condemn."
    cue = said.index("condemn"), said.index("condemn") + len("condemn")
    assert with_cue(said, cue, (0, len("Against Moscow"))) is None
