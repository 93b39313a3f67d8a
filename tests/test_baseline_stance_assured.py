"""An assurance takes the side of what it assures: "assured that Denmark stands firmly with
Ukraine" supports Ukraine, "assured him that Russia had no plans to attack" denies (the
guide: stance by content, not by the reporting verb, as for "warned that"); an assurance
whose content takes no side stays a pledge ("assured that Russia would meet its
obligations"). Each in the four surroundings of the shape matrix, with look-alikes.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import stances


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # (a) plain
        (
            "Danish Foreign Minister Lars Holm assured that Denmark stands firmly with Georgia.",
            "support",
        ),
        # (b) a fronted adverbial
        (
            "During the talks, Danish Foreign Minister Lars Holm assured his counterpart of "
            "Denmark's full support for Georgia.",
            "support",
        ),
        # (c) a ministry; a pronoun after a first mention
        (
            "The Belarusian Foreign Ministry assured Vilnius that Belarus had no plans to "
            "attack Lithuania.",
            "deny",
        ),
        (
            "Danish Foreign Minister Lars Holm met his Georgian counterpart in Tbilisi. He "
            "assured him that Denmark stood by Georgia\u2019s sovereignty.",
            "support",
        ),
        # (d) postposed
        (
            "Denmark stands with Georgia, Danish Foreign Minister Lars Holm assured reporters.",
            "support",
        ),
    ],
)
def test_an_assurance_takes_the_side_of_what_it_assures(text: str, stance: str) -> None:
    assert stances(text) == [stance]


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Ivan Petrov assured the Italian Prime Minister that Russia would "
        "go on meeting its gas supply obligations in full.",
        "Danish Foreign Minister Lars Holm assured the Georgian side of the stable work of "
        "the Danish embassy in Tbilisi.",
    ],
)
def test_an_assurance_that_takes_no_side_stays_a_pledge(text: str) -> None:
    assert stances(text) == ["commit"]
