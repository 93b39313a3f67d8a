"""A list of occasions told with the preposition repeated: "I spoke with X and with Y", "with
X, with Y and with Z", "with X, and, separately, with Y". Each with-phrase is an occasion of
its own with the first one's subject, verb and status, as addresses and readouts list the
day's calls; "with X and Y" stays one occasion with both. Four surroundings, and look-alikes
where a with-phrase follows no party or names none of another side. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts

ADDRESS = "Address by President of Ukraine Oleh Bondar"


@pytest.mark.parametrize(
    ("text", "title", "source", "subject"),
    [
        # an address: "I", two titled names, a plain "and with"
        (
            "Today I spoke with Prime Minister Anna Lind of Sweden and with President Marek "
            "Novak of Slovakia.",
            ADDRESS,
            KYIV,
            "Oleh Bondar",
        ),
        # a readout: a named official, a fronted time, "and, separately, with"
        (
            "On Monday, Secretary of State Ellen Marsh spoke with Foreign Minister Anna Lind of "
            "Sweden and, separately, with Foreign Minister Marek Novak of Slovakia.",
            None,
            WHITE_HOUSE,
            "Ellen Marsh",
        ),
        # news: "talked", a postposed source
        (
            "Chancellor Klara Voss of Germany talked with Prime Minister Anna Lind of Sweden "
            "and, separately, with President Marek Novak of Slovakia, her office said.",
            None,
            None,
            "Klara Voss",
        ),
        # a Kremlin text: a noun of the occasion, "had a … conversation with"
        (
            "Vladimir Putin had a telephone conversation with Prime Minister Anna Lind of Sweden "
            "and with President Marek Novak of Slovakia.",
            None,
            KREMLIN,
            "Vladimir Putin",
        ),
    ],
)
def test_each_repeated_with_phrase_is_an_occasion_of_its_own(
    text: str, title: str | None, source: str | None, subject: str
) -> None:
    found = contacts(text, title, source)
    assert [parties for parties, _mode, _status in found] == [
        [subject, "Anna Lind"],
        [subject, "Marek Novak"],
    ]
    assert len({(mode, status) for _parties, mode, status in found}) == 1


def test_a_list_of_three_gives_three_occasions() -> None:
    found = contacts(
        "This morning I spoke with Prime Minister Anna Lind of Sweden, with President Marek "
        "Novak of Slovakia and with Chancellor Klara Voss of Germany.",
        ADDRESS,
        KYIV,
    )
    assert [parties[1:] for parties, _mode, _status in found] == [
        ["Anna Lind"],
        ["Marek Novak"],
        ["Klara Voss"],
    ]


def test_parties_coordinated_inside_one_with_phrase_are_one_occasion() -> None:
    ((parties, _mode, _status),) = contacts(
        "Today I spoke with Prime Minister Anna Lind of Sweden and President Marek Novak of "
        "Slovakia.",
        ADDRESS,
        KYIV,
    )
    assert parties == ["Oleh Bondar", "Anna Lind", "Marek Novak"]


@pytest.mark.parametrize(
    "text",
    [
        # the with-phrase after a format, not after a party
        "Foreign Minister Jan Kral of Czechia held talks with President Anna Berg of Finland, "
        "both in a narrow format and with the delegations of Sweden.",
        # after a topic's state, not a party of the occasion
        "Foreign Minister Jan Kral of Czechia spoke with President Anna Berg of Finland about "
        "trade with Sweden and with Norway.",
        # no party in it
        "Foreign Minister Jan Kral of Czechia met with President Anna Berg of Finland and with "
        "the troops.",
        # a party of the subject's own side: a meeting within one government
        "Foreign Minister Jan Kral of Czechia met with President Anna Berg of Finland and with "
        "Czech Prime Minister Petr Dvorak.",
    ],
)
def test_a_with_phrase_after_no_party_or_of_no_other_side_is_no_occasion(text: str) -> None:
    assert [parties for parties, _mode, _status in contacts(text)] == [["Jan Kral", "Anna Berg"]]
