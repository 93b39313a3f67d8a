"""The way to talks kept open by one's own act is an undertaking (the guide's `commit`: x01
"we're keeping the door to diplomacy open", z05 "We are not shutting the door to
negotiations"), where the door only said to be open ("the door to dialogue remains open") is
`support`. The negated closing is no negated support: nothing is opposed. Four surroundings,
with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a person, reported, "keeping … open" with the talks' party named
        (
            "Foreign Minister Ilse Varga said Serbia was keeping the door to dialogue with "
            "Pristina open.",
            [("Ilse Varga", "commit")],
        ),
        # (b) a quotation, first person, the closing negated
        (
            'Prime Minister Lena Aho said: "We are not closing the door to negotiations."',
            [("Lena Aho", "commit")],
        ),
        # (c) a ministry, a state as subject, "on dialogue"; and the contracted negation
        (
            "The Finnish Foreign Ministry said Finland is not closing the door on dialogue.",
            [("Finnish government", "commit")],
        ),
        (
            "The Finnish Foreign Ministry said Finland won't close the door to diplomacy.",
            [("Finnish government", "commit")],
        ),
        # (d) a pronoun after a first mention, "leave … open" in the conditional mood
        (
            "Prime Minister Lena Aho spoke in Helsinki on Monday. She said Finland would leave "
            "the door to talks open.",
            [("Lena Aho", "commit")],
        ),
    ],
)
def test_the_door_kept_open_is_an_undertaking(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The door said to be open, by nobody's act: support.
        (
            "Foreign Minister Ilse Varga said the door to dialogue with Pristina remains open.",
            [("Ilse Varga", "support")],
        ),
        # A door kept shut, and no talks: no undertaking to talk.
        ('Prime Minister Lena Aho said: "We are keeping the door of our embassy closed."', []),
    ],
)
def test_a_door_said_open_or_kept_shut_is_no_undertaking(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Look-alikes: the act of keeping open, or a closing negated, makes the undertaking."""
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Closing the door, not negated.
        "Foreign Minister Ilse Varga said Russia is closing the door to negotiations.",
        # The door to talks kept shut: "keeping" with no "open" after it.
        "Foreign Minister Ilse Varga said Serbia is keeping the door to negotiations with "
        "Pristina firmly shut.",
    ],
)
def test_the_door_closed_is_no_undertaking(text: str) -> None:
    """Look-alikes: a door closed, or kept shut, pledges no talks."""
    assert "commit" not in [stance for _, stance in held_stances(text)]
