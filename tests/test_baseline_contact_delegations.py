"""Running talks ("the negotiations", "the next round of talks") told by the delegations
that hold them: each delegation or side named in the sentence is its state's side, and a
side named only in the talks' with-phrase holds them with the speaker's state; in four
surroundings. A side only reporting on a round names no other, and the place of a round
is its venue, not a party. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

from summarise.schema import DiplomaticContact, Quote

_ADDRESS = "Address by the President of Ukraine"


def contacts(
    text: str, title: str = _ADDRESS, source: str = KYIV
) -> list[DiplomaticContact[Quote]]:
    return extract(text, title=title, source=source).diplomatic_contacts


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # plain: the with-phrase's side, and the speaker's state
        ("The negotiations with the Georgian delegation continue.", "held"),
        # a fronted adverbial or subordinate clause
        ("After a pause of a week, the consultations with the Georgian side resumed.", "held"),
        (
            "As the shelling went on, the negotiations with the Georgian delegation continued.",
            "held",
        ),
        # the speaker's side named as its people, the other as its side
        (
            "Our negotiating team is in touch with the Georgian side, and the next round of "
            "talks is scheduled for Friday.",
            "planned",
        ),
        # a postposed source, an inserted one, and one clause of two
        ("The talks with the Georgian delegation will continue next week, he said.", "planned"),
        ("The consultations with the Georgian side, he said, will continue next week.", "planned"),
        (
            "Our delegation returned on Monday, and a third round with the Georgian side is "
            "set for Thursday.",
            "planned",
        ),
    ],
)
def test_running_talks_are_held_by_the_delegations_named(text: str, status: str) -> None:
    (talks,) = contacts(text)
    assert sorted(a.name for a in talks.participants) == ["Georgia", "Ukraine"]
    assert (talks.mode, talks.status) == ("talks", status)


def test_two_delegations_named_in_a_report_are_the_two_sides() -> None:
    (talks,) = contacts(
        "The Azerbaijani side said the second round of talks with the Armenian delegation "
        "had produced nothing.",
        title="Talks in Vienna",
        source="Example News",
    )
    assert [a.name for a in talks.participants] == ["Azerbaijan", "Armenia"]


def test_the_speakers_state_from_a_kremlin_readout() -> None:
    (talks,) = contacts(
        "Vladimir Putin said that the Georgian delegation, judging by the second round in "
        "Armenia, was not ready for a compromise.",
        title="Telephone conversation with the President of Georgia",
        source=KREMLIN,
    )
    # The round's place is its venue: the delegations named come before a host.
    assert [a.name for a in talks.participants] == ["Russia", "Georgia"]
    assert talks.location == "Armenia"


@pytest.mark.parametrize(
    "said",
    [
        "The Georgian side says the second round produced an agreement on prisoners.",
        "According to the Georgian side, the third round ended without a result.",
    ],
)
def test_a_side_reporting_on_a_round_names_no_other(said: str) -> None:
    # A press secretary tells of others' talks: one side named outside the talks'
    # with-phrase makes no talks of the speaker's state.
    text = f"MS. BERG: Good afternoon. {said}"
    title = "Press Briefing by Press Secretary Anna Berg"
    assert contacts(text, title=title, source=WHITE_HOUSE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our soldiers held the line, and the Georgian side says the second round produced nothing.",
        "After the shelling, our soldiers held, and the Georgian side says the third round failed.",
    ],
)
def test_the_speakers_people_other_than_its_delegation_hold_no_talks(text: str) -> None:
    # Look-alike: "our soldiers" are not the speaker's negotiators; without the guard they
    # would be Ukraine's side of talks the Georgian side only reports on.
    assert contacts(text) == []


_CALL = "Vladimir Putin had a telephone conversation with President of Georgia Levan Beridze. "
_READOUT = "Telephone conversation with President of Georgia Levan Beridze"


@pytest.mark.parametrize(
    "text",
    [
        # plain
        "The Russian delegation is still ready to continue the talks with Georgian "
        "representatives.",
        # a fronted adverbial
        "During the conversation, the Russian side said that its delegation was ready for the "
        "next round of talks with the Georgian delegation.",
        # the side named twice, a reporting clause before
        "The Russian side stressed that the Russian delegation stays ready to go on with the "
        "talks with Georgian representatives.",
        # a postposed source
        "The Russian delegation is still ready to continue the negotiations with Georgian "
        "representatives, the Russian side noted.",
    ],
)
def test_a_party_named_only_as_a_side_is_its_state(text: str) -> None:
    call, talks = contacts(_CALL + text, title=_READOUT, source=KREMLIN)
    assert [a.name for a in call.participants] == ["Vladimir Putin", "Levan Beridze"]
    assert [a.name for a in talks.participants] == ["Russia", "Georgia"]
    assert talks.mode == "talks"


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin held talks with President Levan Beridze of Georgia in the Kremlin, and "
        "the Russian side called them useful.",
        "The Russian side said that Vladimir Putin would hold talks with President Levan "
        "Beridze of Georgia.",
    ],
)
def test_a_leader_named_by_name_stays_the_party_beside_his_side(text: str) -> None:
    (talks,) = contacts(text, title="Russian-Georgian talks", source=KREMLIN)
    assert [a.name for a in talks.participants] == ["Vladimir Putin", "Levan Beridze"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # plain
        ("The talks with the Georgian negotiators continue.", "held"),
        # a fronted adverbial
        ("After a pause, the consultations with the Georgian negotiating team resumed.", "held"),
        # the speaker's side named as its delegation, one clause of two
        (
            "Our delegation is in touch with the Georgian negotiators, and the next round of "
            "talks is set for Friday.",
            "planned",
        ),
        # a postposed source
        (
            "The negotiations with the Georgian negotiators will go on next week, he said.",
            "planned",
        ),
    ],
)
def test_a_states_negotiators_are_its_side(text: str, status: str) -> None:
    (talks,) = contacts(text)
    assert sorted(a.name for a in talks.participants) == ["Georgia", "Ukraine"]
    assert (talks.mode, talks.status) == ("talks", status)


@pytest.mark.parametrize(
    "text",
    [
        "The Russian side told the Turkish side that the talks with the Georgian delegation "
        "would continue.",
        "In the call, the Russian side told the Turkish side that the Russian delegation "
        "would continue the talks with the Georgian side.",
    ],
)
def test_a_side_told_of_talks_is_no_third_party(text: str) -> None:
    # Look-alike: the talks have their two sides; a side named elsewhere in the sentence is
    # the one told, not a party (without the guard it was a third).
    (talks,) = contacts(
        text, title="Telephone conversation with the President of Turkey", source=KREMLIN
    )
    assert sorted(a.name for a in talks.participants) == ["Georgia", "Russia"]
