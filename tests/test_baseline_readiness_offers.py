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
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances, stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a reported saying, "open to" a format of the talks
        (
            "Moldova stayed open to any format of talks that might halt the shelling, Foreign "
            "Minister Ion Popa told the visiting delegation.",
            "Foreign Minister meets counterpart",
            KYIV,
            "Ion Popa",
        ),
        # (b) a spokesman's relay, "ready to hold" the next round
        (
            "Spokesman Ilya Sorokin told journalists that Moscow's negotiators were ready to "
            "hold a fourth round of talks in Gomel on Monday.",
            "Spokesman's briefing",
            KREMLIN,
            "Russia",
        ),
        # (c) "ready for" a round of consultations
        (
            "On Friday Secretary Mark Ellis said Washington was still ready for a fresh round "
            "of consultations with the Baltic capitals.",
            "Secretary Ellis's remarks",
            WHITE_HOUSE,
            "Mark Ellis",
        ),
        # (d) a speaker's own turn, a kind of negotiations
        (
            "PAVEL ORLOV: On the grain routes we are open to any kind of negotiations.",
            "Talks with Foreign Minister Pavel Orlov",
            KREMLIN,
            "Pavel Orlov",
        ),
    ],
)
def test_readiness_for_a_round_or_format_of_talks_is_support(
    text: str, title: str, source: str, holder: str
) -> None:
    # The readiness is the side's the text gives it to: the speaker, or the state relayed.
    assert held_stances(text, title, source) == [(holder, "support")]


@pytest.mark.parametrize(
    "text",
    [
        "PAVEL ORLOV: Our fleet is ready for any level of escalation.",
        "PAVEL ORLOV: In October we are ready to hold a fresh round of exercises.",
    ],
)
def test_a_round_or_level_of_something_else_names_no_talks(text: str) -> None:
    assert "support" not in stances(text, "Talks with Foreign Minister Pavel Orlov", KREMLIN)


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a readout's that-clause, "prepared to provide" assistance
        (
            "Secretary Mark Ellis stressed that America was prepared to provide more "
            "humanitarian assistance to Moldova this winter.",
            "Secretary Ellis's Call with Moldovan Foreign Minister",
            WHITE_HOUSE,
            "Mark Ellis",
        ),
        # (b) "stands ready to extend" loans, said of the speaker's own state
        (
            "Prime Minister Anna Kowal said that Poland stands ready to extend emergency loans "
            "to Ukraine.",
            "Prime Minister holds talks",
            KYIV,
            "Poland",
        ),
        # (c) a speaker's own turn, "ready to send" aid
        (
            "PAVEL ORLOV: To the villages along the river we are ready to send humanitarian aid.",
            "Talks with Foreign Minister Pavel Orlov",
            KREMLIN,
            "Pavel Orlov",
        ),
    ],
)
def test_readiness_to_give_help_is_support(text: str, title: str, source: str, holder: str) -> None:
    assert held_stances(text, title, source) == [(holder, "support")]


@pytest.mark.parametrize(
    "text",
    [
        "PAVEL ORLOV: For the ferries we are ready to provide guarantees of safe passage.",
        "PAVEL ORLOV: By Thursday we are ready to send our reply in writing.",
    ],
)
def test_readiness_to_give_what_is_no_help_is_no_support(text: str) -> None:
    assert "support" not in stances(text, "Talks with Foreign Minister Pavel Orlov", KREMLIN)
