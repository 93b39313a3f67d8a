"""Owners told by pronouns: "it" opening a second clause, a contracted first person deciding a
movement, a possessive pronoun bound by its sentence's subject, and "they" right after a
movement standing for its forces. Each in four surroundings (plain, after a fronted
adverbial, the owner named another way, a second clause or a postposed speaker), with a
look-alike that must give nothing. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import MilitaryMovement, Quote


def movements(text: str) -> list[MilitaryMovement[Quote]]:
    return extract(text).military_movements


@pytest.mark.parametrize(
    "text",
    [
        "Spain has gathered 30,000 troops along Portugal's border, and it has moved two"
        " battalions to Andorra.",
        "After the talks, Spain gathered 30,000 troops along Portugal's border, and it moved"
        " two battalions to Andorra.",
        "Our estimate is that Spain has gathered 30,000 troops along Portugal's border, and it"
        " has moved two battalions to Andorra.",
        "Spain has gathered 30,000 troops along Portugal's border, and it is moving two"
        " battalions to Andorra, the minister said.",
    ],
)
def test_a_pronoun_subject_after_and_carries_on_the_movements_owner(text: str) -> None:
    """ "it" opening the second clause is the first clause's subject, not the state named
    in its place ("Portugal's border")."""
    found = movements(text)
    assert [(m.actor.name, m.activity) for m in found] == [("Spain", "mass"), ("Spain", "deploy")]


def test_a_state_named_as_the_second_clauses_subject_owns_its_movement() -> None:
    found = movements(
        "Spain has gathered 30,000 troops along Portugal's border, and Portugal has moved two"
        " battalions to Andorra."
    )
    assert [(m.actor.name, m.activity) for m in found] == [
        ("Spain", "mass"),
        ("Portugal", "deploy"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Today, we\'ve approved the deployment of 300 soldiers to Estonia," Swedish Defence'
            " Minister Ola Berg said.",
            [("300 soldiers", "Estonia")],
        ),
        (
            '"Today, we\'ve approved sending 300 more soldiers to Estonia," Swedish Defence'
            " Minister Ola Berg said.",
            [("300 more soldiers", "Estonia")],
        ),
        (
            "Swedish Defence Minister Ola Berg spoke in Stockholm. \"I've authorized the"
            ' deployment of 300 soldiers to Estonia," he said.',
            [("300 soldiers", "Estonia")],
        ),
        (
            "\"I've authorized the deployment of 300 soldiers to Estonia and I've ordered two"
            ' frigates to the Baltic Sea," Berg, the Swedish defence minister, said.',
            [("300 soldiers", "Estonia"), ("two frigates", "the Baltic Sea")],
        ),
    ],
)
def test_a_contracted_first_person_deciding_a_movement_owns_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "I've authorized the deployment of": the speaker's "I've" is the subject of the
    verb of deciding that governs the movement noun or gerund."""
    found = movements(text)
    assert [(m.actor.name, m.activity, m.forces, m.destination, m.status) for m in found] == [
        ("Sweden", "deploy", forces, where, "planned") for forces, where in expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"Today, we\'ve approved the deployment of a new radar station in Tartu," Swedish'
        " Defence Minister Ola Berg said.",
        '"Today, I\'ve authorized the publication of the report," Swedish Defence Minister Ola'
        " Berg said.",
    ],
)
def test_a_decision_moving_no_forces_gives_none(text: str) -> None:
    assert movements(text) == []


_BEFORE = "Sweden sent 400 soldiers to Latvia in May. "


@pytest.mark.parametrize(
    "text",
    [
        "The Finnish side says its units will return to their bases in September.",
        "After the talks, the Finnish side said its units would return to their bases.",
        "The Finnish side, according to Virta, keeps assuring that its units will return to"
        " their bases.",
        "The Finnish side says its units will return to their bases, and Virta will visit Riga.",
    ],
)
def test_a_possessive_pronoun_is_bound_by_its_sentences_subject(text: str) -> None:
    """ "its units" after "The Finnish side … says" are Finland's, not those of the state
    named last before the sentence (Latvia)."""
    found = [m for m in movements(_BEFORE + text) if m.activity == "withdraw"]
    assert [(m.actor.name, m.forces) for m in found] == [("Finland", "units")]


def test_a_party_named_between_the_subject_and_the_pronoun_keeps_it() -> None:
    found = movements(_BEFORE + "The Finnish side said Latvia would move its units to the border.")
    assert [(m.actor.name, m.forces) for m in found if m.activity == "deploy"][-1] == (
        "Latvia",
        "units",
    )


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        (
            "Norwegian units have arrived in Lithuania. They will return to their bases in May.",
            "Norwegian units",
        ),
        (
            "Norwegian units have arrived in Lithuania. When the exercise is over, they"
            " will return to their permanent bases.",
            "Norwegian units",
        ),
        (
            "Norway's defence minister said 300 soldiers had arrived in Lithuania. They will"
            " return to their bases in May.",
            "300 soldiers",
        ),
        (
            "Norwegian units have arrived in Lithuania. The drills end on Friday, and they will"
            " then return to their bases.",
            "Norwegian units",
        ),
    ],
)
def test_they_after_a_movement_are_its_forces(text: str, forces: str) -> None:
    """ "they" as the subject of a movement verb right after a movement is told stands for
    its forces, and their owner is that movement's."""
    found = [m for m in movements(text) if m.activity == "withdraw"]
    assert [(m.actor.name, m.forces, m.status) for m in found] == [("Norway", forces, "planned")]
    assert found[0].destination is not None
    assert "May" not in found[0].destination


@pytest.mark.parametrize(
    "text",
    [
        "Norway has sent 300 soldiers to Lithuania. They said the move was a mistake.",
        "Norway has sent 300 soldiers to Lithuania. In 2015, they returned to politics.",
    ],
)
def test_they_with_no_movement_verb_moves_nothing_more(text: str) -> None:
    assert [m.activity for m in movements(text)] == ["deploy"]


@pytest.mark.parametrize(
    "text",
    [
        "The visiting diplomats hope they will soon return home.",
        "After the talks, the visiting diplomats hope they will soon return home.",
        "Its diplomats hope they will soon return home.",
        "The diplomats hope they will soon return home, a spokesman said.",
    ],
)
def test_they_inside_a_clause_it_does_not_open_moves_nothing(text: str) -> None:
    # Look-alike: "they" after "hope" does not open its clause, and stands for the
    # diplomats; without the guard it would be the units told before, returning home.
    found = movements("Norwegian units have arrived in Lithuania. " + text)
    assert [m.activity for m in found] == ["deploy"]
