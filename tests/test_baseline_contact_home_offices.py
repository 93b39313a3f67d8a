"""An office of a government named with no country in a state's own document is the
publisher's: "The Vice President will have a bilateral meeting with the Prime Minister X" in a
White House briefing is the Vice President of the United States meeting X. Only offices a
state's text names of its own government (grammar.toml home_offices), not a head of state
or government ("the President" resolves already) nor a minister a readout may give the
other side. In four surroundings, with look-alikes. Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, contacts

_DOWNING_STREET = "Prime Minister's Office, 10 Downing Street"


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a briefing: a meeting ahead
        (
            "The Vice President will hold a bilateral meeting with Prime Minister Lena Holm "
            "of Sweden on Saturday in Munich.",
            "Press Briefing by Press Secretary Anna Reed",
            WHITE_HOUSE,
            ["Vice President of the United States", "Lena Holm"],
        ),
        # (b) a background call: a trip made for a meeting, an office written with "of"
        (
            "The Secretary of State will travel to Berlin on Saturday for a meeting with "
            "Foreign Minister Otto Weber of Germany.",
            "Background Press Call by Senior Administration Officials",
            WHITE_HOUSE,
            ["Secretary of State of the United States", "Otto Weber"],
        ),
        # (c) a fronted time, a deputy's office, a verb of meeting
        (
            "Tomorrow, the Deputy Secretary of State will meet President Jonas Petraitis of "
            "Lithuania in Vilnius.",
            "Statement",
            WHITE_HOUSE,
            ["Deputy Secretary of State of the United States", "Jonas Petraitis"],
        ),
        # (d) another publisher and its office
        (
            "The Defence Secretary will meet Defence Minister Jan Nowak of Poland in Warsaw on "
            "Friday.",
            "Statement",
            _DOWNING_STREET,
            ["Defence Secretary of the United Kingdom", "Jan Nowak"],
        ),
    ],
)
def test_an_office_named_with_no_country_is_the_publishers(
    text: str, title: str, source: str, expected: list[str]
) -> None:
    assert [sides for sides, _, _ in contacts(text, title, source)] == [expected]


def test_in_a_news_text_the_office_stays_unresolved() -> None:
    # Look-alike: no publisher of a state, no home to give the office.
    text = (
        "The Vice President will hold a bilateral meeting with Prime Minister Lena Holm of "
        "Sweden on Saturday in Munich."
    )
    assert contacts(text) == []


def test_a_minister_with_no_country_is_not_the_publishers() -> None:
    # Look-alike: "the Foreign Minister" in a readout may be the other side's.
    text = (
        "The Foreign Minister will hold a bilateral meeting with Prime Minister Lena Holm of "
        "Sweden on Saturday in Munich."
    )
    assert contacts(text, "Readout", WHITE_HOUSE) == []


def test_an_office_as_owner_is_not_resolved_by_its_home() -> None:
    # Look-alike: "the Secretary of State's" owns what follows; the home is not read for it.
    text = (
        "The Secretary of State's meeting with Foreign Minister Otto Weber of Germany was "
        "moved to Friday."
    )
    assert contacts(text, "Statement", WHITE_HOUSE) == []
