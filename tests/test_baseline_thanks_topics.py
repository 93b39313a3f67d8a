"""Thanks and praise take the party thanked as their object and what it is thanked for after
"for" (congratulations: "on"): the topic is what it is thanked for, never the party, who is
the target (``targets.target_after``); what is the party's own ("for its help") is named
as the party's, unless a pronoun names it. In four surroundings, with look-alikes: thanks
with no party before "for", a doing of the party's ("for being among the first"), and "on"
after a verb that is no congratulation. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_topics


@pytest.mark.parametrize(
    ("text", "title", "source", "topic"),
    [
        # (a) a Kyiv readout: a state thanked, then a person, before "for"
        (
            "Volodymyr Zelenskyy thanked Moldova and personally President Ana Rusu for the "
            "steady supply of electricity to the Odesa region.",
            "Phone call with the President of Moldova",
            KYIV,
            "steady supply of electricity to the Odesa region",
        ),
        # (b) a Kremlin transcript: congratulations "on", to a person named by pronoun
        (
            "Vladimir Putin: Let me congratulate you on the successful launch of the new "
            "Belarusian nuclear plant.",
            "Meeting with the President of Belarus",
            KREMLIN,
            "successful launch of the new Belarusian nuclear plant",
        ),
        # (c) a White House readout: gratitude as a noun, to a body of an alliance
        (
            "President Biden expressed his gratitude to the Finnish government for the swift "
            "delivery of winter equipment to Ukraine.",
            "Readout of President Biden's Call with President Niinisto",
            WHITE_HOUSE,
            "swift delivery of winter equipment to Ukraine",
        ),
        # (d) a news report: praise, and what is the party's own, named as the party's
        (
            "Slovak President Ivan Kral praised Hungary for its decision to open the border "
            "to refugees.",
            None,
            None,
            "Hungary\u2019s decision to open the border to refugees",
        ),
    ],
)
def test_the_topic_is_what_the_party_is_thanked_for(
    text: str, title: str | None, source: str | None, topic: str
) -> None:
    assert stance_topics("support", text, title, source) == [topic]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # No party before "for": what follows the first "for" is the topic already.
        (
            "Volodymyr Zelenskyy said Ukraine was grateful for the support for its sovereignty.",
            "support for its sovereignty",
        ),
        # A pronoun thanked names no one: what is its own is named alone.
        (
            "Volodymyr Zelenskyy thanked them for their support for Ukrainian refugees.",
            "support for Ukrainian refugees",
        ),
        # A doing of the party's: the party stays its subject.
        (
            "Volodymyr Zelenskyy thanked Latvia for being among the first to send Stingers.",
            "Latvia for being among the first to send Stingers",
        ),
    ],
)
def test_thanks_without_a_party_or_for_a_doing_keep_their_cut(text: str, topic: str) -> None:
    assert stance_topics("support", text, "Address by the President", KYIV) == [topic]


def test_praise_on_is_no_congratulation() -> None:
    # "on" is what "for" is only after a congratulation: "praised X on Monday for …" is
    # left as it is cut, from the party.
    topics = stance_topics(
        "support",
        "Volodymyr Zelenskyy praised Poland on Monday for its hospitality to refugees.",
        "Address by the President",
        KYIV,
    )
    assert topics == ["Poland on Monday for its hospitality to refugees"]
