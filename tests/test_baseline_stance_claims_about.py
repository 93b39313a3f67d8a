"""A claim named with "about" or "of" and judged by a copula after it ("Claims of genocide in
Donbas are lies", "The claims we keep hearing from Moscow about a 'genocide' in the east
are groundless") disputes the claim: the claim's own words
("genocide", "aggression") decide nothing, as for "the claim that … is a fabrication". The
that-clause form was read; "about" and "of" let the content's charge decide (`accuse`).
Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) a foreign minister's quotation first, "of", "lies"
        '"Claims of genocide in Donbas are lies," Foreign Minister Dmytro Kuleba said.',
        # (b) a secretary's words reported after, a possessor before the claim, "false"
        "The Kremlin's allegations of Ukrainian aggression against Donetsk are completely "
        "false, Secretary of State Antony Blinken said.",
        # (c) a spokeswoman's that-clause, another side's reports
        "Foreign Ministry spokeswoman Maria Zakharova said that Western reports of Russian "
        "aggression against Ukraine are lies.",
        # (d) a president's quotation, a relative clause between the noun and "about"
        '"Allegations we keep hearing from Moscow about Ukrainian provocations in Donbas are '
        'pure fabrication," President Volodymyr Zelenskyy said.',
    ],
)
def test_a_claim_about_an_act_judged_false_is_denied(text: str) -> None:
    assert stances(text) == ["deny"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reports judged true, then a demand: the claim is not disputed.
        (
            '"The reports of an attack on Kharkiv are accurate, and the aggression must stop," '
            "Foreign Minister Dmytro Kuleba said.",
            ["demand"],
        ),
        # Reports of an act, then a condemnation: the charge is the speaker's.
        (
            '"The reports of Russian shelling are clear, and we condemn this aggression," '
            "Foreign Minister Dmytro Kuleba said.",
            ["accuse"],
        ),
    ],
)
def test_reports_not_judged_false_are_not_denied(text: str, expected: list[str]) -> None:
    assert stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (a) a minister's that-clause, reports "claiming that" with an undertaking inside
        "Minister Oleh Marchuk said that reports in the Russian press claiming that Kyiv had "
        "agreed to give up Kherson do not correspond to reality.",
        # (b) a spokeswoman's quotation, statements "saying that" with an aim inside
        '"The statements in Western media saying that Russia intends to attack Moldova do not '
        'correspond to the facts," Foreign Ministry spokeswoman Maria Zakharova said.',
        # (c) a president's words reported after, "suggesting that", a negated verb "does"
        "A report suggesting that Ukraine had agreed to withdraw from Donbas does not "
        "correspond to reality, President Volodymyr Zelenskyy said.",
    ],
)
def test_a_claim_told_by_a_participle_and_judged_by_a_negated_verb_is_denied(text: str) -> None:
    assert stances(text) == ["deny"]


def test_a_claim_told_by_a_participle_not_judged_keeps_its_reading() -> None:
    # Reports "claiming that" which the sentence does not judge: no denial.
    text = (
        "Minister Oleh Marchuk said that reports claiming that Kyiv had agreed to the plan "
        "were circulating widely."
    )
    assert "deny" not in stances(text)


def test_a_claim_of_talks_agreed_judged_by_a_negated_verb_is_denied() -> None:
    # "to discuss" inside the claim names no occasion's topics: the judgement stands.
    text = (
        "Minister Oleh Marchuk said that reports claiming that Kyiv had agreed to discuss the "
        "status of Kherson do not correspond to reality."
    )
    assert stances(text) == ["deny"]
