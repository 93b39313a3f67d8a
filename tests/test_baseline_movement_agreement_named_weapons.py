"""A participle right after a weapons noun with the agreement that moved them as its adjunct
("shelled Donetsk with heavy weapons pulled back under the Minsk agreements") is a reduced
relative naming the weapons by an earlier withdrawal the accords required: it tells no
withdrawal. A finite clause ("the weapons were withdrawn under the accords") and a
participle with no agreement ("artillery withdrawn from the line yesterday") still do."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


def _withdrawals(text: str, source: str | None = None) -> list[str]:
    return [owner for owner, act in movement_owners(text, source=source) if act == "withdraw"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a Kremlin readout, a minister reporting, "under the … agreements"
        (
            "Sergei Lavrov drew attention to the fact that over the weekend Ukrainian forces had "
            "shelled Gorlovka with heavy weapons withdrawn under the Minsk agreements.",
            KREMLIN,
        ),
        # (b) a Kyiv statement, the other side's guns, a protocol named by its body
        (
            "Denys Shmyhal said the occupiers shelled Avdiivka overnight with heavy weapons "
            "withdrawn under the Trilateral Contact Group protocol.",
            KYIV,
        ),
        # (c) a news report, "by the accords", a group as the user
        (
            "Monitors said that the separatists had fired on Shchastia with weapons withdrawn by "
            "the 2015 accords.",
            None,
        ),
        # (d) a White House statement, "in line with the … agreement"
        (
            "Joe Biden said Russian forces have shelled Kramatorsk with heavy weapons withdrawn "
            "in line with the ceasefire agreement.",
            WHITE_HOUSE,
        ),
    ],
)
def test_weapons_named_by_an_agreements_withdrawal_tell_none(text: str, source: str | None) -> None:
    assert _withdrawals(text, source) == []


def test_a_finite_withdrawal_under_the_accords_is_told() -> None:
    assert _withdrawals(
        "Russia said its heavy weapons were withdrawn from the line of contact under the "
        "accords on Monday.",
    ) == ["Russia"]
