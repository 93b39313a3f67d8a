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
            "to an uncontrolled escalation.",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a modifier opening the sentence, the reporting clause after
        (
            "Further provocations could lead to escalation, the Kremlin warned.",
            [("Russian government", "warn")],
        ),
        # (b) a person reporting, "new" before the act, a place after it
        (
            "New violations of the ceasefire would lead to a wider war, Latvian President "
            "Anna Ozola said.",
            [("Anna Ozola", "warn")],
        ),
        # (c) an attempt, in quotation marks, a ministry
        (
            '"Renewed attempts to drag out the talks would only lead to new demands," the '
            "Finnish Foreign Ministry said.",
            [("Finnish government", "warn")],
        ),
        # (d) a sentence after another, "cause"
        (
            "Talks resumed on Monday. Further provocations on the border could cause a "
            "dangerous incident, Lithuanian Defence Minister Rasa Kalnina said.",
            [("Rasa Kalnina", "warn")],
        ),
    ],
)
def test_act_opening_the_sentence_foretold_is_a_warning(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A modifier opening the sentence has the sentence's capital, not a name's."""
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a party's people as the modifier, its name as the possessor, its seat, its alliance
        "Russian provocations could lead to escalation, Kyiv warned.",
        "Russia's provocations could lead to escalation, the Ukrainian government warned.",
        "Kremlin provocations could lead to escalation, Latvian President Anna Ozola said.",
        "NATO provocations could lead to escalation, the Kremlin warned.",
        # a person's possessive
        "Lukashenko's provocations could lead to escalation, Lithuanian Defence Minister "
        "Rasa Kalnina said.",
    ],
)
def test_party_opening_the_sentence_stays_an_accusation(text: str) -> None:
    """Look-alike: a capital that names a party, or a possessor, charges it."""
    assert [stance for _, stance in held_stances(text)] == ["accuse"]
