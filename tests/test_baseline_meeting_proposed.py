"""A meeting proposed with the proposer one of its parties is the contact's, `proposed`, and
no demand: "He proposed another meeting, possibly in Geneva", "I have proposed to the
Secretary that we meet" (the guide: a plan or offer to meet is a contact's status). Proposing
that others meet ("a meeting between Russia and Ukraine", "a meeting of the two ministers")
asks them to: a demand. So does a proposal of anything else ("new sanctions").
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions

_MEETING = "Meeting with Foreign Minister Sergei Orlov"


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) plain
        ("Canada proposed a meeting with Russia in Geneva.", None, None),
        # (b) after a fronted adverbial
        (
            "On Monday, Foreign Minister Jan Kowal of Poland proposed a new round of talks with"
            " Belarus.",
            None,
            None,
        ),
        # (c) a pronoun in a transcript turn
        (
            "SERGEI ORLOV: He proposed another meeting, possibly in Vienna in March.",
            _MEETING,
            KREMLIN,
        ),
        # (c) the one it is proposed to named before the that-clause
        (
            "SERGEI ORLOV: I have proposed to Secretary Blake that we meet in Vienna next week.",
            _MEETING,
            KREMLIN,
        ),
        # (d) in a quotation, the reporting clause after it
        (
            "“We proposed another meeting in Vienna,” Foreign Minister Jan Kowal of Poland said.",
            None,
            None,
        ),
    ],
)
def test_a_meeting_proposed_by_one_of_its_parties_is_no_demand(
    text: str, title: str | None, source: str | None
) -> None:
    assert positions(extract(text, title, source)) == []


@pytest.mark.parametrize(
    ("text", "title", "source", "stance"),
    [
        # others' meeting, named after it
        (
            "Foreign Minister Jan Kowal of Poland proposed a meeting between Russia and Ukraine.",
            None,
            None,
            "demand",
        ),
        (
            "Foreign Minister Jan Kowal of Poland proposed a meeting of the Russian and Ukrainian"
            " ministers.",
            None,
            None,
            "demand",
        ),
        # "to you and to our team": no one named it is proposed to, and no proposal
        (
            "I am thankful to you and to our team for this opportunity to talk to you about"
            " Ukraine.",
            "Address by the President of Ukraine",
            KYIV,
            "support",
        ),
        # a proposal of anything else
        (
            "Foreign Minister Jan Kowal of Poland proposed new sanctions against Belarus.",
            None,
            None,
            "demand",
        ),
    ],
)
def test_a_meeting_of_others_or_anything_else_proposed_stays_a_position(
    text: str, title: str | None, source: str | None, stance: str
) -> None:
    assert [s for _, s, _ in positions(extract(text, title, source))] == [stance]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a spokesperson's statement: "the two" after the one it is proposed to
        (
            "Secretary Blake has proposed to Foreign Minister Orlov that the two meet in Vienna"
            " next week.",
            "Statement by Press Secretary Dana Holt on Secretary Blake's Call with Foreign"
            " Minister Orlov of Russia",
            WHITE_HOUSE,
        ),
        # (b) a Kremlin readout: a summit of a format the proposer's state belongs to
        (
            "President of France Jean Marchand proposed holding a summit of the Normandy format"
            " leaders in Paris.",
            "Telephone conversation with President of France Jean Marchand",
            KREMLIN,
        ),
        # (c) a transcript turn, "the two of us"
        (
            "SERGEI ORLOV: I proposed to Minister Kowal that the two of us meet in Warsaw before"
            " the summer.",
            _MEETING,
            KREMLIN,
        ),
        # (d) in a quotation, the format named by its head word "Four", "convening"
        (
            "\u201cWe have proposed convening a meeting of the Normandy Four advisers in"
            " Berlin,\u201d Chancellor Anna Weber of Germany said.",
            None,
            None,
        ),
    ],
)
def test_the_two_told_or_a_format_of_ones_own_proposed_to_meet_is_no_demand(
    text: str, title: str | None, source: str | None
) -> None:
    assert positions(extract(text, title, source)) == []


@pytest.mark.parametrize(
    "text",
    [
        # "the two sides" with no one told: a mediator's proposal that others meet
        "President Recep Kaya of Turkey proposed that the two sides meet in Antalya.",
        # a format the proposer's state is not in
        "Foreign Minister Jan Kowal of Poland proposed holding a summit of the Normandy format"
        " leaders in Paris.",
        # others' talks, named after them
        "Foreign Minister Jan Kowal of Poland proposed holding talks between Russia and Ukraine.",
    ],
)
def test_a_meeting_of_others_proposed_with_the_two_or_a_format_stays_a_demand(text: str) -> None:
    assert [s for _, s, _ in positions(extract(text))] == ["demand"]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a Kremlin readout: the people of a format the proposer's state belongs to
        (
            "Vladimir Putin told journalists he was ready for talks. Later the Russian leader"
            " suggested that foreign ministers of all four Normandy format states meet in"
            " Vienna.",
            None,
            KREMLIN,
        ),
        # (b) a briefing turn: one of the proposer's own officials
        (
            "MS. HOLT: We have also proposed that Secretary Blake meet with Foreign Minister"
            " Orlov in Vienna late next week.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
        ),
        # (c) a news report: the proposer's own president, named with his country
        (
            "Foreign Minister Jan Kowal of Poland proposed that President Adam Nowak of Poland"
            " meet President Sergei Orlov of Russia in Vienna.",
            None,
            None,
        ),
        # (d) a quotation: the format named by "Four", its advisers
        (
            "\u201cWe propose that the advisers of the Normandy Four countries meet in Paris next"
            " month,\u201d Chancellor Anna Weber of Germany said.",
            None,
            None,
        ),
    ],
)
def test_a_proposal_that_ones_own_people_meet_is_no_demand(
    text: str, title: str | None, source: str | None
) -> None:
    assert [s for _, s, _ in positions(extract(text, title, source))] in ([], ["support"])


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # the people of a format the proposer's state is not in
        (
            "Foreign Minister Jan Kowal of Poland suggested that the foreign ministers of the"
            " Normandy format countries meet in Berlin.",
            None,
            None,
        ),
        # another side's president
        (
            "MS. HOLT: We have also proposed that President Kowal of Poland meet with Foreign"
            " Minister Orlov in Vienna.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
        ),
    ],
)
def test_a_proposal_that_others_meet_stays_a_demand(
    text: str, title: str | None, source: str | None
) -> None:
    assert "demand" in [s for _, s, _ in positions(extract(text, title, source))]
