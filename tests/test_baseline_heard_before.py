"""A claim heard before is disputed (CAMEO 016; the guide: disputing a claim is `deny`):
"We've heard those assurances before", "We have heard promises like these before, in 2008 and
2014". The perfect of hearing, a demonstrative noun of saying and a time gone by dismiss
the claim as one not kept. Hearing a threat, figures heard with no "before", and "this"
with no noun of saying are no such answer."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House transcript (the press secretary's "we"), contracted "we've"
        (
            "MS. HALE: Moscow says its battalions will go home after the drills. We\u2019ve "
            "heard those assurances before, and the trains are still arriving.",
            "Press Briefing by Press Secretary Anna Hale",
            WHITE_HOUSE,
            "United States",
        ),
        # (b) a news report quoting a prime minister, "such promises" and the years after
        (
            'Prime Minister Liis Tamm of Latvia said: "The Kremlin says the tanks will '
            "leave Belarus in March. We have heard such promises before, in 2008 and in "
            '2014."',
            None,
            None,
            "Liis Tamm",
        ),
        # (c) a Kremlin transcript: the West's statements, "many times"
        (
            "Foreign Minister Oleg Petrov: NATO tells us that its new bases threaten no "
            "one. We have heard these statements many times.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (d) a Kyiv address in the third person subject "Ukraine has", "more than once"
        (
            "Minister Taras Hrin: Russia promises a ceasefire around the city every "
            "morning. Ukraine has heard such pledges more than once.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
    ],
)
def test_a_claim_heard_before_is_disputed(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "deny") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # threats heard: no claim of the other side disputed
        "MS. HALE: Russia says it will cut off the gas. We have heard the threats, and we "
        "are ready for them.",
        # figures heard, no time gone by: no dismissal
        "MS. HALE: Russia says 30,000 troops are in Belarus. We have heard these figures from "
        "the Pentagon.",
        # "this" with no noun of saying
        "MS. HALE: Russia says its troops are in Belarus for the drills. We have heard this "
        "before from the Pentagon.",
    ],
)
def test_no_dispute_without_a_claim_heard_before(text: str) -> None:
    held = held_stances(text, "Press Briefing by Press Secretary Anna Hale", WHITE_HOUSE)
    assert all(stance != "deny" for _, stance in held)
