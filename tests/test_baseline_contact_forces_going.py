"""Forces going somewhere, seen by a person: "We see NATO troops arriving in Poland". A
going verb's -ing participle right after a noun of forces has that noun as its subject (a
verb of perception's object and its participle, Quirk et al. 16.52), so it is a movement
told, not a visit of the clause's person; so does a finite one in a relative or reported
clause ("Nowak, whose troops arrived in Vilnius, …"). In four surroundings, with
look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, contacts

TALKS_K = "Vladimir Putin held talks with President of Kazakhstan Nurlan Abenov."
TALKS_U = "Volodymyr Zelenskyy met with President of Poland Andrzej Duda."


def _kremlin(turn: str) -> str:
    return f"{TALKS_K}\n\nVladimir Putin: {turn}\n\nNurlan Abenov: Thank you, Mr President.\n"


def _kyiv(turn: str) -> str:
    return f"{TALKS_U}\n\nVolodymyr Zelenskyy: {turn}\n\nAndrzej Duda: Thank you, Mr President.\n"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a transcript turn's "we", a verb of perception in the present
        (_kremlin("We see the NATO units arriving in Estonia every week."), KREMLIN),
        # (b) "I" and a past verb of perception, bare plural forces
        (_kremlin("I saw American soldiers arriving in Riga by the hundred."), KREMLIN),
        # (c) another publisher, another going verb, a perfect
        (_kyiv("We have watched Russian battalions heading to Minsk for weeks."), KYIV),
        # (d) another publisher, forces named by their arm, flying
        (_kyiv("We see Russian paratroopers flying to Belarus every night."), KYIV),
    ],
)
def test_forces_going_seen_by_a_person_are_no_visit(text: str, source: str) -> None:
    assert all(mode != "visit" for _, mode, _ in contacts(text, "Talks", source))


def test_a_person_going_after_forces_named_is_a_visit() -> None:
    # Look-alike: the forces are named, but the one arriving is the President.
    text = "After inspecting the troops, President Andrzej Duda is arriving in Vilnius today."
    assert "visit" in [mode for _, mode, _ in contacts(text, "Statement", KYIV)]


def test_a_person_arriving_with_forces_is_a_visit() -> None:
    # Look-alike: forces named after the going verb go with the person who goes.
    text = "President Andrzej Duda is arriving in Vilnius with the troops on Monday."
    assert "visit" in [mode for _, mode, _ in contacts(text, "Statement", KYIV)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a news text, a relative "whose" between the person and the forces' verb
        (
            "Polish President Marek Nowak, whose troops arrived in Vilnius on Monday, met "
            "Lithuanian President Jonas Petraitis.",
            None,
        ),
        # (b) a transcript turn's "our", the speaker told of after
        (
            "I am glad that our troops arrived in Vilnius, Polish President Marek Nowak told "
            "Lithuanian President Jonas Petraitis.",
            None,
        ),
        # (c) a reported clause after "told reporters", a possessive, flying
        (
            "German Chancellor Otto Weber told reporters that his paratroopers flew to "
            "Vilnius overnight.",
            None,
        ),
        # (d) a relative "whose" before talks, another going verb
        (
            "Polish President Marek Nowak, whose paratroopers flew to Vilnius overnight, held "
            "talks with Lithuanian President Jonas Petraitis.",
            None,
        ),
    ],
)
def test_forces_going_in_a_clause_of_their_own_are_no_visit(text: str, source: str | None) -> None:
    assert all(mode != "visit" for _, mode, _ in contacts(text, "Talks", source))


def test_a_person_and_his_forces_going_is_a_visit() -> None:
    # Look-alike: forces coordinated with the person go with him (guard: "and his").
    text = "Polish President Marek Nowak and his troops arrived in Vilnius on Monday."
    assert "visit" in [mode for _, mode, _ in contacts(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a readout: a relative "that" and a perfect after the forces, a person told
        (
            "Volodymyr Zelenskyy informed President Andrzej Duda about the Russian battalions "
            "that have arrived in Belarus over recent weeks.",
            KYIV,
        ),
        # (b) another publisher, "which" and a pluperfect
        (
            "Vladimir Putin drew the Chancellor's attention to the NATO troops which had "
            "arrived in Estonia over the weekend.",
            KREMLIN,
        ),
        # (c) supplies named by a list, "the first of which", a future
        (
            "President Andrzej Duda said he had approved a package of anti-tank systems, "
            "ammunition and military equipment, the first of which will reach Kyiv next "
            "week.",
            None,
        ),
        # (d) a reported clause whose subject is weapons, auxiliaries only
        (
            "Volodymyr Zelenskyy told President Andrzej Duda that the second batch of Javelin "
            "systems had already arrived in Ukraine.",
            KYIV,
        ),
    ],
)
def test_forces_or_supplies_going_in_a_finite_clause_are_no_visit(
    text: str, source: str | None
) -> None:
    assert all(mode != "visit" for _, mode, _ in contacts(text, "Statement", source))


def test_a_person_going_after_a_relative_about_forces_is_a_visit() -> None:
    # Look-alike: forces in a relative clause of their own, then the person's own going verb:
    # only auxiliaries may stand between the forces and the verb they are the subject of.
    text = (
        "President Andrzej Duda, after inspecting the troops that he had sent, arrived in "
        "Vilnius on Monday."
    )
    assert "visit" in [mode for _, mode, _ in contacts(text, "Statement", KYIV)]
