"""Harm foretold with a modal is a warning (the guide: a predicted consequence is `warn`):
the whole class of verbs of harm a step may do to others ("could trigger a famine", "might
hurt the economies"), and a risk run, said with the verb ("risks being cut off"). Each in
the four surroundings of the shape matrix, with look-alikes that foretell no harm.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Latvia said the blockade of the ports could trigger a famine in the region.",
        "Moldova said it risks being cut off from gas supplies within days.",
        # (b) a fronted adverbial
        "After the talks, Estonian Foreign Minister Mart Kask said the closure of the straits "
        "might hurt the economies of Europe.",
        # (c) the actor as a ministry, and as a pronoun after a first mention
        "The Finnish Foreign Ministry said the new missile deployments would fuel an arms race "
        "in Europe.",
        "Finnish President Aino Virtanen met reporters in Helsinki. She said the fighting might "
        "damage the grain harvest of the whole region.",
        # (d) postposed, and one clause of two
        "The fighting could worsen the humanitarian crisis, Danish Prime Minister Lars Holm said.",
    ],
)
def test_harm_foretold_is_a_warning(text: str) -> None:
    assert _stances(text) == ["warn"]


def test_harm_foretold_as_the_second_clause_is_its_own_warning() -> None:
    text = "Norway condemned the shelling of the city and said it could endanger the nuclear plant."
    assert _stances(text) == ["accuse", "warn"]


@pytest.mark.parametrize(
    "text",
    [
        # A modal with no harm in its verb.
        "Sweden said the aid would reach the cities within days.",
        "Poland said the convoys could pass through the corridor on Tuesday.",
        # One's own force promised is no forecast of harm.
        "Latvian Defence Minister Ilze Berzina said Latvia will hit back at any aggressor.",
    ],
)
def test_modals_without_harm_foretell_none(text: str) -> None:
    assert "warn" not in _stances(text)
