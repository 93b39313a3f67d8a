"""Help or pressure judged not enough asks for more of it (CAMEO 02/10, appeal and demand):
"the sanctions are working, but they are not enough yet while …": "enough" and a clause of
time or condition after it. "There is not enough fuel" and "not enough evidence" count a
quantity and ask nothing, and "It is not enough." alone leaves the demand to the need the
speaker names next."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_KYIV_TITLE = "Address by the Minister of Defence"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kyiv address: sanctions working but not yet enough, a clause of time after
        (
            "Minister Taras Hrin: The sanctions against Russia are working, but they are still not "
            "enough while Russian tankers still sail to Europe.",
            _KYIV_TITLE,
            KYIV,
            "Taras Hrin",
        ),
        # (b) a White House transcript: "as long as"
        (
            "MS. HALL: The aid we send to Ukraine is simply not enough as long as Russia "
            "shells its power stations.",
            "Press Briefing by Press Secretary Ann Hall",
            WHITE_HOUSE,
            "United States",
        ),
        # (c) a Kremlin transcript: another party's reply judged insufficient, "still not"
        (
            "Oleg Petrov: The written reply of NATO on the security guarantees is still not "
            "enough, when its forces stand at our borders.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (d) a news report quoting a minister
        (
            'Foreign Minister Ida Lund of Sweden said: "The aid Europe has sent to Ukraine '
            'is not enough while the shelling goes on."',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_help_or_pressure_judged_not_enough_asks_for_more(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "demand") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # a quantity counted: "enough" does not close the clause
        "Minister Taras Hrin: The sanctions on Russia are not enough reason for Moscow to stop.",
        # a quantity lacking, told with "there is"
        "Minister Taras Hrin: Russia shells Kharkiv every night, and there is not enough "
        "water while the pumps are down.",
        # the judgement alone, before the need named
        "Minister Taras Hrin: Our partners have sent us rifles for Ukraine. It is not enough.",
    ],
)
def test_no_demand_for_a_quantity_counted(text: str) -> None:
    assert ("Taras Hrin", "demand") not in held_stances(text, _KYIV_TITLE, KYIV)
