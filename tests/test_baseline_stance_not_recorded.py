"""A claimed change not recorded is denied (the guide: "we do not see any withdrawal" is
`deny`): the verbs of recording and registering beside those of seeing and finding, and what
is not seen named as a movement, a departure or a confirmation. Each in the four
surroundings of the shape matrix, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Latvia said it had recorded no movement of the Russian units away from the border.",
        # (b) a fronted adverbial
        "After the announcement, Estonian Defence Minister Peeter Kask said Estonia had "
        "registered no departure of the troops.",
        # (c) a ministry; a pronoun after a first mention
        "The Lithuanian Defence Ministry said it had seen no confirmation of the reported "
        "pullback.",
        "Latvian President Anna Liepa spoke in Riga. She said Latvia has not recorded any "
        "movement of the units back to their bases.",
        # (d) postposed
        "Our radars have registered no withdrawal of the battalions, Estonian Defence Minister "
        "Peeter Kask said.",
    ],
)
def test_a_change_not_recorded_is_denied(text: str) -> None:
    assert _stances(text) == ["deny"]


def test_the_denial_in_the_second_clause_is_its_own_item() -> None:
    text = "Latvia welcomed the talks but said it had recorded no sign of a pullback."
    assert _stances(text) == ["support", "deny"]


@pytest.mark.parametrize(
    "text",
    [
        "Latvia said it had recorded a movement of the units towards the border.",
        "Latvia said the ministry registered no new cases of the disease.",
    ],
)
def test_records_that_dispute_no_claim_deny_nothing(text: str) -> None:
    assert "deny" not in _stances(text)
