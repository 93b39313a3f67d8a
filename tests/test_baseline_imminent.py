"""A hostile act foretold as possible at any moment warns of it (CAMEO 012, pessimistic
forecast; the guide: a military action that "could" come is a warning): "an invasion could
come at any time", "an attack could begin at any time", "he could do it within days". The
act or its doer stands before the modal, and the moment is left open after the verb: a
decision that could come at any time is no act of war, and what forces "can" do is a
capacity, not a forecast."""

from __future__ import annotations

import pytest

from tests.baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_WH_TITLE = "Press Briefing by Press Secretary Ann Hall"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House briefing: the act named, "at any time"
        (
            "MS. HALL: I won\u2019t give you a date. What I can say is that an invasion could "
            "start at any time.",
            _WH_TITLE,
            WHITE_HOUSE,
            "United States",
        ),
        # (b) a Kyiv briefing: the doer the troops, "within days"
        (
            "Minister Taras Hrin: The Russian troops could cross the border within days.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (c) a Kremlin transcript: the doer an army in a relative clause, "on short notice"
        (
            "Oleg Petrov: Across the border stands an army that could move in on short notice.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (d) a news report quoting a minister: "an offensive might begin any day now"
        (
            'Foreign Minister Ida Lund of Sweden said: "A new offensive might begin any day '
            'now in the east."',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_a_hostile_act_foretold_at_any_moment_warns(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "warn") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # a decision, no act of war
        "MS. HALL: Moscow\u2019s decision on the gas contract could come at any time.",
        # a capacity, not a forecast
        "MS. HALL: NATO\u2019s rapid response forces can move in on short notice.",
    ],
)
def test_no_warning_without_an_act_foretold(text: str) -> None:
    assert ("United States", "warn") not in held_stances(text, _WH_TITLE, WHITE_HOUSE)
