"""Sanctions named with the party that took them, in a relative clause after the noun, are
that party's `commit` (``measure_takers``; round 22, stance22b: suite-dev p15, suite-check
p20, synthetic9 z08). Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions


def _takers(text: str, source: str | None) -> list[tuple[str, str, str]]:
    return [p for p in positions(extract(text, None, source)) if p[1] == "commit"]


@pytest.mark.parametrize(
    ("text", "source", "held"),
    [
        # (a) White House readout, a contact clause with "has", the taker a state
        (
            "The President also updated Chancellor Scholz on the sanctions the United "
            "Kingdom has imposed on Russian banks.",
            WHITE_HOUSE,
            (
                "United Kingdom",
                "commit",
                "the sanctions the United Kingdom has imposed on Russian banks",
            ),
        ),
        # (b) Kyiv, a passive participle with its agent, welcomed by the speaker
        (
            "We are grateful for the sanctions approved by Canada.",
            KYIV,
            ("Canada", "commit", "the sanctions approved by Canada"),
        ),
        # (c) news, two takers joined by "and" (the group named as the text names them), a
        # bare past, a list after it
        (
            "The ministers reviewed the sanctions Japan and the European Union adopted last week "
            "and the state of the grain corridor.",
            None,
            (
                "Japan and European Union",
                "commit",
                "the sanctions Japan and the European Union adopted last week",
            ),
        ),
        # (d) Kremlin, "that" opening the clause, a body as the taker
        (
            "The talks touched on the new package of sanctions that the European Union "
            "introduced on Monday.",
            KREMLIN,
            (
                "EU",
                "commit",
                "the new package of sanctions that the European Union introduced on Monday",
            ),
        ),
    ],
)
def test_sanctions_named_with_their_taker_are_the_takers_commitment(
    text: str, source: str | None, held: tuple[str, str, str]
) -> None:
    assert held in positions(extract(text, None, source))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the sentence charges the measure: the speaker's charge, no taker's item
        (
            "Russia will keep supporting Belarus in the face of the sanctions imposed by "
            "Poland, which we consider illegitimate.",
            KREMLIN,
        ),
        # a warning of what the measure will do: the speaker's warning, no taker's item
        (
            "Hungary warned that the sanctions adopted by the European Union would raise "
            "energy prices.",
            None,
        ),
        # a pronoun as the taker: whose measure is not named
        ("The ministers reviewed the sanctions they have imposed on Russian banks.", None),
        # the party named after the noun is what the sanctions hit, not who took them
        ("The ministers reviewed the sanctions Russia has faced since March.", None),
        # measures that are no penalty: not the noun of sanctions
        (
            "The President spoke of the measures taken by the Russian side to ensure the "
            "safety of civilians.",
            KREMLIN,
        ),
    ],
)
def test_sanctions_without_a_named_taker_or_judged_are_no_takers_item(
    text: str, source: str | None
) -> None:
    """Look-alikes: a judged measure, a pronoun taker, a party that bears them, and
    measures of another kind."""
    assert _takers(text, source) == []


@pytest.mark.parametrize(
    ("text", "source", "taker"),
    [
        # (a) Kremlin, the speaker tells the other side's measure, "has imposed"
        (
            "As you know, the United States has imposed a new package of sanctions against "
            "our banks.",
            KREMLIN,
            "United States",
        ),
        # (b) White House, a body's ministers as the subject, a bare past
        (
            "This morning, the European Union's finance ministers adopted their own "
            "sanctions against Russian oligarchs.",
            WHITE_HOUSE,
            "EU",
        ),
        # (c) Kyiv, a state, "have already approved"
        (
            "We are grateful to our partners: Canada has already approved sanctions against "
            "the Russian central bank.",
            KYIV,
            "Canada",
        ),
        # (d) news, reported speech, "introduced"
        (
            "Foreign Minister Dmytro Kuleba said that Japan introduced sanctions against "
            "Russian banks on Friday.",
            None,
            "Japan",
        ),
    ],
)
def test_another_party_taking_sanctions_as_subject_is_its_commitment(
    text: str, source: str | None, taker: str
) -> None:
    assert (taker, "commit") in [(h, s) for h, s, _ in positions(extract(text, None, source))]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a taking supposed: "if"
        (
            "If the United States imposed sanctions against our banks, we would respond.",
            KREMLIN,
        ),
        # judged before the measure ends: the speaker's charge
        (
            "Illegally, the United States has imposed sanctions against our banks.",
            KREMLIN,
        ),
    ],
)
def test_a_taking_supposed_or_charged_is_no_takers_commitment(
    text: str, source: str | None
) -> None:
    """Look-alikes: a condition, and a charge before the measure."""
    found = [(h, s) for h, s, _ in positions(extract(text, None, source))]
    assert ("United States", "commit") not in found
