"""Assistance offered to a party takes its side: the guide labels "security or humanitarian
assistance offered" `support`, though "will continue to provide" and "ready to" read as a
pledge. A pledge of one's own act without the help stays `commit`. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    "sentence",
    [
        "Dutch Prime Minister Jan Smit said the Netherlands will continue to provide Moldova "
        "with medical and financial assistance.",
        "Belgian Foreign Minister Els Peeters said Belgium is providing 20 million euros in "
        "emergency aid to Georgia.",
        "Irish President Sean Byrne said Ireland continues to provide humanitarian help to "
        "displaced families.",
        "Czech Prime Minister Pavel Novak said the Czech Republic stands ready to welcome "
        "refugees from the east.",
    ],
)
def test_assistance_offered_is_support(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "support"


@pytest.mark.parametrize(
    "sentence",
    [
        # What is provided is not help: a pledge.
        "Dutch Prime Minister Jan Smit said the Netherlands will continue to provide "
        "updates to its partners.",
        # Readiness to act, but not to take people in.
        "Czech Prime Minister Pavel Novak said the Czech Republic stands ready to close "
        "its airspace.",
    ],
)
def test_other_pledges_stay_commitments(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance != "support"
