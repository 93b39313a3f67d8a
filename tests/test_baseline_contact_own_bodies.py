"""Each side's own body named by "our" in what two leaders say of their exchange ("we agreed
that our governments would consult", "our defence ministers will meet", "the
next meeting of our foreign ministers"): the contact is between each side's government or
office, not the leaders who agreed on it, nor the state whose city hosts it. In four
surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, contacts

CALL_K = "Yesterday I had a telephone conversation with President of Armenia Aram Petrosyan."
CALL_U = "Today I spoke with President of Latvia Arturs Berzins."


@pytest.mark.parametrize(
    ("text", "source", "parties"),
    [
        # (a) an address after a call: "our governments" subject of a reported plan
        (
            f"{CALL_K} We agreed that our governments would hold consultations in Yerevan "
            "next week on rail freight.",
            KREMLIN,
            ["Russian government", "Armenian government"],
        ),
        # (b) a transcript turn, the pair the speaker and the one spoken to
        (
            "Vladimir Putin held talks with President of Uzbekistan Bakhtiyor Sobirov.\n\n"
            "Vladimir Putin: Mr President, I suggest that we instruct our governments to hold "
            "the next meeting of the joint commission in Samarkand in May.\n\n"
            "Bakhtiyor Sobirov: Thank you, I agree.\n",
            KREMLIN,
            ["Russian government", "Uzbek government"],
        ),
        # (c) another publisher, an office each side has
        (
            f"{CALL_U} Our defence ministers will meet in Riga next week.",
            KYIV,
            ["Defence Minister of Ukraine", "Defence Minister of Latvia"],
        ),
        # (d) the body after the trigger it owns
        (
            f"{CALL_U} We agreed to hold the next meeting of our foreign ministers in Riga in May.",
            KYIV,
            ["Foreign Minister of Ukraine", "Foreign Minister of Latvia"],
        ),
    ],
)
def test_our_bodies_are_each_sides_own(text: str, source: str, parties: list[str]) -> None:
    found = contacts(text, "Conversation", source)
    assert sorted(parties) in [sorted(names) for names, _, _ in found]


def test_bare_ministers_name_no_office() -> None:
    # Look-alike: "our ministers" names no office each side has one of.
    found = contacts(f"{CALL_U} Our ministers will meet in Riga next week.", "Call", KYIV)
    assert not any("Minister of Latvia" in name for names, _, _ in found for name in names)


def test_our_bodies_not_the_triggers_subject() -> None:
    # Look-alike: "our governments" supporting others' talks: neither their subject nor
    # their of-phrase.
    text = f"{CALL_K} Our governments support the talks between Baku and Yerevan."
    found = contacts(text, "Conversation", KREMLIN)
    assert all("Armenian government" not in names for names, _, _ in found)


def test_our_bodies_after_an_exchange_of_two_other_states() -> None:
    # Look-alike: the contact before is between two other states, so "our" is the
    # publisher's own, not theirs.
    text = (
        "President of Poland Marek Nowicki spoke with President of Latvia Arturs Berzins. "
        "Our defence ministers will meet in Brussels next week."
    )
    found = contacts(text, "Statement", KYIV)
    assert not any("Minister of Latvia" in name for names, _, _ in found for name in names)


@pytest.mark.parametrize(
    "text",
    [
        # a third party of no state in the call before, an office each side has
        "Today I spoke with President of Latvia Arturs Berzins and NATO Secretary General "
        "Jens Holm. Our defence ministers will meet in Riga next week.",
        # "our governments", the third party named first
        "Today I spoke with NATO Secretary General Jens Holm and President of Latvia Arturs "
        "Berzins. Our governments will hold consultations in Riga next week.",
    ],
)
def test_our_bodies_after_an_exchange_of_three(text: str) -> None:
    # Look-alike: three sides in the exchange (guard: two sides), so "our" is not two
    # states' bodies.
    found = contacts(text, "Conversation", KYIV)
    assert not any(
        "Minister of Latvia" in name or name == "Latvian government"
        for names, _, _ in found
        for name in names
    )
