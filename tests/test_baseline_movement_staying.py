"""Forces staying where they were sent: "remain on Belarusian territory", "will stay at the
Baranovichi airfield", "are already on Belarusian soil" (a presence, CAMEO 15 force
posture, as "remain in Belarus" is). Only a territory or soil after "on", a military site
after "at": troops that "remain on the defensive" or "at their posts" are placed nowhere.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


def _moves(text: str, source: str | None) -> list[tuple[str, str]]:
    return [(m.actor.name, m.activity) for m in movements(text, source)]


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # (a) a news report, counted forces "remain on" a territory after an event
        (
            "Some 12,000 Polish troops remain on Lithuanian territory after the drills "
            "ended, officials in Vilnius said.",
            None,
            "Poland",
        ),
        # (b) a Kyiv text, forces "are still on" a state's soil, a source after them
        (
            "More than 5,000 Russian servicemen are still on Belarusian soil, our "
            "intelligence reports.",
            KYIV,
            "Russia",
        ),
        # (c) a White House text, a formation "will stay at" an air base
        (
            "Two squadrons of American F-15 fighters will stay at the Łask air base until "
            "the summer.",
            WHITE_HOUSE,
            "United States",
        ),
        # (d) a Kremlin text, a relative clause, forces "remaining at" a range
        (
            "We note that the British troops, who are remaining at the Tapa training ground, "
            "number about 900.",
            KREMLIN,
            "United Kingdom",
        ),
    ],
)
def test_forces_staying_on_a_territory_or_at_a_site_are_deployed(
    text: str, source: str | None, owner: str
) -> None:
    assert (owner, "deploy") in _moves(text, source)


@pytest.mark.parametrize(
    "text",
    [
        # no territory or soil after "on" (guard: the territory after the verb)
        "Russian troops remain on the defensive north of Kharkiv this week.",
        "Russian troops are now on the offensive in the east.",
        # no military site after "at" (guard: the site after the verb)
        "The Ukrainian soldiers remain at their posts despite the shelling.",
    ],
)
def test_forces_staying_in_a_posture_are_placed_nowhere(text: str) -> None:
    assert [m for m in _moves(text, None) if m[1] == "deploy"] == []
