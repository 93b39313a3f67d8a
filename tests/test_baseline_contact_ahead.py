"""An occasion a preposition of time puts after the one its clause tells is still ahead:
"ahead of President X's visit to Warsaw later this month", "before her trip to Moscow" are
planned visits (the clause's event precedes them); "after her trip" is a visit made. In
four surroundings, with a look-alike. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract

ADDRESS = "Address by President of Ukraine Oleh Bondar"


def visits(text: str, title: str | None = None, source: str | None = None) -> list[str]:
    return [c.status for c in extract(text, title, source).diplomatic_contacts if c.mode == "visit"]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) plain
        (
            "President Marek Novak of Slovakia spoke with Chancellor Klara Voss of Germany ahead "
            "of Chancellor Voss's visit to Warsaw.",
            None,
            None,
        ),
        # (b) a fronted adverbial; the leaders' agreement
        (
            "President Marek Novak of Slovakia and Chancellor Klara Voss of Germany spoke by phone "
            "today. On energy, the leaders agreed to stay in touch, including ahead of President "
            "Novak's visit to Berlin later this month.",
            None,
            None,
        ),
        # (c) the visitor by a pronoun; "before her trip"
        (
            "I spoke with Chancellor Klara Voss of Germany yesterday before her trip to Moscow.",
            ADDRESS,
            KYIV,
        ),
        # (d) the second clause of two
        (
            "The call was useful, and we will coordinate closely in advance of Chancellor Klara "
            "Voss's visit to Warsaw, the ministry said.",
            None,
            None,
        ),
    ],
)
def test_a_visit_a_clause_precedes_is_planned(
    text: str, title: str | None, source: str | None
) -> None:
    assert visits(text, title, source) == ["planned"]


def test_a_visit_the_clause_follows_is_held() -> None:
    # "after her trip": the clause's event follows the visit, which has taken place.
    assert visits(
        "I spoke with Chancellor Klara Voss of Germany yesterday after her trip to Moscow.",
        ADDRESS,
        KYIV,
    ) == ["held"]
