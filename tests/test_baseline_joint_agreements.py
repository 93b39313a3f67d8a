"""What several parties agreed, told by one of them, is the occasion's outcome.

The guide puts every agreement the participants reached together in the contact's outcome,
not in positions: "We agreed that …" in a leader's statement after talks, "They agreed that
…" in a spokesperson's account of a call, "we agree that …" in an address after a call.
Each shape is tested as a Kremlin transcript turn, a White House briefing turn and a Kyiv
address; the look-alikes keep one party's own assent, a threat or pledge agreed on, an
undertaking naming no contact, and a clause of the speaker's own after the agreement.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions

_TALKS = "Press statements following Russian-Hungarian talks"
_OPENING = "Vladimir Putin: Our talks with Prime Minister Orban were useful. "
_BRIEFING = "Press Briefing by Press Secretary Dana Holt"
_CALL = "MS. HOLT: The President spoke this morning with Chancellor Scholz of Germany. "
_ADDRESS = "Address by the President of Ukraine"


@pytest.mark.parametrize(
    ("title", "source", "text"),
    [
        # (a) a leader's turn: a meeting ahead agreed, the contact's next occasion
        (
            _TALKS,
            KREMLIN,
            _OPENING + "We agreed that the intergovernmental commission will hold its next "
            "meeting in Budapest in May.",
        ),
        # (b) a leader's turn: a demand agreed, with an adverb before the verb
        (
            _TALKS,
            KREMLIN,
            _OPENING + "We also agreed that dialogue between our countries must continue at "
            "every level.",
        ),
        # (c) a spokesperson tells what the two agreed, two clauses after "that"
        (
            _BRIEFING,
            WHITE_HOUSE,
            _CALL + "They agreed that their teams would stay in close touch and that unity "
            "among Allies has to be preserved.",
        ),
        # (d) "the two of them" as the subject
        (
            _BRIEFING,
            WHITE_HOUSE,
            _CALL + "The two of them agreed that the messages to Moscow should remain consistent.",
        ),
        # (e) the present tense, in an address after a call
        (
            _ADDRESS,
            KYIV,
            "Today I spoke with President Duda. We agree that the pressure on Russia must "
            "keep growing.",
        ),
    ],
)
def test_what_the_parties_agreed_is_no_position(title: str, source: str, text: str) -> None:
    assert positions(extract(text, title, source)) == []


def test_an_agreed_threat_stays_the_speakers() -> None:
    """Look-alike: the guide keeps a threat voiced by a participant as his, even agreed."""
    draft = extract(
        _CALL + "They agreed that they would impose severe sanctions on Russia if it invades "
        "Ukraine.",
        _BRIEFING,
        WHITE_HOUSE,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("United States", "threaten")]


def test_an_agreed_undertaking_naming_no_contact_stays_a_commitment() -> None:
    """Look-alike: a supply one side undertakes to give is its pledge, not a meeting ahead."""
    draft = extract(
        _OPENING + "We agreed that Gazprom will continue to supply gas to Hungary at the "
        "current price.",
        _TALKS,
        KREMLIN,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Vladimir Putin", "commit")]


@pytest.mark.parametrize(
    "sentence",
    [
        # one party's own assent: "I agree that …"
        "I agree that Ukraine must implement the Minsk agreements.",
        # the speaker's own clause after the agreement, after a semicolon
        "We agreed that dialogue must continue; I also stressed that NATO must stop its expansion.",
        # and after "but"
        "We agreed that dialogue must continue, but I told him that NATO must stop its expansion.",
    ],
)
def test_one_partys_assent_or_own_clause_stays_a_demand(sentence: str) -> None:
    draft = extract(_OPENING + sentence, _TALKS, KREMLIN)
    assert [(h, s) for h, s, _ in positions(draft)] == [("Vladimir Putin", "demand")]


def test_an_agreement_in_a_text_telling_no_occasion_stays_a_position() -> None:
    """Look-alike: with no contact in the article, "we agree" is the speaker's own view."""
    draft = extract("We agree that the pressure on Russia must keep growing.", _ADDRESS, KYIV)
    assert [s for _, s, _ in positions(draft)] == ["demand"]
