"""A participle clause after a comma ("…, asking Japan to join the sanctions") has the main
clause's subject as its own (a supplementive clause, Quirk et al. 15.58), whatever the main
verb and whoever its object names: its stance cue is that subject's. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract

_TITLE = "Ivan Kral wrote to Kenji Sato"


def _held(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, _TITLE, KYIV).positions]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # (a) plain
        (
            "Slovak President Ivan Kral sent a letter to Prime Minister of Japan Kenji Sato on "
            "Monday, asking Japan to join the sanctions.",
            [("Ivan Kral", "demand")],
        ),
        # (b) after a fronted adverbial
        (
            "On Monday, Slovak President Ivan Kral sent a letter to Prime Minister of Japan "
            "Kenji Sato, urging Japan to join the sanctions.",
            [("Ivan Kral", "demand")],
        ),
        # (c) the subject named again by a pronoun after its first mention
        (
            "Slovak President Ivan Kral spoke in Kyiv. He sent a letter to Prime Minister of "
            "Japan Kenji Sato, calling on Japan to join the sanctions.",
            [("Ivan Kral", "demand")],
        ),
        # (d) the second clause of two
        (
            "Slovak President Ivan Kral condemned the shelling of Kharkiv, and he sent a letter "
            "to Prime Minister of Japan Kenji Sato, asking Japan to join the sanctions.",
            [("Ivan Kral", "accuse"), ("Ivan Kral", "demand")],
        ),
    ],
)
def test_a_participle_clause_is_the_main_subjects(text: str, held: list[tuple[str, str]]) -> None:
    assert _held(text) == held


def test_a_participle_that_is_no_cue_gives_nothing() -> None:
    text = (
        "Slovak President Ivan Kral sent a letter to Prime Minister of Japan Kenji Sato, "
        "describing his visit to the border."
    )
    assert _held(text) == []
