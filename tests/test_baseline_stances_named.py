"""A party's decision named inside another party's clause is that party's position too
(the guide: `commit` once decided; assistance offered is `support`), beside the clause's own
thanks or welcome. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "decided"),
    [
        (
            "Slovak President Ivan Kral thanked Chancellor Anna Berg for Austria's decision to "
            "close its airspace to Russian aircraft.",
            ("Austria", "commit", "close its airspace to Russian aircraft"),
        ),
        (
            "Slovak President Ivan Kral welcomed Poland's decision to send additional "
            "humanitarian aid to Ukraine.",
            ("Poland", "support", "send additional humanitarian aid to Ukraine"),
        ),
    ],
)
def test_anothers_decision_is_its_own_position_beside_the_thanks(
    sentence: str, decided: tuple[str, str, str]
) -> None:
    found = positions(extract(sentence))
    assert [(h, s) for h, s, _ in found] == [("Ivan Kral", "support"), decided[:2]]
    assert found[1] == decided


def test_ones_own_sides_decision_is_the_clauses_alone() -> None:
    sentence = "Slovak President Ivan Kral welcomed our decision to send aid."
    assert [h for h, _, _ in positions(extract(sentence))] == ["Ivan Kral"]
