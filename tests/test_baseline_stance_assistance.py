"""Assistance offered to a party takes its side: the guide labels "security or humanitarian
assistance offered" `support`, though "will continue to provide" and "ready to" read as a
pledge. A pledge of one's own act without the help stays `commit`. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    "sentence",
    [
        "Dutch Prime Minister Jan Smit said the Netherlands will continue to provide Moldova "
        "with medical and financial assistance.",
        "Belgian Foreign Minister Els Peeters said Belgium is providing 20 million euros in "
        "emergency aid to Georgia.",
        "Irish President Sean Byrne said Ireland continues to provide humanitarian help to "
        "displaced families.",
        "Czech Prime Minister Pavel Novak said the Czech Republic stands ready to welcome "
        "refugees from the east.",
    ],
)
def test_assistance_offered_is_support(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "support"


@pytest.mark.parametrize(
    "sentence",
    [
        # What is provided is not help: a pledge.
        "Dutch Prime Minister Jan Smit said the Netherlands will continue to provide "
        "updates to its partners.",
        # Readiness to act, but not to take people in.
        "Czech Prime Minister Pavel Novak said the Czech Republic stands ready to close "
        "its airspace.",
    ],
)
def test_other_pledges_stay_commitments(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance != "support"


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain, a modal future of giving
        "Norway will also provide a loan of 300 million euros to support the economy of Moldova.",
        # (b) a fronted adverbial; help increased
        "After the meeting, Danish Prime Minister Lars Holm said Denmark would double its "
        "humanitarian aid to the people of Georgia.",
        # (c) a ministry, and a pronoun after a first mention
        "The Swedish Foreign Ministry said Sweden will allocate 40 million euros in budget "
        "support to Moldova.",
        "Finnish President Aino Virtanen met the Moldovan President in Helsinki. She said "
        "Finland would increase its financial aid to Moldova.",
        # (d) postposed
        "Belgium will grant emergency aid to the displaced families, Belgian Foreign Minister "
        "Els Peeters said.",
    ],
)
def test_help_promised_with_a_modal_is_support(text: str) -> None:
    assert [stance for _, stance, _ in positions(extract(text))] == ["support"]


def test_help_promised_in_a_second_clause_is_its_own_support() -> None:
    text = (
        "Austria condemned the shelling of the city and said it would send medical supplies "
        "to the hospital."
    )
    assert [stance for _, stance, _ in positions(extract(text))] == ["accuse", "support"]


@pytest.mark.parametrize(
    "text",
    [
        # What is promised is no help.
        "Norway will also provide updates to its partners on the talks.",
        "Denmark would double its troops in Estonia, Danish Prime Minister Lars Holm said.",
    ],
)
def test_modal_giving_of_no_help_is_no_support(text: str) -> None:
    assert "support" not in [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) help carried on by a verb of bringing it there, the progressive
        "Dutch Prime Minister Jan Smit said the Netherlands is continuing to deliver "
        "humanitarian aid to Moldova.",
        # (b) "keep" and a gerund, after a fronted adverbial
        "On Monday, Belgian Foreign Minister Els Peeters said Belgium will keep sending "
        "medical supplies to Georgia.",
        # (c) what a party needs to defend itself, whatever it is (postposed reporter)
        "Norway will continue to provide Moldova with the equipment it needs to defend "
        "itself, Norwegian Prime Minister Erik Lund said.",
    ],
)
def test_help_carried_on_by_a_verb_of_bringing_is_support(text: str) -> None:
    assert [stance for _, stance, _ in positions(extract(text))] == ["support"]


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: what is carried on or brought is no help.
        "Dutch Prime Minister Jan Smit said the Netherlands is continuing to deliver on its "
        "promises to its partners.",
        "Belgian Foreign Minister Els Peeters said Belgium will keep sending observers to "
        "the border.",
    ],
)
def test_other_things_carried_on_are_no_help(text: str) -> None:
    assert "support" not in [stance for _, stance, _ in positions(extract(text))]
