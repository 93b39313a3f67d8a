"""An occasion that names its own sides after "between" is a contact of those sides,
whoever the clause around it is about: right after a preposition of time ("made a
statement following the talks between A and B", where a bare "After the summit, …" is only
a time) and past a participle of holding and its time ("the video conference held today
between A and B"). Four surroundings, and look-alikes. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

OTHER_PUBLISHER = "Ministry of Foreign Affairs of Poland (gov.pl)"


def _contacts(text: str, source: str | None) -> list[tuple[set[str], str, str]]:
    return [
        ({p.name for p in c.participants}, c.mode, c.status)
        for c in extract(text, None, source).diplomatic_contacts
    ]


@pytest.mark.parametrize(
    ("text", "source", "sides", "mode"),
    [
        # a Kyiv statement: coordinated adjectives before "delegations", after "following"
        (
            "Deputy minister Oleh Bondar briefed reporters in Gomel following the "
            "fresh round of talks between the Moldovan and Russian delegations, which "
            "ended before noon.",
            KYIV,
            {"Moldova", "Russia"},
            "talks",
        ),
        # a White House fact sheet: a fronted time phrase, a participle and "today"
        (
            "After the video conference held today between President Dana Holt and "
            "Prime Minister Anna Lind of Sweden, the two leaders issued a joint statement.",
            WHITE_HOUSE,
            {"Dana Holt", "Anna Lind"},
            "video_call",
        ),
        # a Kremlin readout: "after", two states named
        (
            "The Kremlin commented on the outcome after the consultations between Russia and "
            "France.",
            KREMLIN,
            {"Russia", "France"},
            "talks",
        ),
        # another publisher: a participle, a dated time, the sides named as ministers
        (
            "The ministry published the communique after the meeting held on 14 March "
            "between Foreign Minister Jan Nowak of Poland and Foreign Minister Rasa Kalnina "
            "of Latvia.",
            OTHER_PUBLISHER,
            {"Jan Nowak", "Rasa Kalnina"},
            "meeting",
        ),
    ],
)
def test_an_occasion_named_between_its_sides_is_a_contact(
    text: str, source: str | None, sides: set[str], mode: str
) -> None:
    found = _contacts(text, source)
    assert any(p >= sides and m == mode and s == "held" for p, m, s in found), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an occasion as a time, its sides named by no "between"
        ("After the summit, President Dana Holt flew home to Denver.", WHITE_HOUSE),
        # "between" after the occasion but of another noun: the gap, not the meeting's sides
        (
            "After the meeting, the minister said the gap between Russia and Ukraine was wide.",
            KREMLIN,
        ),
        # a participle of holding with no "between": still a time
        ("Following the meeting held today, the ministry issued a statement.", KYIV),
    ],
)
def test_an_occasion_as_a_time_without_its_sides_is_none(text: str, source: str | None) -> None:
    assert _contacts(text, source) == []


@pytest.mark.parametrize(
    ("text", "title", "source", "sides"),
    [
        # a joint statement: the fronted occasion, then the statement's own "we"
        (
            "Following the call held today between President Dana Holt and Prime Minister "
            "Anna Lind of Sweden, we are stepping up our cooperation.",
            "Joint Statement by the United States and Sweden on Energy Security",
            WHITE_HOUSE,
            {"Dana Holt", "Anna Lind"},
        ),
        # a Kyiv address: "I" opens the clause after the occasion's sides
        (
            "After the talks between Ukraine and Poland, I signed the decree.",
            "Address by President of Ukraine Oleh Bondar",
            KYIV,
            {"Ukraine", "Poland"},
        ),
    ],
)
def test_the_clause_after_the_sides_adds_no_party(
    text: str, title: str, source: str, sides: set[str]
) -> None:
    found = [
        {p.name for p in c.participants} for c in extract(text, title, source).diplomatic_contacts
    ]
    assert found == [sides], found
