"""A talks transcript's opening: the host's greeting ("I am pleased to welcome you to Moscow")
is the talks' own sitting, not a second, meeting item; an earlier occasion of the two it
recalls is its own held item when a date it reaches dates it ("We last spoke by telephone
two weeks ago", "on the phone just last Monday", "in October, at the informal CSTO
summit"); and "our talks" after the recalled call goes on about the talks. In four
surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract

TALKS_K = "Vladimir Putin held talks in the Kremlin with President of Tajikistan Rustam Nazarov."
TALKS_U = "Volodymyr Zelenskyy held talks in Kyiv with President of Latvia Arturs Berzins."


def _kremlin(host_turn: str, guest_turn: str = "Thank you, Mr President.") -> str:
    return f"{TALKS_K}\n\nVladimir Putin: {host_turn}\n\nRustam Nazarov: {guest_turn}\n"


def _kyiv(host_turn: str, guest_turn: str = "Thank you, Mr President.") -> str:
    return f"{TALKS_U}\n\nVolodymyr Zelenskyy: {host_turn}\n\nArturs Berzins: {guest_turn}\n"


def occasions(text: str, source: str) -> list[tuple[str, str, str | None]]:
    return [
        (c.mode, c.status, c.when)
        for c in extract(text, "Talks with the President", source).diplomatic_contacts
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) the Kremlin's form: a greeting to the host's capital
        (_kremlin("Mr President, dear friends, I am pleased to welcome you to Moscow."), KREMLIN),
        # (b) another publisher, another capital
        (_kyiv("Mr President, I am happy to welcome you to Kyiv."), KYIV),
        # (c) the talks named as negotiations, the greeting to the seat
        (
            "Vladimir Putin held negotiations with President of Tajikistan Rustam Nazarov.\n\n"
            "Vladimir Putin: Let me welcome you to the Kremlin once again.\n\n"
            "Rustam Nazarov: Thank you, Mr President.\n",
            KREMLIN,
        ),
        # (d) the greeting after the address, in a second sentence of the turn
        (_kremlin("Mr President, colleagues. It is a pleasure to welcome you to Moscow."), KREMLIN),
    ],
)
def test_a_hosts_greeting_is_the_talks_own_sitting(text: str, source: str) -> None:
    assert [(mode, status) for mode, status, _ in occasions(text, source)] == [("talks", "held")]


def test_a_meeting_dated_apart_is_another_occasion() -> None:
    # Look-alike: a meeting of the two on a date of its own is not this sitting.
    text = _kremlin(
        "I am pleased to welcome you to Moscow.", "We met in Dushanbe on 3 October, Mr President."
    )
    assert ("meeting", "held", "on 3 October") in occasions(text, KREMLIN)


def test_a_meeting_of_other_sides_stays_its_own() -> None:
    # Look-alike: the foreign ministers' meeting is not the presidents' talks.
    text = (
        f"{TALKS_K} Foreign Minister Sergei Lavrov met with Foreign Minister of Tajikistan "
        "Farid Aminov."
    )
    modes = [mode for mode, _, _ in occasions(text, KREMLIN)]
    assert modes == ["talks", "meeting"]


@pytest.mark.parametrize(
    ("text", "source", "when"),
    [
        # (a) a time counted back from now
        (
            _kremlin("I am glad to see you in Moscow. We last spoke by telephone two weeks ago."),
            KREMLIN,
            "two weeks ago",
        ),
        # (b) a focusing adverb before the date, another publisher
        (
            _kyiv("Welcome to Kyiv. We spoke on the phone just last Monday, but this is better."),
            KYIV,
            "last Monday",
        ),
        # (c) the guest recalls it, "only" before the date
        (
            _kremlin("Welcome to Moscow.", "Thank you. We talked by phone only yesterday."),
            KREMLIN,
            "yesterday",
        ),
        # (d) in a second clause
        (
            _kremlin("It is good to see you, and we last spoke by telephone three days ago."),
            KREMLIN,
            "three days ago",
        ),
    ],
)
def test_an_earlier_call_dated_in_the_transcript_is_its_own(
    text: str, source: str, when: str
) -> None:
    assert ("phone_call", "held", when) in occasions(text, source)


def test_a_focusing_adverb_before_no_date_dates_nothing() -> None:
    # Look-alike: "only" limits the topic, and the date is past the call's reach.
    text = _kremlin("Welcome to Moscow. We spoke on the phone only about energy, as I recall.")
    assert [mode for mode, _, _ in occasions(text, KREMLIN)] == ["talks"]


@pytest.mark.parametrize(
    "recalled",
    [
        # (a) a premodified gathering after the date, the medium told after it
        "We last saw each other in Almaty in October, at the informal CSTO summit, and we "
        "have spoken by phone since.",
        # (b) an earlier conversation placed at the gathering
        "Our previous conversation was in Almaty in October, at the informal CSTO summit.",
        # (c) another gathering's adjective
        "We last saw each other in May, at the extraordinary EAEU summit, and we have talked "
        "by telephone since.",
        # (d) another organisation, a month with its year
        "We last saw each other in Minsk in December 2021, at the informal CIS summit, and "
        "we have spoken by phone since.",
    ],
)
def test_a_date_before_a_premodified_gathering_dates_it(recalled: str) -> None:
    found = occasions(_kremlin(f"Welcome to Moscow. {recalled}"), KREMLIN)
    assert [(mode, status) for mode, status, _ in found] == [("talks", "held"), ("summit", "held")]


def test_a_date_before_the_subject_does_not_date_a_trip() -> None:
    # Look-alike: "On Monday the President flew to …": no preposition opens a noun phrase
    # after the date, so the date is the sentence's, and the trip no earlier occasion of
    # the two.
    text = _kremlin("Welcome to Moscow.", "On Monday the President flew to Sochi.")
    assert [mode for mode, _, _ in occasions(text, KREMLIN)] == ["talks"]


@pytest.mark.parametrize(
    ("guest_turn", "word", "goes_to_talks"),
    [
        # "our talks" after the recalled call go on about the talks
        ("Our talks were substantive and frank.", "substantive", True),
        # Look-alike: a trigger naming the call's own kind goes on about the call.
        ("That call was very useful.", "useful", False),
    ],
)
def test_a_sentence_after_a_recalled_call_goes_on_about_the_contact_it_names(
    guest_turn: str, word: str, goes_to_talks: bool
) -> None:
    text = _kremlin("Welcome to Moscow. We last spoke by telephone two weeks ago.", guest_turn)
    talks, call = extract(text, "Talks", KREMLIN).diplomatic_contacts
    assert any(word in e.quote for e in talks.evidence) is goes_to_talks
    assert any(word in e.quote for e in call.evidence) is not goes_to_talks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held talks, then a meeting of the same two called off (guard: both held)
        (
            "Polish President Marek Nowak held talks with Lithuanian President Jonas Petraitis "
            "in Vilnius. A planned meeting between Nowak and Petraitis in Warsaw was called off.",
            [("talks", "held"), ("meeting", "cancelled")],
        ),
        # the other way round: a meeting held, talks cancelled
        (
            "Polish President Marek Nowak met Lithuanian President Jonas Petraitis in Vilnius. "
            "Talks between Nowak and Petraitis in Warsaw were cancelled.",
            [("meeting", "held"), ("talks", "cancelled")],
        ),
        # two occasions ahead in two cities
        (
            "Polish President Marek Nowak will hold talks with Lithuanian President Jonas "
            "Petraitis in Vilnius. Nowak is also due to meet Petraitis in Warsaw.",
            [("talks", "planned"), ("meeting", "planned")],
        ),
    ],
)
def test_talks_and_a_meeting_not_both_held_are_two_occasions(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Look-alike: only talks and a meeting both held are one sitting; one held and one
    called off, or two ahead, are told apart by their status or place."""
    found = extract(text).diplomatic_contacts
    assert [(c.mode, c.status) for c in found] == expected
