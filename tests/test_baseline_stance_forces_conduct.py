"""Armed forces as the subject of a step told as under way ("Belarusian units are taking
every care to spare civilians") describe their conduct in the field: the holder
assesses it (the guide: `other`), the forces undertake nothing. The same step of a
government, or the forces' step in the future, stays a commitment.
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Defence Minister Pavel Orlov said that Belarusian units are taking every care "
        "to spare civilians.",
        # (b) after a fronted adverbial, the forces named another way
        "On Sunday, Defence Minister Pavel Orlov said the Belarusian armed forces are taking "
        "every measure to protect civilians.",
        # (c) a pronoun after a first mention
        "Defence Minister Pavel Orlov spoke in Minsk. He noted that Belarusian troops are "
        "taking all necessary care to avoid civilian casualties.",
        # (d) postposed "…, X said", one clause of two
        "Belarusian brigades are taking every care to spare civilians, and the ministry "
        "will publish a daily report, Defence Minister Pavel Orlov said.",
    ],
)
def test_forces_conduct_under_way_is_an_assessment(text: str) -> None:
    assert held_stances(text) == [("Pavel Orlov", "other")]


@pytest.mark.parametrize(
    "text",
    [
        # A state as the subject: its own step, a commitment.
        "Defence Minister Pavel Orlov said that Belarus is taking every precaution to spare "
        "civilians.",
        # A government's measure under way.
        "Defence Minister Pavel Orlov said that the government is taking new measures against "
        "smuggling.",
        # The forces' step in the future is pledged.
        "Defence Minister Pavel Orlov said that Belarusian units will take every precaution to "
        "spare civilians.",
    ],
)
def test_a_governments_step_or_a_future_one_stays_a_commitment(text: str) -> None:
    assert held_stances(text) == [("Pavel Orlov", "commit")]
