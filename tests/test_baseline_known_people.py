"""People the vocabulary knows (``actors.toml``'s ``[[person]]``), named bare or by a
spelling no title places: "Alexander Lukashenko and I agreed", "I said the same thing to
Zelensky", "his conversation with Volodymyr Zelenskyy". The name is a person of the listed
state, a party to contacts and an antecedent of "he"; a name the vocabulary does not know,
or a listed surname with another first name, stays unknown. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

from summarise.actors import known_person


def _contacts(text: str, title: str, source: str) -> list[list[tuple[str, str | None]]]:
    return [
        sorted((p.name, p.country) for p in c.participants)
        for c in extract(text, title, source).diplomatic_contacts
    ]


@pytest.mark.parametrize(
    ("text", "title", "source", "other"),
    [
        # (a) a Kremlin transcript, a full name with no title, "X and I"
        (
            "Vladimir Putin: The units stay until autumn, as Alexander Lukashenko and I "
            "decided when we talked by phone on Sunday.\n",
            "Meeting with Security Council members",
            KREMLIN,
            ("Alexander Lukashenko", "Belarus"),
        ),
        # (b) another publisher and party: a Kyiv readout, a bare surname
        (
            "Today I had a phone conversation with Lukashenka about the situation on the border.",
            "Address by the President of Ukraine",
            KYIV,
            ("Lukashenka", "Belarus"),
        ),
        # (c) a White House text, another spelling of the name
        (
            "The President spoke by phone with Volodymyr Zelensky this morning about further "
            "security assistance.",
            "Readout of President Biden's call",
            WHITE_HOUSE,
            ("Volodymyr Zelensky", "Ukraine"),
        ),
        # (d) another shape: the known person opens the sentence as its subject
        (
            "Erdogan met with the President in Ankara on Tuesday to discuss grain exports.",
            "Readout of the meeting",
            WHITE_HOUSE,
            ("Erdogan", "Turkey"),
        ),
    ],
)
def test_a_known_person_is_a_party(
    text: str, title: str, source: str, other: tuple[str, str]
) -> None:
    found = _contacts(text, title, source)
    assert any(other in parties for parties in found)


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # a name the vocabulary does not know stays unknown
        (
            "Vladimir Putin: The decision is in line with what Ivan Petrenko and I agreed when "
            "we spoke by telephone on Monday.\n",
            "Meeting with Security Council members",
            KREMLIN,
        ),
        # a listed surname with another first name is no one the vocabulary knows
        (
            "Today I had a phone conversation with Ivan Lukashenko about the situation on the "
            "border.",
            "Address by the President of Ukraine",
            KYIV,
        ),
    ],
)
def test_an_unknown_name_stays_unknown(text: str, title: str, source: str) -> None:
    assert not any(
        country in ("Belarus", "Russia")
        for parties in _contacts(text, title, source)
        for name, country in parties
        if name != "Vladimir Putin"
    )


def test_spellings_and_first_names() -> None:
    assert known_person("Vladimir Zelensky") is not None
    assert known_person("Sergey Lavrov") is not None
    assert known_person("Ivan Putin") is None
    assert known_person("Johnson") is None  # a surname many people share is not listed bare


@pytest.mark.parametrize(
    ("text", "title", "source", "other"),
    [
        # a White House readout: the head of an alliance, named bare
        (
            "The President spoke with Stoltenberg this morning about the alliance's eastern flank.",
            "Readout of President Biden's call",
            WHITE_HOUSE,
            ("Stoltenberg", "NATO"),
        ),
        # a Kyiv address: the head of the UN, named bare
        (
            "Today I spoke with Guterres about humanitarian corridors from the besieged cities.",
            "Address by the President of Ukraine",
            KYIV,
            ("Guterres", "UN"),
        ),
        # a Kremlin transcript: a full name, the head of another body
        (
            "Vladimir Putin: Yesterday I discussed this with Charles Michel by telephone.\n",
            "Meeting with Security Council members",
            KREMLIN,
            ("Charles Michel", "EU"),
        ),
    ],
)
def test_an_international_official_is_a_party_of_his_body(
    text: str, title: str, source: str, other: tuple[str, str]
) -> None:
    found = _contacts(text, title, source)
    assert any(other in parties for parties in found), found


def test_calls_of_other_people_of_the_same_states_stay_two() -> None:
    found = _contacts(
        "The President spoke with Zelenskyy on Monday evening, and Secretary Blinken spoke "
        "with Kuleba this morning.",
        "Readout of the calls",
        WHITE_HOUSE,
    )
    assert len(found) == 2


def test_one_call_told_twice_with_a_spelling_apart_stays_one() -> None:
    found = _contacts(
        "President Biden spoke by phone with President Zelenskyy this morning. In the call, "
        "Biden told Zelensky that more assistance is on its way.",
        "Readout of the call",
        WHITE_HOUSE,
    )
    assert len(found) == 1


def test_a_concern_shared_is_the_sharers_too() -> None:
    held = [
        (p.holder.name, p.stance)
        for p in extract(
            "We share Zelenskyy's concern over the safety of civilians along the line of contact.",
            "Statement by Press Secretary Jen Psaki",
            WHITE_HOUSE,
        ).positions
    ]
    assert ("United States", "concern") in held


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Oleksii Danilov", "Ukraine"),
        ("Danilov", "Ukraine"),
        ("Mette Frederiksen", "Denmark"),
        ("Sergey Naryshkin", "Russia"),
        ("Ingrida Simonyte", "Lithuania"),
        ("Nicolas Maduro", "Venezuela"),
        # officials of international bodies are of the body they speak for, as labelled
        ("Stoltenberg", "NATO"),
        ("Antonio Guterres", "UN"),
        ("von der Leyen", "EU"),
        ("Rafael Grossi", "IAEA"),
        # spokespeople, commanders and governors the governments' own texts name
        ("Serhiy Nykyforov", "Ukraine"),
        ("Mizintsev", "Russia"),
        ("Peter Szijjarto", "Hungary"),
        ("Pushilin", "Donetsk People's Republic"),
        # the governors of the border regions, on both sides
        ("Roman Starovoit", "Russia"),
        ("Viacheslav Chaus", "Ukraine"),
    ],
)
def test_people_of_the_period_by_the_spellings_texts_use(name: str, country: str) -> None:
    listed = known_person(name)
    assert listed is not None
    assert listed.country == country


@pytest.mark.parametrize(
    "name",
    # a surname that is also a word, or that many people share, is not listed bare; a
    # listed surname with another first name is no one
    ["Price", "Martin", "Marin", "Sullivan", "Ivan Danilov", "Khan", "Power", "Klitschko"],
)
def test_shared_surnames_and_words_stay_unknown(name: str) -> None:
    assert known_person(name) is None


@pytest.mark.parametrize(
    ("text", "title", "source", "speaker"),
    [
        # (a) a Kyiv transcript, a full name as the turn's label
        (
            "Mette Frederiksen: We will do everything to protect our neighbours.",
            "Press conference following the talks",
            KYIV,
            "Mette Frederiksen",
        ),
        # (b) a White House transcript, another party
        (
            "Naftali Bennett: We will do everything to keep the channel open.",
            "Remarks before the meeting",
            WHITE_HOUSE,
            "Naftali Bennett",
        ),
        # (c) a Kremlin transcript, another spelling of the name
        (
            "Sadyr Zhaparov: We will do everything to protect our economies.",
            "Press statements following the talks",
            KREMLIN,
            "Sadyr Zhaparov",
        ),
    ],
)
def test_a_listed_person_speaking_untitled_holds_positions(
    text: str, title: str, source: str, speaker: str
) -> None:
    assert (speaker, "commit") in [
        (p.holder.name, p.stance) for p in extract(text, title, source).positions
    ]


def test_an_unlisted_untitled_speaker_is_a_journalist() -> None:
    # look-alike: a name neither titled nor listed is a journalist's, whose turn holds nothing
    held = [
        p.holder.name
        for p in extract(
            "Vladimir Putin: Good afternoon, colleagues.\n\nIvan Petrenko: We will do "
            "everything to protect our economies.\n",
            "Press statements following the talks",
            KREMLIN,
        ).positions
    ]
    assert "Ivan Petrenko" not in held
