"""A contact told in a subject relative clause after a person the main clause met or called
is that person's occasion, not the main subject's: "spoke with X, who recently held talks
with Y" is X's talks with Y; "X, who briefed him on his call with Y" is X's call. When the
relative clause names no side beyond the main contact ("met X, who arrived in Kyiv on a
visit"), it is the same occasion and no second item. In four surroundings, with look-alikes.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts, extract


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a readout of another publisher: light verb and adverb in the relative clause
        (
            "Later that day, the President of Ukraine held a phone conversation with President of "
            "Estonia Kaarel Tamm, who recently held talks with the Hungarian leader in "
            "Budapest.",
            KYIV,
            ("Kaarel Tamm", "Prime Minister of Hungary", "talks"),
        ),
        # (b) a White House briefing, a verb of informing on "his" occasion
        (
            "President Biden spoke by phone this afternoon with Prime Minister Elina Markova of "
            "Bulgaria, who briefed him on her phone call with President Marek Novak of "
            "Slovakia on Monday.",
            WHITE_HOUSE,
            ("Elina Markova", "Marek Novak", "phone_call"),
        ),
        # (c) a Kremlin text, the named person by surname and office; "had" as light verb
        (
            "Vladimir Putin met with Prime Minister of Armenia Aram Sargsyan, who earlier had "
            "a meeting with the President of Kazakhstan.",
            KREMLIN,
            ("Aram Sargsyan", "President of Kazakhstan", "meeting"),
        ),
        # (d) a sentence opened by a time phrase, the occasion told with "informed … about"
        (
            "On Friday, the Chancellor of Austria received Prime Minister Jonas Lind of "
            "Sweden, who informed her about his talks with the Lithuanian President.",
            None,
            ("Jonas Lind", "President of Lithuania", "talks"),
        ),
    ],
)
def test_a_relative_clause_tells_its_antecedents_occasion(
    text: str, source: str | None, expected: tuple[str, str, str]
) -> None:
    found = contacts(text, source=source)
    first, second, mode = expected
    assert ([first, second], mode, "held") in found
    # The main subject is not made a party of the occasion told in the relative clause.
    assert all(not (second in names and first not in names) for names, _, _ in found)


def test_a_visit_told_in_a_relative_clause_is_the_meeting_itself() -> None:
    # Look-alike: the relative clause names no side beyond those of the meeting.
    assert contacts(
        "President Marek Novak of Slovakia met Prime Minister Elina Markova of Bulgaria, who "
        "arrived in Slovakia on a working visit."
    ) == [(["Marek Novak", "Elina Markova"], "meeting", "held")]


def test_a_relative_clause_of_a_verb_not_of_holding_is_no_occasion_of_the_antecedent() -> None:
    # Look-alike: "who welcomed the talks": the antecedent's stance on talks, not its talks;
    # the relative gap takes auxiliaries, adverbs and light verbs only.
    found = contacts(
        "President Marek Novak of Slovakia spoke with Prime Minister Elina Markova of "
        "Bulgaria, who welcomed the talks with Hungary."
    )
    assert all(names[:1] != ["Elina Markova"] or "Hungary" not in names for names, _, _ in found)


@pytest.mark.parametrize(
    ("text", "source", "visitors", "host"),
    [
        # (a) a Kyiv readout, two ministers of two states
        (
            "President of Ukraine Volodymyr Zelenskyy met in Lviv with Minister of Foreign "
            "Affairs of Belgium Jan Peeters and Minister of Foreign Affairs of Austria Klara "
            "Voss, who came to Ukraine on a joint visit.",
            KYIV,
            ["Jan Peeters", "Klara Voss"],
            "Ukraine",
        ),
        # (b) a White House text, three listed visitors by office and name
        (
            "President Biden met with Prime Minister Elina Markova of Bulgaria, Prime Minister "
            "Jonas Lind of Sweden and President Marek Novak of Slovakia, who came to Washington "
            "on a joint visit.",
            WHITE_HOUSE,
            ["Elina Markova", "Jonas Lind", "Marek Novak"],
            "United States",
        ),
        # (c) a Kremlin text, "received", the visitors joined by "and" alone
        (
            "Vladimir Putin received President of Kazakhstan Aidar Nurlanov and President of "
            "Kyrgyzstan Bakyt Osmonov, who came to Moscow on a working visit.",
            KREMLIN,
            ["Aidar Nurlanov", "Bakyt Osmonov"],
            "Russia",
        ),
        # (d) a news item opened by a time phrase, with a postposed source
        (
            "On Monday, Chancellor Klara Voss of Austria met Prime Minister Elina Markova of "
            "Bulgaria and Prime Minister Jonas Lind of Sweden, who arrived in Vienna on a joint "
            "visit, her office said.",
            None,
            ["Elina Markova", "Jonas Lind"],
            "Austria",
        ),
    ],
)
def test_several_listed_visitors_make_a_visit_of_their_own(
    text: str, source: str | None, visitors: list[str], host: str
) -> None:
    found = contacts(text, source=source)
    assert ([*visitors, host], "visit", "held") in found
    # The meeting with the host is still the sentence's first contact.
    assert found[0][1] == "meeting"


def test_several_visitors_arriving_with_no_visit_named_make_no_visit() -> None:
    # Look-alike: "who arrived … together today" tells the arrival for the meeting; the
    # clause names no visit, so the meeting is the only occasion.
    assert contacts(
        "President of Ukraine Volodymyr Zelenskyy met in Kyiv with Minister of Foreign Affairs "
        "of Belgium Jan Peeters and Minister of Foreign Affairs of Austria Klara Voss, who "
        "arrived in Ukraine together today.",
        source=KYIV,
    ) == [(["Volodymyr Zelenskyy", "Jan Peeters", "Klara Voss"], "meeting", "held")]


def test_the_occasion_of_a_relative_clause_is_quoted_by_its_clause() -> None:
    # The quote is the relative clause, not the sentence whose main clause is the meeting.
    draft = extract(
        "Later that day, the President of Ukraine held a phone conversation with "
        "President of Estonia "
        "Kaarel Tamm, who recently held talks with the Hungarian leader in Budapest, and "
        "thanked him for his support.",
        None,
        KYIV,
    )
    talks = [c for c in draft.diplomatic_contacts if c.mode == "talks"]
    assert [e.quote for c in talks for e in c.evidence] == [
        "who recently held talks with the Hungarian leader in Budapest"
    ]
