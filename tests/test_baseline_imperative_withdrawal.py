"""An imperative telling a party's forces to go is a demand (CAMEO 10, demand withdrawal).

"pull those forces back", "Withdraw your troops", "Close the sky over Ukraine": the verb
opens its clause, so the speaker asks someone to act. Each is tested plain, after a colon
that names the addressee, in a quotation with a reporting clause after it, and as the second
clause of two; the look-alikes are the same verbs that do not open their clause ("they will
pull their forces back", "Our pilots close the sky") and the same verbs with no
forces or sky to move.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract, positions

_ADDRESS = "Address by the President of Ukraine"
_REMARKS = "Remarks by President Biden before departure"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) plain, a state's address
        ("Close the sky over Ukraine.", _ADDRESS, KYIV, "President of Ukraine"),
        # (b) after a colon naming whom it is said to, a transcript's turn
        (
            "THE PRESIDENT: What I would say to the Kremlin is simple: pull those forces back.",
            _REMARKS,
            WHITE_HOUSE,
            "Biden",
        ),
        # (c) a minister in a quotation, the reporting clause after it
        (
            "“Withdraw your troops from Transnistria,” Foreign Minister Ana Lungu of Moldova said.",
            None,
            None,
            "Ana Lungu",
        ),
        # (d) the second clause of two
        (
            "The shelling went on all night, and I say it again: close the sky over Odessa.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
        ),
    ],
)
def test_an_imperative_telling_forces_to_go_is_a_demand(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text, title, source))] == [(holder, "demand")]


@pytest.mark.parametrize(
    "text",
    [
        # the verb after its subject: a forecast, not a request
        "We believe they will pull their forces back after the exercises.",
        # after its subject: what a party does, not what is asked of it
        "Our pilots close the sky over Odessa every night.",
        "Nobody can close the sky over Odessa in one night.",
        # nothing of forces or sky after the verb
        "Pull up a chair and let us talk about the harvest.",
        "Close the door behind you.",
    ],
)
def test_the_same_verbs_not_opening_their_clause_or_moving_nothing_ask_nothing(
    text: str,
) -> None:
    assert [s for _, s, _ in positions(extract(text, _ADDRESS, KYIV))] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("I appeal once again to the Alliance: close the sky over Odessa.", KYIV),
        ("THE PRESIDENT: We call on Moscow again: pull those forces back.", WHITE_HOUSE),
    ],
)
def test_an_imperative_spelling_out_the_call_before_its_colon_is_that_one_demand(
    text: str, source: str
) -> None:
    """Look-alike: after "I appeal to X:" the imperative says what the appeal asks; one
    demand, not two."""
    assert [s for _, s, _ in positions(extract(text, _ADDRESS, source))] == ["demand"]
