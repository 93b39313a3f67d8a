"""An attack in a clause on a noun of a point in time, its verb in the simple present, is
foreseen, not reported ("sanctions ready to be adopted on the day Russia crosses the
border": the present of future time in a clause of time, Quirk et al. 4.24). In the past
("the day Russian troops crossed the border") it reports the attack. Sentences invented
for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

Row = tuple[str, str]


def combat(text: str, source: str | None = None) -> list[Row]:
    return [(m.actor.name, m.activity) for m in extract(text, source=source).military_movements]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a news report, inside a demand, "the very day"
        (
            "Lithuania insists that the European Union keep sanctions ready to be adopted on "
            "the day Belarus crosses the border.",
            None,
        ),
        # (b) a White House text, "the same day", the attacker by its capital
        (
            "The allies will meet the same day Moscow attacks Kyiv, the spokesperson said.",
            WHITE_HOUSE,
        ),
        # (c) a Kremlin text, "the moment" with "that"
        (
            "Our response will come the moment that NATO invades Belarusian airspace.",
            KREMLIN,
        ),
        # (d) a Kyiv text, fronted, "the day" with "when"
        (
            "The day when Russia attacks again, the whole of Europe will answer.",
            KYIV,
        ),
    ],
)
def test_an_attack_foreseen_on_a_day_is_no_movement(text: str, source: str | None) -> None:
    assert [r for r in combat(text, source) if r[1] == "other"] == []


@pytest.mark.parametrize(
    "text",
    [
        # the past reports the attack (guard: the simple present)
        "On the day Belarusian troops crossed the border, the embassy in Vilnius closed.",
        # the noun of a day in an adjunct of its own, the attack in the main clause
        "On the day of the talks, Belarusian troops crossed the border near Grodno.",
    ],
)
def test_an_attack_told_on_a_day_in_the_past_or_without_one_is_reported(text: str) -> None:
    assert [r for r in combat(text) if r[1] == "other"] != []
