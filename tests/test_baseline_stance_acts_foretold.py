"""A hostile act or an attempt named as the subject of a prediction foretells what it
would bring about: a warning (the guide: "a predicted consequence is `warn`"), though the
act's noun is an accusation's cue. The act must head the clause's subject and the
prediction be its own predicate. Each in the four surroundings of the shape matrix, with
look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain: a person, "noted that", a modifier before the act
        (
            "Latvian President Anna Ozola noted that further provocations in Donbas could lead "
            "to uncontrolled escalation.",
            [("Anna Ozola", "warn")],
        ),
        # (b) an attempt as the subject, no "that", an adverb after the modal
        (
            "Latvian President Anna Ozola said attempts to drag out the talks would only lead "
            "to additional demands.",
            [("Anna Ozola", "warn")],
        ),
        # (c) the actor as a ministry, "cause"
        (
            "The Finnish Foreign Ministry stressed that repeated violations of Finnish airspace "
            "could cause a dangerous incident.",
            [("Finnish government", "warn")],
        ),
        # (d) a quotation opening with the act, "act of", consequences for someone
        (
            'Lithuanian Defence Minister Rasa Kalnina told reporters: "Any new act of '
            'aggression against Georgia would have severe consequences for the whole region."',
            [("Rasa Kalnina", "warn")],
        ),
    ],
)
def test_hostile_act_foretold_is_a_warning(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The prediction in a relative clause, the act's own predicate after it.
        "Latvian President Anna Ozola said provocations that could lead to a wider war were "
        "taking place in Donbas every day.",
        # The act the object of a verb that heads the subject.
        "Latvian President Anna Ozola said ending the provocations in Donbas would lead to calm.",
        # The act owned by a party: a charge against its owner.
        "Latvian President Anna Ozola said Russia's provocations in Donbas could lead to "
        "uncontrolled escalation.",
    ],
)
def test_act_not_heading_the_prediction_stays_an_accusation(text: str) -> None:
    assert [stance for _, stance in held_stances(text)] == ["accuse"]
