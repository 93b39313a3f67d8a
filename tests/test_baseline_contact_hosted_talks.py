"""A third party's talks placed in a state ("his talks in Moscow") are that party's
contact with the host, not the contact reported before, though the noun is definite; in
four surroundings. The speakers' own next meeting placed somewhere ("our next meeting in
Tallinn") is still theirs. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

_CALL = "President Anna Berg of Latvia spoke today with President Ivo Kask of Estonia. "


@pytest.mark.parametrize(
    "text",
    [
        # plain
        "The leaders discussed Chancellor Jonas Vitkus's talks in Moscow.",
        # a fronted adverbial
        "After the call, the leaders reviewed Chancellor Jonas Vitkus's talks in Moscow.",
        # the owner as a pronoun after a first mention
        "Chancellor Jonas Vitkus returned home on Wednesday. The leaders discussed his talks "
        "in Moscow.",
        # one member of a coordination, with a time adjunct
        "The leaders discussed Chancellor Jonas Vitkus's visit to Kyiv on Sunday and his "
        "talks in Moscow on Monday.",
    ],
)
def test_a_third_partys_talks_in_a_state_are_with_the_host(text: str) -> None:
    contacts = extract(_CALL + text).diplomatic_contacts
    talks = [c for c in contacts if c.mode == "talks"]
    assert [[a.name for a in c.participants] for c in talks] == [["Jonas Vitkus", "Russia"]]
    assert len(contacts[0].evidence) == 1  # not a quote of the call


def test_the_signers_next_meeting_placed_in_one_of_their_states_is_theirs() -> None:
    # Look-alike: "our" meeting is the signers'; without the owner's guard "in Tallinn"
    # made Estonia the host of a meeting of "we" with it.
    met, planned = extract(
        "We, the Presidents of Latvia, Lithuania and Estonia, having met in Riga on 3 May, "
        "call for restraint. We will keep working together in this format of three "
        "and have decided to hold our next meeting in Tallinn in the autumn.",
        title="Joint Statement of the Presidents of Latvia, Lithuania and Estonia",
        source="President of Latvia",
    ).diplomatic_contacts
    assert [a.name for a in planned.participants] == [a.name for a in met.participants]
    assert (planned.status, planned.location) == ("planned", "Tallinn")
