"""A readout's "They agreed to meet on the sidelines of the NATO Summit in Madrid" is the
next occasion of the leaders whose contact the readout reports (not of a vice president's
contact told since, and the gathering beside which they meet is no party); a council named
as the means of a solution is no meeting. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, contacts


def _planned(text: str, source: str | None) -> list[set[str]]:
    return [
        {name.split()[-1] for name in names}
        for names, mode, status in contacts(text, source=source)
        if status == "planned"
    ]


@pytest.mark.parametrize(
    ("text", "source", "pair"),
    [
        # a White House readout, "They" after "The leaders", a vice president's talk between
        (
            "President Biden talked today with President Marek Novak of Slovakia. He "
            "praised Vice President Harris's call with President Novak last Tuesday. The "
            "leaders reaffirmed their backing for Kyiv. They agreed to meet face to face on "
            "the sidelines of the NATO Summit in Vilnius in July.",
            WHITE_HOUSE,
            {"Biden", "Novak"},
        ),
        # a Kyiv readout, "The Presidents", the sidelines
        (
            "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President "
            "of Finland Anna Berg. The Presidents agreed to meet on the sidelines of the "
            "NATO Summit in Madrid in July.",
            KYIV,
            {"Zelenskyy", "Berg"},
        ),
        # plain news, the leaders named by surname, "the two leaders"
        (
            "Prime Minister Elina Markova of Bulgaria spoke by phone with Chancellor Anna "
            "Weber of Austria on Monday. The two leaders agreed to meet on the margins of the "
            "NATO Summit next week.",
            None,
            {"Markova", "Weber"},
        ),
        # a fronted adverbial, a session named instead of a summit
        (
            "President Joseph R. Biden, Jr. spoke today with Prime Minister Elina Markova of "
            "Bulgaria. In closing, they agreed to meet on the margins of the UN General "
            "Assembly session in September.",
            WHITE_HOUSE,
            {"Jr.", "Markova"},
        ),
        # a summit named after a body and its leaders: the body is no party
        (
            "President Joseph R. Biden, Jr. spoke today with Prime Minister Elina Markova of "
            "Bulgaria. They also agreed to meet on the margins of the G7 Leaders\u2019 Summit "
            "in Berlin this spring.",
            WHITE_HOUSE,
            {"Jr.", "Markova"},
        ),
        (
            "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President "
            "of Finland Anna Berg. The Presidents agreed to meet on the sidelines of the "
            "Quad Leaders' Summit in Tokyo in June.",
            KYIV,
            {"Zelenskyy", "Berg"},
        ),
    ],
)
def test_the_leaders_next_meeting(text: str, source: str | None, pair: set[str]) -> None:
    assert pair in _planned(text, source)


def test_a_council_as_the_means_is_no_meeting() -> None:
    text = (
        "The leaders agreed that a diplomatic solution, including through the NATO-Russia "
        "Council, remained the preferred path."
    )
    assert contacts(text, source=WHITE_HOUSE) == []


def test_a_council_with_a_time_is_still_a_meeting() -> None:
    text = (
        "The leaders expressed support for diplomacy, starting next week at NATO through the "
        "NATO-Russia Council."
    )
    assert [{"NATO", "Russia"} == set(names) for names, _, _ in contacts(text)] == [True]
