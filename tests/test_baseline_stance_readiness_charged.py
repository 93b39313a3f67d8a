"""Readiness told of another party charges it when the readiness is withheld or its act is
hostile (CAMEO 03's EXPRESS READINESS negated, and CAMEO 112 with the guide's alleged
intent → `accuse`): "Moscow is not willing to negotiate", "has not yet shown readiness to
seek a solution", "they were ready to blow up the dam". Withheld by one's own side, it is a
refusal (`oppose`: "we are not willing to give up a single village"); readiness of one's own
side for a hostile act ("our army is ready to blow up every bridge", "Lithuania is ready
to …" said in Vilnius) is no charge, nor is another party's readiness for anything but a
hostile act.
"""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def _read(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text).positions]


_CHARGE = [("Ona Vaitkute", "accuse")]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain, readiness withheld in three forms
        "Lithuanian Foreign Minister Ona Vaitkute said that Moscow is not willing to negotiate.",
        "Lithuanian Foreign Minister Ona Vaitkute said that Russia has not yet shown "
        "readiness to seek a genuine solution.",
        "Lithuanian Foreign Minister Ona Vaitkute said that the Kremlin shows no willingness "
        "to compromise.",
        # (b) after a fronted adverbial and a subordinate clause
        "On Monday, as the talks stalled, Lithuanian Foreign Minister Ona Vaitkute said that "
        "Russia is not prepared to make any concession.",
        # (c) the surname only after a first mention, and a hostile act readied
        "Lithuanian Foreign Minister Ona Vaitkute spoke in Vilnius. Vaitkute said that the "
        "Russian units were ready to blow up the dam.",
        # (c) the office only, and another act of the class
        "Lithuanian Foreign Minister Ona Vaitkute spoke in Vilnius. The Foreign Minister said "
        "that Belarusian brigades are prepared to storm the border posts.",
    ],
)
def test_readiness_withheld_or_for_harm_told_of_another_party_charges_it(text: str) -> None:
    assert _read(text) == _CHARGE


def test_readiness_withheld_told_by_a_pronoun_or_a_ministry() -> None:
    # (c) a pronoun after a first mention, and a ministry's spokesperson.
    pronoun = (
        "Lithuanian Foreign Minister Ona Vaitkute spoke in Vilnius on Monday. She said that "
        "Moscow is not willing to negotiate."
    )
    ministry = (
        "A spokesperson for the Lithuanian Foreign Ministry said that Moscow has shown no "
        "willingness to negotiate."
    )
    assert _read(pronoun) == _CHARGE
    assert [stance for _, stance in _read(ministry)] == ["accuse"]


def test_readiness_for_harm_quoted_with_a_pronoun_and_postposed() -> None:
    # (d) a quotation with a postposed "…, X said"; "they" stands for the other party.
    text = (
        '"The dam, the bridges, the nuclear power station: they were ready to blow all of it '
        'up," Lithuanian Foreign Minister Ona Vaitkute said.'
    )
    assert _read(text) == _CHARGE


def test_readiness_withheld_as_the_second_clause_of_two() -> None:
    # (d) the second of two coordinated clauses, each with its own stance.
    text = (
        "Lithuanian Foreign Minister Ona Vaitkute said that Vilnius supports the mediation, "
        "but that Moscow is not willing to negotiate."
    )
    assert [stance for _, stance in _read(text)] == ["support", "accuse"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # One's own side withholding readiness refuses: a rejection, not a charge.
        (
            '"We are not willing to give up a single village," Lithuanian Foreign Minister '
            "Ona Vaitkute said.",
            "oppose",
        ),
        # One's own side ready for a hostile act: "our" before it keeps the pledge.
        (
            '"If the invasion comes, our army is ready to blow up every bridge," Lithuanian '
            "Foreign Minister Ona Vaitkute said.",
            "commit",
        ),
    ],
)
def test_ones_own_readiness_is_no_charge(text: str, stance: str) -> None:
    assert _read(text) == [("Ona Vaitkute", stance)]


def test_ones_own_side_named_withholding_readiness_refuses() -> None:
    # The holder's own state named as the subject: a refusal, as "we" would make it.
    text = (
        "Lithuanian Foreign Minister Ona Vaitkute said that Lithuania is unwilling to "
        "compromise on its security."
    )
    assert _read(text) == [("Ona Vaitkute", "oppose")]


def test_ones_own_side_named_ready_for_a_hostile_act_is_no_charge() -> None:
    # The holder's own state named as the subject: its side, so a pledge.
    text = (
        "Lithuanian Foreign Minister Ona Vaitkute said that Lithuania is ready to blow up "
        "every bridge on the border if the invasion comes."
    )
    assert _read(text) == [("Ona Vaitkute", "commit")]


def test_another_partys_readiness_for_no_hostile_act_is_no_charge() -> None:
    text = (
        "Lithuanian Foreign Minister Ona Vaitkute said that Russian engineers were ready to "
        "repair the dam."
    )
    assert "accuse" not in [stance for _, stance in _read(text)]


@pytest.mark.parametrize(
    "text",
    [
        # (a) going on, with an indefinite article
        "Lithuanian Foreign Minister Ona Vaitkute said that the Russian delegation is not "
        "showing a readiness to seek a compromise.",
        # (b) going on, another verb of showing, a determiner
        "Lithuanian Foreign Minister Ona Vaitkute said that Moscow was not demonstrating any "
        "willingness to agree on a ceasefire.",
        # (c) after a fronted clause, a third verb and "the"
        "As the talks stalled, Lithuanian Foreign Minister Ona Vaitkute said that the Kremlin "
        "is not displaying the readiness to take the proposals seriously.",
    ],
)
def test_readiness_withheld_going_on_charges_another_party(text: str) -> None:
    assert _read(text) == _CHARGE


def test_readiness_withheld_going_on_by_ones_own_side_is_no_charge() -> None:
    text = (
        '"We are not showing any readiness to make concessions on this point," Lithuanian '
        "Foreign Minister Ona Vaitkute said."
    )
    assert "accuse" not in [stance for _, stance in _read(text)]
