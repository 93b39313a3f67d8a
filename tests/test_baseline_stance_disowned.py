"""A hostile act the speaker's own side disowns is a denial.

"We are not going to attack anyone", "we are not threatening anyone", "we did not start
this crisis": the speaker disputes the charge that his side attacks or threatens (the
guide: disputing a claim is `deny`; CAMEO 016, deny responsibility), not a pledge
("we are not going to" alone pledges) nor a charge ("threatening" alone charges).
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract, positions

_TITLE = "Meeting with Foreign Minister Sergei Orlov"


def _said(answer: str) -> list[tuple[str, str, str]]:
    return positions(extract(f"SERGEI ORLOV: {answer}", _TITLE, KREMLIN))


@pytest.mark.parametrize(
    ("answer", "topic"),
    [
        # (a) plain
        ("We are not going to attack anybody.", "attack anybody"),
        # (b) after a fronted clause
        ("As we have said many times, we are not threatening anyone.", "threatening anyone"),
        # (c) "I" rather than "we"
        ("I am not threatening anyone.", "threatening anyone"),
        # (d) one clause of two, and a trailing concession
        ("We did not start this war, and we are not going to attack anyone.", "start this war"),
        (
            "We are not going to attack anyone, whatever they say on their television.",
            "attack anyone",
        ),
    ],
)
def test_a_hostile_act_disowned_is_a_denial(answer: str, topic: str) -> None:
    assert _said(answer) == [("Sergei Orlov", "deny", topic)]


def test_a_hostile_act_disowned_in_a_quotation_is_its_speakers_denial() -> None:
    """(c) the speaker named in a postposed reporting clause."""
    draft = extract(
        "“We did not start this war,” Defence Minister Ivan Kostenko said on Monday.",
        "Statement",
        KYIV,
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [("Ivan Kostenko", "deny")]


@pytest.mark.parametrize(
    "answer",
    [
        # "start" without a war: no act disowned
        "We did not start this meeting on time.",
        # "attack" a problem: no one attacked
        "We are not going to attack this problem piecemeal.",
        # a threat to do something of one's own, not a threat to anyone
        "We are not threatening to leave the talks.",
    ],
)
def test_the_same_words_without_a_hostile_act_deny_nothing(answer: str) -> None:
    assert all(stance != "deny" for _, stance, _ in _said(answer))


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) an unsigned Kyiv statement: the state as subject, "not … a single"
        (
            "Ukraine has not shelled a single village beyond its northern border.",
            "Statement of the Office of the President",
            KYIV,
            ("Ukraine", "deny", "shelled a single village beyond its northern border"),
        ),
        # (b) a Kyiv transcript turn: "our command has never planned any offensive"
        (
            "Hanna Melnyk: Our command has never planned any offensive toward Crimea.",
            "Press conference of the Minister of Defence",
            KYIV,
            ("Hanna Melnyk", "deny", "planned any offensive toward Crimea"),
        ),
        # (c) a Kremlin transcript turn: "never" with the act alone, a pledge coordinated
        (
            "SERGEI ORLOV: Our state has never bombed and will never bomb residential districts.",
            _TITLE,
            KREMLIN,
            ("Sergei Orlov", "deny", "bombed and will never bomb residential districts"),
        ),
        # (d) a reported past tense: "did not threaten anyone"
        (
            "Defence Minister Ivan Kostenko said that Ukraine did not threaten anyone.",
            None,
            None,
            ("Ivan Kostenko", "deny", "threaten anyone"),
        ),
    ],
)
def test_a_hostile_act_disowned_as_done_is_a_denial(
    text: str, title: str | None, source: str | None, item: tuple[str, str, str]
) -> None:
    assert positions(extract(text, title, source)) == [item]


@pytest.mark.parametrize(
    "answer",
    [
        # an act not done yet, with its object named: an assessment, no denial
        "Russia has not invaded Ukraine yet, and we do not know what it will do.",
        # a plan that is no attack
        "We have not planned the schedule of the summit.",
        # "never" before an act that is no hostile one
        "We have never lost contact with our partners.",
    ],
)
def test_an_act_not_done_that_counts_nothing_denies_nothing(answer: str) -> None:
    assert all(stance != "deny" for _, stance, _ in _said(answer))
