"""Readiness for talks is support for diplomacy, not a pledge of one's own act: the guide
labels "there is always room for diplomacy" support, and a commitment is a promise to act
("ready to send a delegation"). Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            "Finnish President Anna Lind said Finland is ready for talks with Russia at any time.",
            "talks with Russia at any time",
        ),
        (
            "Polish Foreign Minister Adam Lis noted Poland's readiness to hold a meeting of "
            "the foreign ministers in Warsaw.",
            "hold a meeting of the foreign ministers in Warsaw",
        ),
        (
            "Turkish President Ali Demir said Turkey remains prepared to engage in diplomacy "
            "with both sides.",
            "engage in diplomacy with both sides",
        ),
        (
            "Swedish Prime Minister Eva Berg said Sweden is open to dialogue with Moscow.",
            "dialogue with Moscow",
        ),
        (
            "Austrian Chancellor Karl Huber said Austria is willing to take part in "
            "negotiations on the crisis.",
            "take part in negotiations on the crisis",
        ),
        (
            "Norwegian Foreign Minister Per Dahl said Norway stands ready to engage in "
            "dialogue on European security.",
            "engage in dialogue on European security",
        ),
        (
            "Hungarian President Laszlo Szabo said Hungary was prepared for consultations "
            "on the ceasefire.",
            "consultations on the ceasefire",
        ),
    ],
)
def test_readiness_for_talks_supports_them(sentence: str, topic: str) -> None:
    ((_, stance, found),) = positions(extract(sentence))
    assert (stance, found) == ("support", topic)


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # Readiness for an act of one's own stays a pledge.
        (
            "Russian President Ivan Petrov said he was ready to send a delegation to Gomel.",
            "commit",
        ),
        # A measure held ready is still a threat.
        ("Polish President Adam Lis said Poland is prepared to impose new sanctions.", "threaten"),
        # "for when" stays a condition after "prepared": a measure kept for it is a threat.
        (
            "Polish President Adam Lis said new sanctions are being prepared for when the "
            "first Russian soldier crosses the border.",
            "threaten",
        ),
    ],
)
def test_readiness_to_act_is_not_talks(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance
