"""A denial whose object is anyone at all ("is not directed against anyone", "poses no
threat to anyone", "against any third country") names no party and nothing at issue: the
item states its clause's subject as its topic (``topic_bounds.denied_subject``), while
merging compares the topic as cut. In four surroundings (publisher, party, way of naming
the holder, sentence shape), with look-alikes: a pronoun subject, a verb whose object is
anyone ("will not attack anyone": the act is the topic), and a stance other than a
denial. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, stance_topic_pairs


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a Kremlin readout: the subject's own coordination, a predicate before the cue
        (
            "Vladimir Putin explained that the joint exercise of the Russian and Belarusian "
            "armed forces is purely defensive in nature and is not directed against anyone.",
            "Telephone conversation with President of France Emmanuel Macron",
            KREMLIN,
            ("deny", "joint exercise of the Russian and Belarusian armed forces"),
        ),
        # (b) a news report of a Belarusian minister: "pose no threat to anyone"
        (
            "Belarusian Defence Minister Viktor Khrenin said that the joint drills near the "
            "border pose no threat to anyone.",
            None,
            None,
            ("deny", "joint drills near the border"),
        ),
        # (c) a spokesperson of another state, "any third country", no "that"
        (
            "Chinese Foreign Ministry spokesperson Wang Wenbin said the joint naval patrol was "
            "not directed against any third country.",
            None,
            None,
            ("deny", "joint naval patrol"),
        ),
        # (d) a Kremlin readout: an aside between commas before the verb
        (
            "Vladimir Putin stressed that the movement of Russian troops on Russian territory, "
            "including the checks scheduled for February, poses no threat to anyone.",
            "Telephone conversation with President of France Emmanuel Macron",
            KREMLIN,
            ("deny", "movement of Russian troops on Russian territory"),
        ),
    ],
)
def test_a_denial_of_harm_to_anyone_is_about_its_subject(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # a pronoun subject names nothing by itself
        (
            "Vladimir Putin: These are commercial deals of Turkish firms, and they are "
            "not directed against anyone.",
            "Press conference",
            KREMLIN,
            ("deny", "anyone"),
        ),
        # a verb whose object is anyone: the act denied is the topic
        (
            "Dmitry Peskov said that Russia is not going to attack anyone.",
            None,
            None,
            ("deny", "attack anyone"),
        ),
    ],
)
def test_a_pronoun_subject_or_an_act_on_anyone_keeps_the_topic(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


def test_only_a_denial_is_said_of_its_subject() -> None:
    """ "Ukraine is ready to talk to anyone": readiness keeps what it is ready for."""
    text = "Volodymyr Zelenskyy said that Ukraine is ready to talk to anyone."
    topics = [t for _, t in stance_topic_pairs(text, "Address by the President of Ukraine", KYIV)]
    assert topics == ["talk to anyone"]
