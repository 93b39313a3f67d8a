"""An abbreviation's full stops end no clause (``patterns.FULL_STOP``): what working with
partners is for (``topic_bounds.worked_for``) and a threat's condition
(``threat_conditions``) are read past "U.S." and "U.N." to their clause's real end ("will
work with U.S. partners to strengthen the sanctions" is about the sanctions; "will take
retaliatory measures if U.S. missiles are deployed" names its condition). In four
surroundings (publisher, party, way of naming the holder, sentence shape), with look-alikes:
a preposition after the partners opens a phrase with its own "to", and "if necessary" names
no condition, whatever abbreviation follows. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, stance_topic_pairs

_BRIEFING = "Press Briefing by Press Secretary Jen Psaki"


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a joint statement: an institution, the partners an abbreviation's
        (
            "The European Commission will work with U.S. partners to accelerate the refilling "
            "of gas storage.",
            "Joint Statement by the United States and the European Commission",
            WHITE_HOUSE,
            ("commit", "accelerate the refilling of gas storage"),
        ),
        # (b) a White House briefing: two abbreviations, "continue to work with"
        (
            "MS. PSAKI: We will continue to work with U.K. and EU partners to impose severe "
            "costs on Russia.",
            _BRIEFING,
            WHITE_HOUSE,
            ("commit", "impose severe costs on Russia"),
        ),
        # (c) a Kyiv readout, reported, "closely"
        (
            "Volodymyr Zelenskyy said that Ukraine will work closely with U.S. partners to "
            "strengthen the sanctions.",
            "Address by the President of Ukraine",
            KYIV,
            ("commit", "strengthen the sanctions"),
        ),
        # (d) a news report of Moscow's spokeswoman: "the U.N. Secretariat"
        (
            "Maria Zakharova said Moscow would work with the U.N. Secretariat to document "
            "these crimes.",
            None,
            None,
            ("other", "document these crimes"),
        ),
    ],
)
def test_work_with_an_abbreviated_partner_is_about_what_it_is_for(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a White House briefing: the condition after the measure
        (
            "MS. PSAKI: We will impose severe sanctions if U.S. citizens are harmed.",
            _BRIEFING,
            WHITE_HOUSE,
            ("threaten", "severe sanctions if U.S. citizens are harmed"),
        ),
        # (b) a news report of Moscow's foreign minister, reported
        (
            "Sergey Lavrov said Russia will take retaliatory measures if U.S. missiles are "
            "deployed in Europe.",
            None,
            None,
            ("threaten", "measures if U.S. missiles are deployed in Europe"),
        ),
        # (c) the condition fronted, the saying after it
        (
            "If U.S. missiles are deployed in Europe, Russia will take retaliatory measures, "
            "Sergey Lavrov said.",
            None,
            None,
            ("threaten", "measures if U.S. missiles are deployed in Europe"),
        ),
        # (d) a concession the cut ends on: joined as written
        (
            "MS. PSAKI: We will impose severe sanctions even if U.S. allies hesitate.",
            _BRIEFING,
            WHITE_HOUSE,
            ("threaten", "severe sanctions even if U.S. allies hesitate"),
        ),
    ],
)
def test_a_condition_reads_past_an_abbreviation(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # a preposition after the partners: the package's "to", not the work's
        (
            "MS. PSAKI: We will work with U.S. lawmakers on a package to support Ukraine.",
            _BRIEFING,
            WHITE_HOUSE,
            ("commit", "U.S. lawmakers on a package to support Ukraine"),
        ),
        # "if necessary" names no condition; the abbreviation after it changes nothing
        (
            "Sergey Lavrov said Russia will take retaliatory measures if necessary, as U.S. "
            "missiles are deployed in Europe.",
            None,
            None,
            ("threaten", "measures"),
        ),
    ],
)
def test_what_was_no_purpose_or_condition_stays_so(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]
