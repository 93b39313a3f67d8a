"""A conditional with no stance word: its main clause's grammar tells a threat from a
warning (the guide: a conditional promise of one's own step is `threaten`, a predicted
consequence not of one's doing `warn`). Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # One's own step withheld: an event that will not be (CAMEO 134).
        (
            "Finnish Foreign Minister Paavo Koski said that if Russia crosses the border, "
            "there will be no summit in Helsinki.",
            "summit in Helsinki if Russia crosses the border",
        ),
        # A plan of one's own that will not go on.
        (
            '"If Moscow attacks Georgia, the gas pipeline will not go ahead," Polish '
            "President Adam Lis said.",
            "gas pipeline will not go ahead if Moscow attacks Georgia",
        ),
        # One's own response announced, even where no party or issue is named.
        (
            '"If this goes on, we will be compelled to react," Polish President Adam Lis said.',
            "compelled to react",
        ),
    ],
)
def test_a_conditional_step_of_ones_own_is_a_threat(sentence: str, topic: str) -> None:
    ((_, stance, found),) = positions(extract(sentence))
    assert (stance, found) == ("threaten", topic)


def test_a_conditional_consequence_of_anothers_doing_is_a_warning() -> None:
    sentence = (
        '"If Russia marches on Kyiv, refugees will flood into Poland," Polish President '
        "Adam Lis said."
    )
    assert positions(extract(sentence)) == [("Adam Lis", "warn", "Russia marches on Kyiv")]


@pytest.mark.parametrize(
    "sentence",
    [
        # A step of one's own that is no response: nothing.
        '"If you ask me, we will meet again next week," Polish President Adam Lis said.',
        '"If the talks fail, we will answer your questions tomorrow," Polish President '
        "Adam Lis said.",
    ],
)
def test_a_conditional_plan_of_ones_own_is_no_threat(sentence: str) -> None:
    assert positions(extract(sentence)) == []


def test_an_event_denied_with_no_condition_is_no_threat() -> None:
    ((_, stance, _),) = positions(
        extract("Polish President Adam Lis said there will be no summit in Warsaw.")
    )
    assert stance == "other"


# Conditional inversion (a clause-initial "Should", subject, verb, comma) opens a condition
# whatever its verb; the auxiliary asks nothing of anyone.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Should Hungary block the pipeline, Slovakia will bear the responsibility, Slovak "
            "President Ivan Kral warned.",
            ("Ivan Kral", "warn", "Should Hungary block the pipeline"),
        ),
        # A possibility predicted ("could") is a consequence warned of, as a future is.
        (
            "Should Belarus open its border to the troops, the whole region could be dragged "
            "into war, Lithuanian President Marta Vaitkus said.",
            ("Marta Vaitkus", "warn", "Should Belarus open its border to the troops"),
        ),
        # A word of conduct inside the condition ("aggression") decides nothing.
        (
            "Should Moscow continue its aggression, the region could face a humanitarian "
            "disaster, Slovak President Ivan Kral said.",
            ("Ivan Kral", "warn", "Should Moscow continue its aggression"),
        ),
    ],
)
def test_an_inverted_condition_is_no_demand(sentence: str, expected: tuple[str, str, str]) -> None:
    assert positions(extract(sentence)) == [expected]


def test_a_response_pledged_under_a_condition_is_a_threat_whoever_responds() -> None:
    sentence = (
        "Should the invaders advance one more step, Moldova will respond with every means it "
        "has, Moldovan President Ana Rusu said."
    )
    assert positions(extract(sentence)) == [
        ("Ana Rusu", "threaten", "every means it has should the invaders advance one more step")
    ]


def test_should_after_a_parenthesis_with_a_verb_after_it_is_still_a_demand() -> None:
    sentence = "Russia, Ivan Kral said, should withdraw its troops, whatever Moscow claims."
    assert [s for _, s, _ in positions(extract(sentence))] == ["demand"]


def test_should_after_its_subject_is_still_a_demand() -> None:
    assert positions(
        extract("Poland should reopen the border, Slovak President Ivan Kral said.")
    ) == [("Ivan Kral", "demand", "Poland should reopen the border")]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # A condition taken up by anaphora keeps its measure a threat; breaking off relations
        # is a punitive measure (CAMEO 161).
        (
            "Ivan Kral said that in that case Slovakia will sever diplomatic relations with "
            "Hungary.",
            "threaten",
        ),
        ("Ivan Kral said Slovakia severed diplomatic relations with Hungary.", "commit"),
    ],
)
def test_breaking_off_relations_is_a_measure_and_in_that_case_a_condition(
    sentence: str, stance: str
) -> None:
    assert [s for _, s, _ in positions(extract(sentence))] == [stance]
