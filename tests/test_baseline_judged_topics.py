"""A predicate adjective ("was unacceptable", "are completely baseless") is said of its
subject, and the subject is what the view is about (``topic_bounds.judged_subject``): the
item states it as its topic, while merging still compares the topic cut after the cue. In
four surroundings (publisher, party, way of naming the holder, sentence shape), with
look-alikes: an adjective with its own complement ("is ready to talk"), a demonstrative
subject ("this is unacceptable"), a concern ("the news was alarming: …") and a
warning's bearer after a modal ("Belarus will bear responsibility"). Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _topics(stance: str, text: str, title: str | None, source: str | None) -> list[str]:
    return [p.topic for p in extract(text, title, source).positions if p.stance == stance]


@pytest.mark.parametrize(
    ("stance", "text", "title", "source", "topic"),
    [
        # (a) a Baltic statement in a news report, an adjunct after the adjective
        (
            "oppose",
            "Latvian Prime Minister Arturs Ozols said that any attempt to redraw borders by "
            "force was unacceptable, wherever it happened.",
            None,
            None,
            "any attempt to redraw borders by force",
        ),
        # (b) a Kremlin transcript: the speaker's own sentence, "absolutely" before it
        (
            "oppose",
            "Vladimir Putin: The expansion of the alliance to the east is absolutely unacceptable.",
            "Press conference following talks",
            KREMLIN,
            "expansion of the alliance to the east",
        ),
        # (c) a White House readout: a modal and "be"
        (
            "oppose",
            "President Biden stressed that any further incursion into Ukrainian territory "
            "would be unacceptable to us.",
            "Readout of President Biden's Call",
            WHITE_HOUSE,
            "any further incursion into Ukrainian territory",
        ),
        # (d) a Kyiv address: a plural subject judged, named by office
        (
            "oppose",
            "The Foreign Minister said the demands presented by Moscow to the Alliance were "
            "unacceptable.",
            "Statement of the Ministry",
            KYIV,
            "demands presented by Moscow to the Alliance",
        ),
    ],
)
def test_the_topic_is_the_subject_judged(
    stance: str, text: str, title: str | None, source: str | None, topic: str
) -> None:
    assert _topics(stance, text, title, source) == [topic]


@pytest.mark.parametrize(
    ("text", "stance", "topic"),
    [
        # An adjective with its own complement: the complement is the topic.
        ("Volodymyr Zelenskyy said Ukraine was ready to talk.", "support", "talk"),
        # A demonstrative or a pronoun names nothing: the cut stays, stated without its
        # operator (``topic_openings``).
        ("Volodymyr Zelenskyy said this was unacceptable to us.", "oppose", "unacceptable"),
        # A concern judged of what is reported is about what the colon goes on to say.
        (
            "Volodymyr Zelenskyy said the news from the front was alarming: the shelling of "
            "Kharkiv had intensified.",
            "concern",
            "shelling of Kharkiv had intensified",
        ),
        # A charge's bearer with a modal and no "be": the cut stays.
        (
            "Volodymyr Zelenskyy warned that should Minsk allow an attack, Belarus will bear "
            "responsibility.",
            "warn",
            "should Minsk allow an attack",
        ),
    ],
)
def test_a_complement_or_a_bare_subject_keeps_the_cut(text: str, stance: str, topic: str) -> None:
    assert _topics(stance, text, "Address by the President", KYIV) == [topic]
