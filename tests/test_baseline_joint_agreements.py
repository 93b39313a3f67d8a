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

_TALKS = "Press statements following Russian-Serbian talks"
_OPENING = "Vladimir Putin: Our negotiations with Prime Minister Milan Petrak of Serbia went well. "
_BRIEFING = "Press Briefing by Press Secretary Dana Holt"
_CALL = (
    "MS. HOLT: Earlier today the President had a phone call with Prime Minister Ana Ruiz of Spain. "
)
_ADDRESS = "Address by the President of Ukraine"


@pytest.mark.parametrize(
    ("title", "source", "text"),
    [
        # (a) a leader's turn: a meeting ahead agreed, the contact's next occasion
        (
            _TALKS,
            KREMLIN,
            _OPENING + "We agreed that the joint economic council will hold another "
            "meeting in Belgrade this October.",
        ),
        # (b) a leader's turn: a demand agreed, with an adverb before the verb
        (
            _TALKS,
            KREMLIN,
            _OPENING + "We likewise agreed that the dialogue between our ministries must be "
            "maintained on all tracks.",
        ),
        # (c) a spokesperson tells what the two agreed, two clauses after "that"
        (
            _BRIEFING,
            WHITE_HOUSE,
            _CALL + "They agreed that their advisers would keep talking and that the alliance "
            "must hold together.",
        ),
        # (d) "the two of them" as the subject
        (
            _BRIEFING,
            WHITE_HOUSE,
            _CALL + "The two of them then agreed that the line taken toward the Kremlin should be "
            "the same in every capital.",
        ),
        # (e) the present tense, in an address after a call
        (
            _ADDRESS,
            KYIV,
            "This afternoon I had a call with President Karin Lund of Sweden. We agree that "
            "the price Moscow pays for this war must rise.",
        ),
    ],
)
def test_what_the_parties_agreed_is_no_position(title: str, source: str, text: str) -> None:
    assert positions(extract(text, title, source)) == []


def test_an_agreed_threat_stays_the_speakers() -> None:
    """Look-alike: the guide keeps a threat voiced by a participant as his, even agreed."""
    draft = extract(
        _CALL + "They agreed that they would hit Moscow with tough penalties should its troops "
        "cross the border.",
        _BRIEFING,
        WHITE_HOUSE,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("United States", "threaten")]


def test_an_agreed_undertaking_naming_no_contact_stays_a_commitment() -> None:
    """Look-alike: a supply one side undertakes to give is its pledge, not a meeting ahead."""
    draft = extract(
        _OPENING + "We agreed that Rosatom will continue to deliver nuclear fuel to Serbia on "
        "the existing terms.",
        _TALKS,
        KREMLIN,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Vladimir Putin", "commit")]


@pytest.mark.parametrize(
    "sentence",
    [
        # one party's own assent: "I agree that …"
        "I agree that the Baltic states must respect the rights of Russian speakers.",
        # the speaker's own clause after the agreement, after a semicolon
        "We agreed that contacts should go on; I also made clear that the alliance must halt "
        "its eastward drift.",
        # and after "but"
        "We agreed that contacts should go on, but I told him that the alliance must halt its "
        "eastward drift.",
    ],
)
def test_one_partys_assent_or_own_clause_stays_a_demand(sentence: str) -> None:
    draft = extract(_OPENING + sentence, _TALKS, KREMLIN)
    assert [(h, s) for h, s, _ in positions(draft)] == [("Vladimir Putin", "demand")]


def test_an_agreement_in_a_text_telling_no_occasion_stays_a_position() -> None:
    """Look-alike: with no contact in the article, "we agree" is the speaker's own view."""
    draft = extract("We agree that the price Moscow pays for this war must rise.", _ADDRESS, KYIV)
    assert [s for _, s, _ in positions(draft)] == ["demand"]
