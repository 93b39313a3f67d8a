"""Deliveries of a package before the one just told, said to be complete ("Deliveries under
the two earlier drawdowns have been completed", "Deliveries from the earlier packages are
complete"), are a finished supply of the package's giver, besides the new package: the
giver is the last supply's, told before. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, movements

Row = tuple[str, str, str]


def _supplies(text: str, source: str | None) -> list[Row]:
    return [
        (m.actor.name, m.activity, m.status)
        for m in movements(text, source)
        if m.activity == "supply"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a White House fact sheet, "under the previous drawdowns", "have been completed"
        (
            "Today the President authorized a new drawdown of $300 million in security "
            "assistance for Ukraine, including 500 Javelin missiles. Deliveries under the "
            "three previous drawdowns have been completed.",
            WHITE_HOUSE,
        ),
        # (b) a news report, the giver by name, an aside after the package, "were completed"
        (
            "Canada will send another 200 Carl Gustaf launchers to Ukraine, its defence "
            "minister said. Deliveries from the earlier package, announced in January, "
            "were completed last week.",
            None,
        ),
        # (c) a Kyiv text, "are complete" with a clause after the colon
        (
            "The United Kingdom will deliver 2,000 more anti-tank weapons to Ukraine. "
            "Deliveries from the two prior packages are complete: the last of them reached "
            "Lviv on Friday.",
            KYIV,
        ),
        # (d) the tranche as the package, "the deliveries", "had been completed"
        (
            "Poland will hand over a further 40 tanks to Ukraine. The deliveries under the "
            "previous tranche had already been completed by March.",
            None,
        ),
    ],
)
def test_deliveries_of_an_earlier_package_completed_are_a_second_supply(
    text: str, source: str | None
) -> None:
    supplies = _supplies(text, source)
    assert len(supplies) == 2
    assert supplies[1][1:] == ("supply", "completed")
    assert supplies[1][0] == supplies[0][0]


@pytest.mark.parametrize(
    "text",
    [
        # the new package's deliveries still to come are no earlier package's (guard: an
        # earlier package named)
        "Germany will send 1,000 anti-tank weapons to Ukraine. Deliveries under the new "
        "package have been completed in part, officials said.",
        # no supply told before: nobody's package
        "Deliveries from the previous package were completed this week, the ministry said.",
    ],
)
def test_deliveries_of_no_earlier_package_are_no_second_supply(text: str) -> None:
    assert len(_supplies(text, None)) <= 1
