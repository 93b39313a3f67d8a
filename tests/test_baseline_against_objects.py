"""A charge or a measure named by a noun takes its object with "against" ("war crimes
against the civilian population", "sanctions against Russia"): the item states the cue with
the topic that opens on "against" (``topic_bounds.with_cue``), while merging compares the
topic as cut. In four surroundings (publisher, party, way of naming the holder, sentence
shape), with look-alikes: a topic that does not open on "against" keeps its cut, with or
without words between it and the cue. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_topic_pairs


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a White House briefing, the speaker by office
        (
            "MS. PSAKI: Russia is committing war crimes against the people of Ukraine.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
            ("accuse", "committing war crimes against the people of Ukraine"),
        ),
        # (b) a news report of a Baltic leader: a measure foretold
        (
            "Estonian Prime Minister Kaja Kallas said the European Union would adopt tough "
            "sanctions against Russia next week.",
            None,
            None,
            ("warn", "sanctions against Russia next week"),
        ),
        # (c) a Kyiv address: a noun with its own "of"-phrase before "against"
        (
            "Volodymyr Zelenskyy: Russia started a war of choice against a sovereign neighbour.",
            "Address by the President of Ukraine",
            KYIV,
            ("accuse", "war of choice against a sovereign neighbour"),
        ),
        # (d) another charge noun, a place after the object
        (
            "MS. PSAKI: Russia is committing atrocities against civilians in Bucha.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
            ("accuse", "committing atrocities against civilians in Bucha"),
        ),
    ],
)
def test_a_topic_opening_on_against_states_its_cue(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # the topic right after the cue, not opening on "against"
        (
            "Vladimir Putin: We support Belarus's sovereignty.",
            "Press statements following talks",
            KREMLIN,
            ("support", "Belarus's sovereignty"),
        ),
        # "against" inside the topic, after the cue's object
        (
            "Volodymyr Zelenskyy condemned the aggression against Ukraine.",
            "Address by the President of Ukraine",
            KYIV,
            ("accuse", "aggression against Ukraine"),
        ),
    ],
)
def test_a_topic_not_opening_on_against_keeps_its_cut(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a news report, a chancellor by title and name
        (
            "German Chancellor Olaf Scholz warned against an escalation of the conflict.",
            None,
            None,
            ("warn", "against an escalation of the conflict"),
        ),
        # (b) a Kremlin readout, another verb of warning
        (
            "Vladimir Putin cautioned against any attempt to deploy strike weapons in Ukraine.",
            "Telephone conversation with President of France Emmanuel Macron",
            KREMLIN,
            ("warn", "against any attempt to deploy strike weapons in Ukraine"),
        ),
        # (c) a White House briefing, the speaker by office, in the present
        (
            "MS. PSAKI: The President warns against any further Russian incursion.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
            ("warn", "against any further Russian incursion"),
        ),
        # (d) a Kyiv address, what is warned against a noun of its own
        (
            "Volodymyr Zelenskyy warned against panic in the markets.",
            "Address by the President of Ukraine",
            KYIV,
            ("warn", "against panic in the markets"),
        ),
    ],
)
def test_a_warning_verb_is_not_stated_with_what_it_warns_against(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    """Look-alikes of a charge named by a noun: "warned against" is a verb of warning, which
    the stance already says; stated with it, the topic read "warned against an escalation"
    and the briefing line "issued a warning and warned against …"."""
    assert item in stance_topic_pairs(text, title, source)
