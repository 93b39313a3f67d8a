"""Forces a relative clause tells "we" moved ("The forces we have placed on alert are
defensive") are the speaker's side's (``forces_phrase_owners.our_relative_owner``), not those of the
movement told just before, which the carrying rule would otherwise hand on to them. Forces
"we" only watched are not ours. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE
from baseline_helpers import movement_rows as movements

Row = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "source", "owned"),
    [
        # (a) a White House transcript, the other side's build-up told just before
        (
            "THE PRESIDENT: Russia keeps 90,000 troops at the border. The forces we have placed "
            "on alert are defensive.",
            WHITE_HOUSE,
            ("United States", "alert", "forces"),
        ),
        # (b) a Kremlin text, "that we have", the other party named as an alliance
        (
            "Vladimir Sorin: NATO has moved 5,000 troops to Romania. The units that we have "
            "put on alert stay in their barracks.",
            KREMLIN,
            ("Russia", "alert", "units"),
        ),
        # (c) a Kyiv address: reservists, the other party a state named as a place's holder
        (
            "Volodymyr Kovalenko: Russia keeps 60,000 troops in Belarus. The reservists we have "
            "put on alert are ready.",
            KYIV,
            ("Ukraine", "alert", "reservists"),
        ),
        # (d) a news report quoting a president, "placed on alert"
        (
            'Russia keeps 90,000 troops at the border. "The forces we have placed on alert are '
            'defensive," President Dana Holt of the United States said.',
            None,
            ("United States", "alert", "forces"),
        ),
    ],
)
def test_forces_we_moved_are_ours(text: str, source: str | None, owned: Row) -> None:
    assert owned in movements(text, source)


def test_forces_we_only_watched_are_not_ours() -> None:
    """Look-alike: a verb of perceiving in the relative clause; the watcher sent nothing."""
    text = (
        "THE PRESIDENT: Russia keeps 90,000 troops at the border. The troops we have watched "
        "move to the border are Russian."
    )
    assert ("United States", "deploy", "troops") not in movements(text, WHITE_HOUSE)
