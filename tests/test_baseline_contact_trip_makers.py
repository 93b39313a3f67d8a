"""A trip made for a contact in a clause after the sentence's own subject ("He noted that
the minister would be in Bucharest next month to meet with his Romanian counterpart") is the
traveller's contact, not the reporter's: the clause's subject is the one before the trip,
when only the trip (a going verb or BE + place, a short time phrase, the purpose
infinitive) lies between it and the contact verb. In four surroundings, with look-alikes
whose contact verb has a subject of its own. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

from summarise.schema import DiplomaticContact, Quote


def contacts(text: str, source: str | None = None) -> list[DiplomaticContact[Quote]]:
    return extract(text, source=source).diplomatic_contacts


@pytest.mark.parametrize(
    ("text", "source", "sides"),
    [
        (
            "President Aram Petrosyan of Armenia noted that Defence Minister Jana Horvat of "
            "Croatia would be in Bucharest next month to meet with her Romanian counterpart.",
            WHITE_HOUSE,
            {"Jana Horvat", "Romania"},
        ),
        (
            "The Kremlin said that Foreign Minister Jan Kowal of Poland would fly to Ankara on "
            "Monday to hold talks with Foreign Minister Giorgi Beridze of Georgia.",
            KREMLIN,
            {"Jan Kowal", "Giorgi Beridze"},
        ),
        (
            "The ministry announced that Defence Minister Jana Horvat would go to Vienna later "
            "this month to meet her Austrian counterpart.",
            None,
            {"Jana Horvat", "Austria"},
        ),
        (
            "Foreign Minister Jan Kowal of Poland spoke with President Aram Petrosyan of "
            "Armenia yesterday, and Foreign Minister Jana Horvat of Croatia will be in Riga on "
            "Thursday to meet Prime Minister Giorgi Beridze of Georgia.",
            None,
            {"Jana Horvat", "Giorgi Beridze"},
        ),
    ],
)
def test_a_trip_made_for_a_contact_in_a_later_clause_is_the_travellers(
    text: str, source: str | None, sides: set[str]
) -> None:
    found = [{a.name for a in c.participants} for c in contacts(text, source)]
    assert sides in found


@pytest.mark.parametrize(
    ("text", "sides", "not_sides"),
    [
        # The contact verb has its own subject after the trip's clause.
        (
            "The ministry said Defence Minister Jana Horvat would travel to Bucharest next "
            "week and that President Aram Petrosyan would meet Prime Minister Giorgi Beridze "
            "in Madrid in June.",
            {"Aram Petrosyan", "Giorgi Beridze"},
            {"Jana Horvat", "Giorgi Beridze"},
        ),
        # The trip comes after the contact verb: the sentence's subject meets.
        (
            "President Aram Petrosyan will meet with Prime Minister Giorgi Beridze in Warsaw "
            "after Defence Minister Jana Horvat travels to Bucharest next week.",
            {"Aram Petrosyan", "Giorgi Beridze"},
            {"Jana Horvat", "Giorgi Beridze"},
        ),
        # The sentence's own subject makes the trip, reported by a pronoun: still theirs.
        (
            "President Aram Petrosyan said he would fly to Riga on Friday to meet Prime "
            "Minister Giorgi Beridze.",
            {"Aram Petrosyan", "Giorgi Beridze"},
            {"Riga", "Giorgi Beridze"},
        ),
    ],
)
def test_a_contact_verb_with_a_subject_of_its_own_is_not_the_travellers(
    text: str, sides: set[str] | None, not_sides: set[str]
) -> None:
    found = [{a.name for a in c.participants} for c in contacts(text)]
    assert not_sides not in found
    if sides is not None:
        assert sides in found


@pytest.mark.parametrize(
    ("text", "source", "sides"),
    [
        # (a) a news text, "attend talks with"
        (
            "President Aram Petrosyan said that Foreign Minister Jan Kowal of Poland would "
            "travel to Warsaw next week to attend talks with Foreign Minister Giorgi Beridze "
            "of Georgia.",
            None,
            {"Jan Kowal", "Giorgi Beridze"},
        ),
        # (b) a Kremlin text, "prepare for the talks"
        (
            "The Kremlin said that Foreign Minister Jan Kowal of Poland would fly to Ankara on "
            "Monday to prepare for the talks with Foreign Minister Giorgi Beridze of Georgia.",
            KREMLIN,
            {"Jan Kowal", "Giorgi Beridze"},
        ),
        # (c) a White House text, "take part in", BE + place
        (
            "President Aram Petrosyan of Armenia noted that Defence Minister Jana Horvat of "
            "Croatia would be in Bucharest next week to take part in talks with Prime Minister "
            "Giorgi Beridze of Georgia.",
            WHITE_HOUSE,
            {"Jana Horvat", "Giorgi Beridze"},
        ),
        # (d) a second coordinated clause, "join the meeting"
        (
            "Foreign Minister Jan Kowal of Poland spoke with President Aram Petrosyan of "
            "Armenia yesterday, and Foreign Minister Jana Horvat of Croatia will go to Riga on "
            "Thursday to join the meeting with Prime Minister Giorgi Beridze of Georgia.",
            None,
            {"Jana Horvat", "Giorgi Beridze"},
        ),
    ],
)
def test_a_trip_made_to_take_part_in_a_contact_is_the_travellers(
    text: str, source: str | None, sides: set[str]
) -> None:
    found = [{a.name for a in c.participants} for c in contacts(text, source)]
    assert sides in found


def test_a_contact_told_after_another_purpose_is_not_the_travellers() -> None:
    # Look-alike: the purpose is to see how talks go (guard: nothing but the trip and
    # taking part between the traveller and the contact), so the talks are not his.
    text = (
        "President Aram Petrosyan said that Foreign Minister Jan Kowal of Poland would travel "
        "to Warsaw next week to see how the talks with Georgia were going."
    )
    found = [{a.name for a in c.participants} for c in contacts(text)]
    assert {"Jan Kowal", "Georgia"} not in found
