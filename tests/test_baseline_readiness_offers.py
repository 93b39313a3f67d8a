"""Readiness offered: for a round, format or kind of talks, and to give help.

Readiness for talks is `support` (the guide: "there is always room for diplomacy"); a round,
a format or a kind of the talks names the talks as well ("ready to hold the next round of
talks", "open to any format of dialogue"), where another noun after "round of" ("a round of
exercises") or a word of war ("any level of escalation") names none. Readiness to give help
is help offered (the guide: "security or humanitarian assistance offered" is `support`), as
readiness to take in refugees is; readiness to give something that is no help ("ready to
send our reply", "ready to provide guarantees") stays a pledge or no position.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _stances(text: str, title: str, source: str) -> list[str]:
    return [p.stance for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a reported saying, "open to" a format of the talks
        (
            "Foreign Minister Ion Popa said that Moldova is open to any format of dialogue "
            "that would end the fighting.",
            "Foreign Minister meets counterpart",
            KYIV,
        ),
        # (b) a spokesman's relay, "ready to hold" the next round
        (
            "Dmitry Peskov said that the Russian delegation was ready to hold the third round "
            "of talks with the Ukrainian side next week.",
            "Peskov briefing",
            KREMLIN,
        ),
        # (c) "ready for" a round of consultations
        (
            "Secretary Blinken said the United States remains ready for a new round of "
            "consultations with its Allies.",
            "Secretary Blinken's remarks",
            WHITE_HOUSE,
        ),
        # (d) a speaker's own turn, a kind of negotiations
        (
            "SERGEI LAVROV: We are open to any kind of negotiations on these questions.",
            "Meeting with Foreign Minister Sergei Lavrov",
            KREMLIN,
        ),
    ],
)
def test_readiness_for_a_round_or_format_of_talks_is_support(
    text: str, title: str, source: str
) -> None:
    assert "support" in _stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        "SERGEI LAVROV: We are ready for any level of escalation.",
        "SERGEI LAVROV: We are ready to hold the second round of exercises next week.",
    ],
)
def test_a_round_or_level_of_something_else_names_no_talks(text: str) -> None:
    assert "support" not in _stances(text, "Meeting with Foreign Minister Sergei Lavrov", KREMLIN)


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a readout's that-clause, "prepared to provide" assistance
        (
            "Secretary Blinken noted that the United States is prepared to provide additional "
            "humanitarian assistance to Moldova.",
            "Secretary Blinken's Call with Moldovan Foreign Minister",
            WHITE_HOUSE,
        ),
        # (b) "stands ready to extend" loans, said of the speaker's own state
        (
            "Prime Minister Anna Kowal said that Poland stands ready to extend emergency loans "
            "to Ukraine.",
            "Prime Minister holds talks",
            KYIV,
        ),
        # (c) a speaker's own turn, "ready to send" aid
        (
            "SERGEI LAVROV: We are ready to send humanitarian aid to the residents of these towns.",
            "Meeting with Foreign Minister Sergei Lavrov",
            KREMLIN,
        ),
    ],
)
def test_readiness_to_give_help_is_support(text: str, title: str, source: str) -> None:
    assert _stances(text, title, source) == ["support"]


@pytest.mark.parametrize(
    "text",
    [
        "SERGEI LAVROV: We are ready to provide guarantees of safe passage.",
        "SERGEI LAVROV: We are ready to send our reply in writing.",
    ],
)
def test_readiness_to_give_what_is_no_help_is_no_support(text: str) -> None:
    assert "support" not in _stances(text, "Meeting with Foreign Minister Sergei Lavrov", KREMLIN)
