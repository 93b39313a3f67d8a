"""A warship's passage into or through a sea or strait is a deployment of its state's navy
(CAMEO 15, a naval posture): "six Russian warships passed through the Bosphorus", "the
British destroyer that entered the Black Sea". Only waters after the verb: a ship that
"entered service" moves nowhere, and a trader's ships ("grain ships") are no forces.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements

Row = tuple[str, str, str]


def _rows(text: str, source: str | None) -> list[Row]:
    return [(m.actor.name, m.activity, m.status) for m in movements(text, source)]


@pytest.mark.parametrize(
    ("text", "source", "moved"),
    [
        # (a) a news report, the owner by adjective, "passed through" a strait
        (
            "A British destroyer passed through the Dardanelles on Friday on its way to a "
            "port call in Varna, officials in Ankara said.",
            None,
            ("United Kingdom", "deploy", "completed"),
        ),
        # (b) a Kremlin text, the ships in a relative clause after a verb of perceiving
        (
            "We see the two Dutch frigates that entered the Black Sea last week, and our "
            "navy is watching them.",
            KREMLIN,
            ("Netherlands", "deploy", "completed"),
        ),
        # (c) a White House text, the owner by its name as a genitive before the ships
        (
            "Three of Russia's landing ships have entered the Baltic Sea since Tuesday.",
            WHITE_HOUSE,
            ("Russia", "deploy", "completed"),
        ),
        # (d) a Kyiv text, a counted subject, a second clause after it
        (
            "Four Russian submarines passed through the Bosphorus in January, and the "
            "Turkish side has told us nothing about it.",
            KYIV,
            ("Russia", "deploy", "completed"),
        ),
    ],
)
def test_warships_entering_or_passing_through_waters_are_deployed(
    text: str, source: str | None, moved: Row
) -> None:
    assert moved in _rows(text, source)


@pytest.mark.parametrize(
    "text",
    [
        # no waters after the verb: a ship put into service or into a phase of its refit
        # moves nowhere (guard: the waters after "entered")
        "Two new Russian frigates entered service last year.",
        "The Turkish frigates entered the final phase of their refit in Izmir.",
        # a trader's ships are no forces (guard in the forces nouns)
        "Ukrainian grain ships passed through the Bosphorus on Monday under the new deal.",
        # a delegation is no force, whatever it enters
        "The Turkish delegation entered the Black Sea port of Samsun on Sunday.",
    ],
)
def test_what_is_no_warship_in_waters_is_not_moved(text: str) -> None:
    assert _rows(text, None) == []


def test_warships_entering_waters_for_drills_are_the_drills() -> None:
    # guard: "for drills" after the waters makes the passage the drill's, no deployment
    text = "Four Turkish frigates entered the Black Sea for joint drills with Romania."
    assert [r for r in _rows(text, None) if r[1] == "deploy"] == []
