"""Whose punitive measure: a threat or commitment is the holder's own act (the guide: "a
conditional promise of one's own punitive action is `threaten`"); another party's measure
foretold is a warning. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian President Ivan Petrov said the United States will impose new sanctions anyway.",
        "Former British ambassador John Smith said NATO is ready to impose severe sanctions.",
        "Russian President Ivan Petrov said that if Kyiv attacks, the United States will "
        "impose sanctions on Russia.",
    ],
)
def test_another_partys_measure_foretold_is_a_warning(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "warn"


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        (
            "Polish President Adam Lis said Poland is ready to impose sanctions if Russia invades.",
            "threaten",
        ),
        # The party that must face the measure is its target, not its agent.
        (
            "Polish President Adam Lis said that if Russia invades, it will face severe costs.",
            "threaten",
        ),
        # A condition's subject is not the agent; "we" before it is.
        (
            "As we have said, if Russia were to attack, there would be severe consequences, "
            "Polish President Adam Lis said.",
            "threaten",
        ),
        ("Polish President Adam Lis said Poland is imposing sanctions on Russian banks.", "commit"),
        # Designating (listing for sanctions) in each of its forms.
        ("Polish President Adam Lis said Poland is designating four Belarusian firms.", "commit"),
        # "we" anywhere in the agent's stretch is the speaker's side.
        (
            "Polish President Adam Lis said we, as well as our partners in Europe, imposed "
            "severe measures on Russian banks.",
            "commit",
        ),
    ],
)
def test_the_holders_own_measure_keeps_its_stance(sentence: str, stance: str) -> None:
    found = positions(extract(sentence))
    assert [s for _, s, _ in found][:1] == [stance]
