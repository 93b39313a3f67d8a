"""Drawing attention to a hostile act of another party charges it (CAMEO 112; the guide:
stance by content, not by reporting verb): "drew attention to the continuing shelling of
the villages by the separatist forces" is an accusation; "drew attention to the fact that
…" stays a verb of saying, whose clause decides. Each in the four surroundings of the shape
matrix, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # (a) plain
        (
            "Georgian President Nino Beridze drew attention to the continuing shelling of "
            "villages near the border by Russian forces.",
            "continuing shelling of villages near the border by Russian forces",
        ),
        # (b) a fronted adverbial
        (
            "During the call, Georgian President Nino Beridze drew attention to the attacks on "
            "civilians in Abkhazia.",
            "attacks on civilians in Abkhazia",
        ),
        # (c) office only, after a first mention; a ministry
        (
            "Georgian President Nino Beridze spoke with the Turkish President. The Georgian "
            "President also drew his attention to the air strikes on the port of Poti.",
            "air strikes on the port of Poti",
        ),
        (
            "The Georgian Foreign Ministry called attention to the renewed bombardment of the "
            "border villages.",
            "renewed bombardment of the border villages",
        ),
    ],
)
def test_attention_drawn_to_a_hostile_act_is_a_charge(text: str, topic: str) -> None:
    assert [(s, t) for _, s, t in positions(extract(text))][-1:] == [("accuse", topic)]


def test_one_clause_of_two() -> None:
    # (d) the construction as the second clause of a sentence
    text = (
        "Georgian President Nino Beridze thanked Turkey for its support and drew attention to "
        "the shelling of the border villages."
    )
    assert _stances(text) == ["support", "accuse"]


@pytest.mark.parametrize(
    "text",
    [
        "Georgian President Nino Beridze drew attention to the fact that the talks had resumed.",
        "Georgian President Nino Beridze drew attention to the new rail link with Turkey.",
    ],
)
def test_look_alikes_charge_nothing(text: str) -> None:
    assert "accuse" not in _stances(text)
