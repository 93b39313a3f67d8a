"""A contact noun's own predicate ("the talks … had ended", "the meeting … has been called
off") is looked for only up to the next contact trigger: a predicate past it tells of that
later noun ("the next round with Latvia was scheduled for June"), so the first occasion
keeps its own status. In four surroundings, with look-alikes whose own predicate lies past
a relative clause. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract

from summarise.schema import DiplomaticContact, Quote


def contacts(text: str, source: str | None = None) -> list[DiplomaticContact[Quote]]:
    return extract(text, source=source).diplomatic_contacts


@pytest.mark.parametrize(
    ("text", "source", "first", "later"),
    [
        (
            "The Polish ministry said the talks with Lithuania had ended and that the next "
            "round with Latvia was scheduled for June.",
            None,
            "Lithuania",
            "Latvia",
        ),
        (
            "Foreign Minister Jan Kowal of Poland said the consultations with Lithuania had "
            "been useful and that the next meeting with Latvia, which is scheduled for May, "
            "would be in Riga.",
            None,
            "Lithuania",
            "Latvia",
        ),
        (
            "President Aram Petrosyan of Armenia told reporters that his meeting with Prime "
            "Minister Giorgi Beridze of Georgia had gone well, and that a summit with "
            "President Jana Horvat of Croatia was planned for the autumn.",
            KREMLIN,
            "Giorgi Beridze",
            "Jana Horvat",
        ),
        (
            "Prime Minister Giorgi Beridze of Georgia noted that the talks with Foreign "
            "Minister Jan Kowal of Poland were over, while his meeting with Foreign Minister "
            "Jana Horvat of Croatia is set for next week.",
            KYIV,
            "Jan Kowal",
            "Jana Horvat",
        ),
    ],
)
def test_a_later_nouns_predicate_leaves_the_first_occasion_held(
    text: str, source: str | None, first: str, later: str
) -> None:
    found = {
        later if later in names else first: c.status
        for c in contacts(text, source)
        if first in (names := [a.name for a in c.participants]) or later in names
    }
    assert found == {first: "held", later: "planned"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # The noun's own relative clause and its own predicate after it: still read.
        (
            "The meeting that Foreign Minister Jan Kowal of Poland and Foreign Minister Jana "
            "Horvat of Croatia were to hold in Geneva on Friday has been called off.",
            "cancelled",
        ),
        (
            "The talks between Poland and Lithuania, which are planned for April, will cover "
            "the border.",
            "planned",
        ),
    ],
)
def test_the_nouns_own_predicate_past_its_relative_clause_is_still_read(
    text: str, status: str
) -> None:
    (contact,) = contacts(text)
    assert contact.status == status
