"""A person the vocabulary lists whom neither a title nor the document's frame placed is of
the vocabulary's state: "President Nauseda" in a White House readout, "Chancellor Scholz" in
a Kyiv address, "Mr Lukashenka" in a Kyiv one. The text did not say so, so "the Russian
side" is still the state and not the one Russian the vocabulary placed; a name the
vocabulary does not list stays stateless, and a text of no state's is left to its titles; a
state's name alone before a name (a longer title cut at "to") gives way to the vocabulary's
state. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

from summarise.extraction.backends.baseline.people import Registry
from summarise.extraction.backends.baseline.titles import read_title


def _participants(text: str, title: str, source: str | None) -> list[tuple[str, str | None]]:
    return [
        (p.name, p.country)
        for c in extract(text, title, source).diplomatic_contacts
        for p in c.participants
    ]


def _holders(text: str, source: str | None = None) -> list[tuple[str, str | None]]:
    return [(p.holder.name, p.holder.country) for p in extract(text, None, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "other"),
    [
        # (a) a White House readout: a foreign head of state titled by office alone
        (
            "President Biden spoke today with President Nauseda about the deployment of "
            "additional forces to the Baltic states.",
            "Readout of President Biden's call",
            WHITE_HOUSE,
            ("Nauseda", "Lithuania"),
        ),
        # (b) a Kyiv address: another office, another state
        (
            "Today I had a phone call with Chancellor Scholz about the sanctions against "
            "Russian banks.",
            "Address by the President of Ukraine",
            KYIV,
            ("Scholz", "Germany"),
        ),
        # (c) a Kremlin text: an office the publisher's state also has, held abroad
        (
            "Vladimir Putin had a telephone conversation with Prime Minister Kishida at the "
            "Japanese side's initiative.",
            "Telephone conversation",
            KREMLIN,
            ("Kishida", "Japan"),
        ),
        # (d) a Kyiv address: an honorific, which leaves whose he is to the text
        (
            "Today I had a phone conversation with Mr Lukashenka about the situation on the "
            "border.",
            "Address by the President of Ukraine",
            KYIV,
            ("Lukashenka", "Belarus"),
        ),
    ],
)
def test_a_listed_person_no_title_placed_is_of_the_vocabulary_s_state(
    text: str, title: str, source: str | None, other: tuple[str, str]
) -> None:
    assert other in _participants(text, title, source)


def test_a_spokesperson_in_a_text_of_no_state_is_their_own_voice() -> None:
    # look-alike: a news text has no frame to place a spokesperson titled by office alone;
    # placed, she would speak for her state and her name be lost as the holder
    held = _holders('Press Secretary Jen Psaki said: "We will keep our embassy open."')
    assert ("Jen Psaki", None) in held


def test_an_unlisted_titled_person_stays_stateless() -> None:
    # look-alike: the vocabulary does not know the name, so no state is guessed for it
    found = _participants(
        "President Biden spoke today with President Ivan Petrenko about the deployment of "
        "additional forces.",
        "Readout of President Biden's call",
        WHITE_HOUSE,
    )
    assert ("Ivan Petrenko", None) in found


def test_the_side_of_a_state_is_the_state_not_the_person_the_vocabulary_placed() -> None:
    # look-alike: "President Putin" now has Russia's state, but the text did not title him
    # of Russia, so "the Russian side" is not he
    held = _holders(
        "President Putin has a choice to make. The Russian side has so far rejected every "
        "proposal for de-escalation.",
        WHITE_HOUSE,
    )
    assert held
    assert all(holder == ("Russia", "Russia") for holder in held)


@pytest.mark.parametrize(
    ("name", "cut", "country"),
    [
        # "Ambassador of Germany to Ukraine Anka Feldhusen": the run after "to" reads
        # "Ukraine" as the title; the state is where she serves, the vocabulary's is hers
        ("Anka Feldhusen", "Ukraine", "Germany"),
        ("Zbigniew Rau", "Lithuania", "Poland"),
        # look-alike: a name the vocabulary does not list keeps the state before it
        ("Ivan Petrenko", "Lithuania", "Lithuania"),
    ],
)
def test_a_state_s_name_alone_before_a_listed_name_gives_way(
    name: str, cut: str, country: str
) -> None:
    person = Registry().add(name, read_title(cut), 0)
    assert person.country == country


def test_a_title_with_an_office_and_a_state_is_not_overruled() -> None:
    # look-alike: a title naming an office and a state is the text's word on the person
    person = Registry().add("Zbigniew Rau", read_title("Foreign Minister of Lithuania"), 0)
    assert person.country == "Lithuania"
