"""A welcome in the conditional of a step still to come asks for it: "She\u2019d welcome a
true pullback", "If Moscow withdraws its battalions under inspection, a pullback of that kind
would be a welcome development" are `demand`. "Welcome" is a `support` cue; said
with "would" of another party's act not yet taken, it is the diplomatic form of a request
(CAMEO 10). What is welcomed already ("welcomed the new sanctions"), a party or people
welcomed ("would welcome NATO troops", "would welcome refugees"), anything at all (a
welcome for whatever lets people leave unharmed, labelled `support` in synthetic3) and
talks or peace, which a welcome favours as a hope does ("would welcome a ceasefire"), stay
support. Four
surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a press secretary's words after a colon, "'d welcome"
        (
            'Press Secretary Jen Psaki said: "He\u2019d welcome a real drawdown, but he is going '
            'to judge Moscow by what it does on the ground."',
            [("Jen Psaki", "demand")],
        ),
        # (b) a condition first, "would be a welcome development", the speaker after the words
        (
            "If Moscow withdraws its battalions under inspection, a pullback of that kind "
            "would be a welcome development, Secretary of State Alan Price said.",
            [("Alan Price", "demand")],
        ),
        # (c) a minister's reported that-clause, a state as subject, measures asked for
        (
            "Foreign Minister Dmytro Kuleba said that Ukraine would welcome any new sanctions "
            "against Russian banks.",
            [("Dmytro Kuleba", "demand")],
        ),
        # (d) a ministry's statement after the words, "would also welcome", a state
        (
            "Lithuania would also welcome a full withdrawal of Russian forces from Belarus, "
            "the Foreign Ministry said in a statement.",
            [("Lithuania", "demand")],
        ),
    ],
)
def test_a_welcome_in_the_conditional_asks(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: a welcome given, a party or people welcomed, peace or anything at
        # all welcomed.
        "Foreign Minister Dmytro Kuleba welcomed the new sanctions against Russian banks.",
        "President Sauli Niinisto said Finland would welcome NATO troops on its territory.",
        "Prime Minister Mateusz Morawiecki said that Poland would welcome refugees from "
        "Ukraine with open arms.",
        "Chancellor Olaf Scholz said that Germany would welcome a ceasefire agreed by both sides.",
        'Press Secretary Jen Psaki said: "We\u2019d welcome anything that gets civilians out '
        'safely."',
    ],
)
def test_a_welcome_given_or_of_a_party_supports(text: str) -> None:
    assert [stance for _, stance in held_stances(text)] == ["support"]
