"""An imperative asking for aid is a demand (CAMEO 02, appeal for material aid; the
imperative mood is a request): "give us the aircraft", "then send us air defence systems",
"Please, help us". The verb must open its clause: "they will give us", "it would help us"
and "promised to send us" ask nothing. Each in the four surroundings of the shape matrix,
with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract, positions


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # (a) plain
        (
            "Moldovan President Ana Rusu said: \u201cGive us the weapons to defend our "
            "cities.\u201d",
            "weapons to defend our cities",
        ),
        # (b) a subordinate clause before it
        (
            "Moldovan President Ana Rusu said: \u201cIf the sky stays open, then send us "
            "the air defence systems.\u201d",
            "air defence systems",
        ),
        # (c) a pronoun after a first mention; a ministry
        (
            "Moldovan President Ana Rusu spoke to the European Parliament. She said: \u201cPlease, "
            "help us to stop this war.\u201d",
            "stop this war",
        ),
        (
            "The Moldovan Foreign Ministry said: \u201cSell us the aircraft we need to protect "
            "our skies.\u201d",
            "aircraft we need to protect our skies",
        ),
        # (d) postposed
        (
            "\u201cGive us the missiles to defend our borders,\u201d Moldovan President Ana Rusu "
            "said.",
            "missiles to defend our borders",
        ),
    ],
)
def test_an_imperative_asking_for_aid_is_a_demand(text: str, topic: str) -> None:
    assert [(s, t) for _, s, t in positions(extract(text))] == [("demand", topic)]


def test_an_imperative_in_a_leaders_own_address() -> None:
    # One clause of two, in the document's voice of a leader's address.
    text = (
        "We are holding every city. If you cannot close the skies, give us the aircraft, and we "
        "will close it ourselves."
    )
    draft = extract(text, title="Address by the President of Ukraine", source=KYIV)
    assert [s for _, s, _ in positions(draft)][:1] == ["demand"]


@pytest.mark.parametrize(
    "text",
    [
        "Moldovan President Ana Rusu said Romania will give us the missiles next week.",
        "Moldovan President Ana Rusu said the new bridge would help us rebuild the economy.",
        "Moldovan President Ana Rusu said Poland promised to send us weapons.",
    ],
)
def test_look_alikes_ask_nothing(text: str) -> None:
    assert "demand" not in [s for _, s, _ in positions(extract(text))]
