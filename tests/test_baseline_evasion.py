"""A party's answer dodged or withheld is a charge against it, as ignoring a demand is
(PETRARCH's IGNORE block): "the Americans simply sidestep them", "how they have avoided
answering the main points", "we again received no answer". One's own restraint ("we
will avoid responding to provocations") and dodging fire are no such charge."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kremlin transcript turn, "sidestep" with its pronoun object
        (
            "Foreign Minister Oleg Petrov: On arms control and on the bases in Poland, the "
            "Americans simply sidestep our questions.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (b) a news report: the past perfect, after a verb of saying
        (
            "Foreign Minister Ida Lund of Sweden said Moscow had avoided answering the OSCE's "
            "questions about the troops in Belarus.",
            None,
            None,
            "Ida Lund",
        ),
        # (c) a White House readout: the progressive, the party named by its seat
        (
            "President Reed noted that the Kremlin keeps dodging the questions on its "
            "missile deployments in Kaliningrad.",
            "Readout of President Reed's Call with Chancellor Lind of Austria",
            WHITE_HOUSE,
            "Reed",
        ),
        # (d) an answer withheld, the speaker's side the one that asked
        (
            "Foreign Minister Oleg Petrov: We sent three notes to Washington about NATO "
            "expansion and received no answer.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
    ],
)
def test_an_answer_dodged_or_withheld_is_a_charge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "accuse") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # one's own restraint, a pledge and a habit
        "Foreign Minister Oleg Petrov: We will avoid responding to these statements from "
        "Washington in public.",
        "Foreign Minister Oleg Petrov: I have always avoided answering questions about the "
        "talks with Kiev.",
        # fire dodged, not a question
        "Foreign Minister Oleg Petrov: Our pilots dodged two NATO missiles over the Black Sea.",
        # one's own silence: no answer of another withheld
        "Foreign Minister Oleg Petrov: The ministry had no immediate response to the notes "
        "from Washington.",
    ],
)
def test_restraint_and_dodging_fire_charge_no_evasion(text: str) -> None:
    assert (
        held_stances(text, "Meeting with permanent members of the Security Council", KREMLIN) == []
    )


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # a news report, the speaker's own side in a quotation, "cannot"
        (
            'Foreign Minister Ida Lund of Sweden said: "We cannot sidestep our '
            'responsibilities to Ukraine."',
            None,
            None,
        ),
        # a Kremlin transcript turn, the state named, "will not"
        (
            "Foreign Minister Oleg Petrov: Russia will not dodge the questions about the "
            "exercises in Belarus.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
        ),
        # a body named by a common noun, reported speech, "would not"
        (
            "Secretary General Mark Ellis said the alliance would not sidestep the question "
            "of membership.",
            None,
            None,
        ),
        # a White House readout, the holder as a pronoun, a contracted negation
        (
            "President Reed said she won't avoid answering the questions on missile "
            "deployments in Kaliningrad.",
            "Readout of President Reed's Call with Chancellor Lind of Austria",
            WHITE_HOUSE,
        ),
    ],
)
def test_a_dodge_its_subject_will_not_make_is_no_charge(
    text: str, title: str | None, source: str | None
) -> None:
    assert "accuse" not in [stance for _, stance in held_stances(text, title, source)]


def test_what_one_cannot_ignore_stays_a_charge() -> None:
    text = 'Foreign Minister Ida Lund of Sweden said: "We cannot ignore Russia\'s build-up."'
    assert ("Ida Lund", "accuse") in held_stances(text)
