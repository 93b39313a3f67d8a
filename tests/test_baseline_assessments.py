"""A war's course assessed by what a party has not achieved is a view the speaker holds
(the guide's `other`): "the enemy has not reached any of the goals it set for itself",
"have not reached any of their main goals", "the Russian army has not achieved what
Moscow hoped to achieve". Results not achieved in talks, and a change not achieved by
sanctions, are no such assessment; a speaker's other remarks stay narrative. Whether a
leader has made a (final) decision is an assessment too ("we are not convinced he has made a
final decision"); a decision to do a named act, and one's own ("we have made a decision"),
are not."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kyiv address: "the enemy", "a single one of the goals"
        (
            "Minister Taras Hrin: Every line is still ours; the enemy has not achieved one "
            "of the goals it named for the first days.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (b) a White House transcript: what the other side's capital expected
        (
            "MR. CARR: Three weeks into this war, the Russian army has not achieved what the "
            "Kremlin expected to achieve in three days.",
            "Remarks by National Security Advisor Paul Carr",
            WHITE_HOUSE,
            "Paul Carr",
        ),
        # (c) a Kremlin transcript: the other side's offensive, "its main objectives"
        (
            "Defence Minister Igor Sorin: The Ukrainian formations attacked near Izium for "
            "three days but have not achieved any of their main objectives.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Igor Sorin",
        ),
        # (d) a news report quoting a general: "its aims", "yet"
        (
            'General Jonas Vaitkus of Lithuania said: "Moscow has not yet achieved its '
            'military aims in Ukraine."',
            None,
            None,
            "Jonas Vaitkus",
        ),
    ],
)
def test_goals_not_achieved_are_an_assessment(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "other") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # results of talks not achieved: no war's course assessed
        "MR. CARR: The Moldovan negotiators had not achieved the hoped-for outcome at the "
        "meeting with Moscow.",
        # a change of policy not yet achieved by sanctions: no goals named
        "MR. CARR: The sanctions on Russia have not yet achieved a change in the Kremlin's "
        "policy on Ukraine.",
    ],
)
def test_no_assessment_without_goals_not_achieved(text: str) -> None:
    held = held_stances(text, "Remarks by National Security Advisor Paul Carr", WHITE_HOUSE)
    assert ("Paul Carr", "other") not in held


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House briefing: the leader named before, "he" in the answer
        (
            "MR. CARR: President Volkov has moved yet more armour toward the frontier. I doubt "
            "that he has made a firm decision yet.",
            "Remarks by National Security Advisor Paul Carr",
            WHITE_HOUSE,
            "Paul Carr",
        ),
        # (b) a Kyiv transcript: "I don't know that he's made", contracted
        (
            "Hanna Melnyk: The Russian president has gathered his divisions near us. I don't "
            "know that he's made a final decision yet.",
            "Press conference of the Minister of Defence",
            KYIV,
            "Hanna Melnyk",
        ),
        # (c) a news quotation: "my firm impression that … has made his decision"
        (
            '"It is my firm impression that President Volkov has made his decision," Defence '
            "Minister Kaja Rebane of Estonia told journalists.",
            None,
            None,
            "Kaja Rebane",
        ),
        # (d) a Kremlin transcript, the Ukrainian leader assessed
        (
            "Igor Sorin: As far as we can see, the Kiev leadership has not made a final decision.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Igor Sorin",
        ),
    ],
)
def test_whether_a_leader_has_decided_is_an_assessment(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "other") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # a decision to do a named act: the act's, no assessment
        "MR. CARR: The Chancellor has made the decision to visit Kyiv next week.",
        # one's own decision: "we have made"
        "MR. CARR: We have made a decision, and we will announce it tomorrow in Warsaw.",
    ],
)
def test_a_decision_to_act_or_ones_own_is_no_assessment(text: str) -> None:
    held = held_stances(text, "Remarks by National Security Advisor Paul Carr", WHITE_HOUSE)
    assert ("Paul Carr", "other") not in held
