"""A measure of a kind that punishes no one ("humanitarian measures", "confidence-building
measures") is no punitive measure: readied, taken or held ready it is no threat, in four
surroundings; punitive measures named plainly stay threats. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, stances


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # plain news, a relative clause readying the measures
        (
            "Foreign Minister Anna Berg of Finland described the confidence-building measures "
            "we have worked out with Russia.",
            None,
        ),
        # another publisher and party (a Kremlin text), held ready
        (
            "Foreign Minister Sergei Lavrov said Russia was prepared to take de-escalation "
            "measures on the border.",
            KREMLIN,
        ),
        # the actor named by honorific and surname, a quotation readying them
        (
            'President Marek Novak of Slovakia visited Kosice. Mr Novak said: "We have '
            'prepared humanitarian measures for the people of Kharkiv."',
            None,
        ),
        # a fronted adverbial, a Kyiv text, a support kind held ready
        (
            "On Tuesday, Minister of Foreign Affairs of Ukraine Oleh Marchenko said Ukraine "
            "stands ready to take further security measures at the nuclear plant.",
            KYIV,
        ),
        (
            "Prime Minister Elina Markova said the humanitarian measures we have prepared "
            "would reach Kharkiv next week.",
            None,
        ),
    ],
)
def test_a_measure_that_punishes_no_one_is_no_threat(text: str, source: str | None) -> None:
    assert "threaten" not in stances(text, source=source)


@pytest.mark.parametrize(
    "text",
    [
        'Mr Novak said: "We have prepared measures against Russia."',
        "Prime Minister Elina Markova said the measures we have prepared would hit Russia hard.",
        "Prime Minister Elina Markova said Bulgaria was prepared to take restrictive measures.",
    ],
)
def test_punitive_measures_named_plainly_stay_threats(text: str) -> None:
    assert stances(text) == ["threaten"]
