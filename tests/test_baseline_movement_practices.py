"""A movement stated as a practice: the simple present of a verb of going back with a drill's
end in the simple present ("the exercise ends, the troops go home") tells no movement. Four
surroundings (another publisher, party, way of naming the owner, sentence shape), and
look-alikes that are told and stay: a modal, a past, a progressive, a time named after the
verb, and a present with no drill ending. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, held_stances, movements


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A denial reported in a news text, the owner named by its capital.
        (
            "Minsk keeps insisting that these are routine drills and that the Russian troops"
            " go home once the drills are over.",
            None,
        ),
        # A speaker's own practice in a transcript turn, two clauses side by side after a
        # colon.
        (
            "Vladimir Putin: Sergei Ivanovich, we hide nothing: the exercise ends, our units"
            " return to their bases.",
            KREMLIN,
        ),
        # Another party and publisher, the time clause first.
        (
            "Once the manoeuvres are over, the Belarusian brigades return to their garrisons,"
            " Defence Minister Petrov explained.",
            None,
        ),
        # The owner named by an adjective, the verb in the third person singular.
        (
            "The Pentagon says the pattern is familiar: the Russian contingent goes back to its"
            " bases when the exercises end.",
            WHITE_HOUSE,
        ),
    ],
)
def test_a_practice_stated_in_the_present_is_no_movement(text: str, source: str | None) -> None:
    assert "withdraw" not in [m.activity for m in movements(text, source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A modal: the return is planned (guard: the auxiliary before the verb).
        (
            "The Russian troops will go home when the drills are over, Minsk says.",
            ("Russia", "withdraw", "planned"),
        ),
        # … also with an adverb between the modal and the verb.
        (
            "Once the drills are over, the Swedish units will then go home.",
            ("Sweden", "withdraw", "planned"),
        ),
        # A past: the return is told (guard: the bare present only).
        (
            "The exercise ended, and the Belarusian brigades went home.",
            ("Belarus", "withdraw", "completed"),
        ),
        # A progressive: under way.
        (
            "The drills are over, and the Russian battalions are now going home.",
            ("Russia", "withdraw", "ongoing"),
        ),
        # A time named after the present: the futurate present plans it (guard: the time).
        (
            "The drills end on Friday, and the Russian troops go home on Saturday.",
            ("Russia", "withdraw", "ongoing"),
        ),
        # No drill ends in the sentence: a present told in a headline style stays (guard:
        # the drill's end).
        (
            "Russian paratroopers return to their bases in Pskov after the CSTO mission.",
            ("Russia", "withdraw", "ongoing"),
        ),
    ],
)
def test_a_return_told_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert [(m.actor.name, m.activity, m.status) for m in movements(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence freed from the movement it stated holds the denial told with it: an
        # aim disowned for everyone, by a negative subject.
        (
            "The Kremlin keeps saying that nobody is going to invade anybody.",
            [("Russian government", "deny")],
        ),
        (
            "Nobody is going to attack anyone, the Belarusian foreign minister told reporters.",
            [("Foreign Minister of Belarus", "deny")],
        ),
        (
            "Minsk insisted that no one was planning to attack anybody.",
            [("Belarusian government", "deny")],
        ),
        (
            "Moscow repeats that these are drills, that no one is preparing to strike anyone,"
            " and that the Russian troops go home when the exercises end.",
            [("Russian government", "deny")],
        ),
    ],
)
def test_an_aim_disowned_for_everyone_is_denied(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Not an attack disowned: no denial (guard: the verbs of attack).
        "Nobody is going to help anyone, the Polish minister said.",
        # An attack on a named party, with a condition: a warning, no denial (guard: the
        # object "anyone").
        "Nobody is going to invade Ukraine and get away with it, the Polish minister said.",
    ],
)
def test_a_negative_subject_alone_denies_nothing(text: str) -> None:
    assert "deny" not in [stance for _, stance in held_stances(text)]
