"""Readiness offered: for a round, format or kind of talks, and to give help.

Readiness for talks is `support` (the guide counts readiness for diplomacy as `support`); a round,
a format or a kind of the talks names the talks as well ("ready to hold a further round of
talks", "open to any format of the talks"), where another noun after "round of" ("a round of
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
            "Moldova stayed open to any format of talks that might halt the shelling, Foreign "
            "Minister Ion Popa told the visiting delegation.",
            "Foreign Minister meets counterpart",
            KYIV,
        ),
        # (b) a spokesman's relay, "ready to hold" the next round
        (
            "Spokesman Ilya Sorokin told journalists that Moscow's negotiators were ready to "
            "hold a fourth round of talks in Gomel on Monday.",
            "Spokesman's briefing",
            KREMLIN,
        ),
        # (c) "ready for" a round of consultations
        (
            "On Friday Secretary Mark Ellis said Washington was still ready for a fresh round "
            "of consultations with the Baltic capitals.",
            "Secretary Ellis's remarks",
            WHITE_HOUSE,
        ),
        # (d) a speaker's own turn, a kind of negotiations
        (
            "PAVEL ORLOV: On the grain routes we are open to any kind of negotiations.",
            "Talks with Foreign Minister Pavel Orlov",
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
        "PAVEL ORLOV: Our fleet is ready for any level of escalation.",
        "PAVEL ORLOV: In October we are ready to hold a fresh round of exercises.",
    ],
)
def test_a_round_or_level_of_something_else_names_no_talks(text: str) -> None:
    assert "support" not in _stances(text, "Talks with Foreign Minister Pavel Orlov", KREMLIN)


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a readout's that-clause, "prepared to provide" assistance
        (
            "Secretary Mark Ellis stressed that America was prepared to provide more "
            "humanitarian assistance to Moldova this winter.",
            "Secretary Ellis's Call with Moldovan Foreign Minister",
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
            "PAVEL ORLOV: To the villages along the river we are ready to send humanitarian aid.",
            "Talks with Foreign Minister Pavel Orlov",
            KREMLIN,
        ),
    ],
)
def test_readiness_to_give_help_is_support(text: str, title: str, source: str) -> None:
    assert _stances(text, title, source) == ["support"]


@pytest.mark.parametrize(
    "text",
    [
        "PAVEL ORLOV: For the ferries we are ready to provide guarantees of safe passage.",
        "PAVEL ORLOV: By Thursday we are ready to send our reply in writing.",
    ],
)
def test_readiness_to_give_what_is_no_help_is_no_support(text: str) -> None:
    assert "support" not in _stances(text, "Talks with Foreign Minister Pavel Orlov", KREMLIN)
