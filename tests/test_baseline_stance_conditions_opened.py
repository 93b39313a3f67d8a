"""Two ways a condition opens that `[conditions]` missed. An inverted condition after the
conjunction that opens its sentence ("But should Moscow turn to banned weapons, it would pay
dearly") is a condition, as "Should Moscow turn …" is, and no modal of obligation
(`demand`). "Any threat" is a condition like "any attack": a response promised to it with a
measure ("we will meet any threat to our borders with military measures of our own") is the
guide's conditional promise of one's own step, `threaten`, not a measure taken. Four
surroundings each, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a president's statement in a quotation, "But should" and a price
        (
            'President Joe Biden said: "But should Moscow use chemical weapons, it would pay '
            'a severe price."',
            [("Joe Biden", "threaten")],
        ),
        # (b) a readout, "And should" and sanctions
        (
            "Chancellor Maria Lindqvist said that Germany stands with Ukraine. And should the "
            "Russian army cross the border, Germany will impose severe sanctions.",
            [("Germany", "support"), ("Germany", "threaten")],
        ),
        # (c) a ministry, "but should" after a comma, a response with measures
        (
            "The Lithuanian Foreign Ministry said that it hoped for dialogue, but should Minsk "
            "permit an attack from its territory, Lithuania will respond with countermeasures.",
            [("Lithuanian government", "support"), ("Lithuanian government", "threaten")],
        ),
        # (d) the quotation first, "Yet should"
        (
            '"Yet should they try to seize the port, they will face crippling sanctions," '
            "Prime Minister Kaja Kallas said.",
            [("Kaja Kallas", "threaten")],
        ),
    ],
)
def test_an_inverted_condition_after_a_conjunction_is_a_condition(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a leader's remarks, "any threat to its security"
        (
            'President Vladimir Putin said: "Russia will respond to any threat to its '
            'security with adequate countermeasures."',
            [("Vladimir Putin", "threaten")],
        ),
        # (b) a readout, a ministry, "any new threats"
        (
            "The Belarusian Defence Ministry said that Minsk would answer any new threats "
            "from NATO with mirror measures.",
            [("Belarusian government", "threaten")],
        ),
        # (c) a statement's voice, "any such threat"
        (
            "Ukraine will respond to any such threat with sanctions against the entities involved.",
            [("Volodymyr Zelenskyy", "threaten")],
        ),
        # (d) the quotation first, a pronoun subject
        (
            '"We will meet any threat to our allies with tough sanctions," Secretary of State '
            "Antony Blinken said.",
            [("Antony Blinken", "threaten")],
        ),
    ],
)
def test_a_measure_promised_against_any_threat_is_a_threat(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text, title="Statement by President Volodymyr Zelenskyy") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and should" joining a second predicate of one subject: an obligation, no condition.
        (
            'President Joe Biden said: "Russia has massed its forces on the border and should '
            'pull them back now, before it is too late."',
            [("Joe Biden", "demand")],
        ),
        (
            "Foreign Minister Dmytro Kuleba said that Moscow had broken its word and should "
            "withdraw its troops from the border.",
            [("Dmytro Kuleba", "demand")],
        ),
    ],
)
def test_should_joining_a_predicate_stays_an_obligation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Look-alikes: "and should" before a verb, not a subject, is the modal of obligation
    (each fails without the subject the entries ask for after "should")."""
    assert held_stances(text) == expected
