"""A column or convoy carrying aid or people ("40 columns of humanitarian aid", "a convoy
of medicines", "columns with evacuees") is no force: sending it moves no military forces.
A column or convoy of tanks or armoured vehicles still is. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


def _moves(text: str, source: str | None) -> list[tuple[str, str]]:
    return [(m.actor.name, m.activity) for m in movements(text, source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a news report, a body of a state, counted convoys "of humanitarian aid"
        (
            "Russia's Emergencies Ministry sent 25 convoys of humanitarian aid to Donetsk "
            "this month.",
            None,
        ),
        # (b) a White House text, one convoy "of medicines", a planned sending
        ("Poland will send a convoy of medicines to Lviv on Friday.", WHITE_HOUSE),
        # (c) a Kremlin text, columns "carrying" relief, a passive
        (
            "Today 30 Russian columns carrying relief supplies were sent to Lugansk.",
            KREMLIN,
        ),
        # (d) a Kyiv text, columns "with" evacuees, moved by a named state
        (
            "Ukraine moved columns with evacuees from Mariupol to Zaporizhzhia overnight.",
            KYIV,
        ),
    ],
)
def test_columns_and_convoys_of_aid_or_people_are_no_forces(text: str, source: str | None) -> None:
    assert _moves(text, source) == []


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: columns and convoys of military vehicles are forces
        "Russia sent a column of tanks to Kherson on Monday.",
        "Belarus moved convoys of armoured vehicles to the border with Ukraine.",
    ],
)
def test_columns_of_military_vehicles_stay_forces(text: str) -> None:
    assert [m for m in _moves(text, None) if m[1] == "deploy"] != []


def test_civilians_named_beyond_the_phrase_after_with_leave_the_forces() -> None:
    # look-alike: the people after "with" are the cargo only as its head; further on they
    # are whom the forces meet
    text = (
        "Russian forces moved armoured vehicles with soldiers into Bucha and fired at "
        "civilians, Ukraine's General Staff said."
    )
    assert ("Russia", "deploy") in _moves(text, None)
