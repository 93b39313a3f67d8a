"""How long a course will take is a forecast the speaker holds (the guide's `other`), not the
undertaking the verb "will take" makes of a measure or a step: "the negotiations will take a
long time", "it will take decades to repair them". Under a condition the clause is then the
consequence foretold (`warn`). Four surroundings, with look-alikes where "will take" has an
object the party takes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a ministry, reported
        (
            "The Serbian Foreign Ministry said the consultations on security guarantees will "
            "take a long while.",
            [("Serbian government", "other")],
        ),
        # (b) a person named before, a pronoun after it
        (
            "Prime Minister Lena Aho spoke in Helsinki on Monday. She said the talks with Moscow "
            "will take months.",
            [("Lena Aho", "other")],
        ),
        # (c) a quotation framed by "I think": the forecast, not the verb of thinking, is
        # the cue
        (
            'Prime Minister Lena Aho said: "I think these talks will take years, and we are in '
            'no hurry."',
            [("Lena Aho", "other")],
        ),
        # (d) a spokesman for a government, a nominal subject
        (
            "Kremlin spokesman Dmitry Peskov said that rebuilding trust with NATO will take many "
            "years.",
            [("Russia", "other")],
        ),
    ],
)
def test_time_a_course_takes_is_an_assessment(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


def test_under_a_condition_the_time_to_repair_is_a_consequence_foretold() -> None:
    text = (
        "The Serbian government said that if the Union goes down that path, relations will be "
        "damaged so badly that it will take decades to mend them."
    )
    assert held_stances(text) == [("Serbian government", "warn")]


@pytest.mark.parametrize(
    "text",
    [
        # "will take" with an object the party takes: measures, the lead, refugees, time to
        # study (no length told).
        "Foreign Minister Ilse Varga said Serbia will take all necessary measures to protect its "
        "border.",
        "Prime Minister Lena Aho said Finland will take the lead in coordinating aid to Ukraine.",
        'Prime Minister Lena Aho said: "We will take time to study the proposal."',
        "Foreign Minister Ilse Varga said Serbia will take in two thousand refugees from Ukraine.",
    ],
)
def test_taking_a_step_stays_an_undertaking(text: str) -> None:
    """Look-alikes: only a length of time after "take" is a forecast."""
    assert [stance for _, stance in held_stances(text)] == ["commit"]
