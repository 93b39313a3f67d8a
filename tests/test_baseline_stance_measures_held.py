"""A measure promised on a condition or held ready is a threat (the guide: punitive
measures are `threaten` while they are a warning; CAMEO 13, PLOVER's SANCTION and
RETALIATE): the whole class of measures named by a noun (countermeasures, an embargo,
tariffs, a measured or mirror response), a step that "will be met with" one, and a measure
prepared. Each construction in the four surroundings of the shape matrix, with look-alikes.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain: a measure noun on a condition; a step met with a measure
        "Belarus said it would be forced to take countermeasures if NATO moved troops to the "
        "border.",
        "Belarus said any embargo on Belarusian potash will be met with a like closure of "
        "its ports.",
        # (b) a fronted adverbial
        "After the vote, the Belarusian Foreign Ministry said Minsk would impose an embargo on "
        "Lithuanian goods if Vilnius closed the border.",
        # (c) a pronoun after a first mention; a measure prepared
        "Belarusian President Pavel Lukin met reporters in Minsk. He said Belarus would prepare "
        "a measured response to the new sanctions.",
        # (d) postposed
        "Any further Lithuanian provocation will be met with tough countermeasures, Belarusian "
        "Foreign Minister Ivan Rudak said.",
    ],
)
def test_a_measure_held_ready_is_a_threat(text: str) -> None:
    assert _stances(text) == ["threaten"]


def test_the_threat_as_the_second_clause_is_its_own_item() -> None:
    text = (
        "Belarus condemned the decision and said any new sanctions would be met with a "
        "reciprocal response."
    )
    assert _stances(text) == ["accuse", "threaten"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Asking a party to prepare is the asking.
        ("Belarus called on the European Union to prepare new sanctions on Lithuania.", "demand"),
        # Another's measures judged, and an event met with applause, threaten nothing.
        ("Belarus said the countermeasures adopted by Lithuania were a mistake.", "other"),
        ("Lithuania said the meeting was met with applause.", "other"),
    ],
)
def test_look_alikes_threaten_nothing(text: str, stance: str) -> None:
    assert _stances(text) == [stance]
