"""A negation is bound to its clause: one inside a fronted subordinate clause does not deny
the main clause's stance after its comma. "If you cannot do that, send us the planes" asks
for the aircraft (the imperative of aid, `demand`); "If they do not agree, we welcome
Turkey's mediation" takes the side of the mediation (`support`, not `oppose`). A negation in
the main clause itself still denies: "If you ask us, we are not asking for the aircraft"
asks nothing.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract, positions

_ADDRESS = "Address by the President of Ukraine"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder", "stance"),
    [
        # (a) plain
        (
            "If you cannot do that, give us the air defence systems.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
            "demand",
        ),
        # (a) the support a negated condition leaves standing
        (
            "If Moscow does not agree, we welcome mediation by Turkey.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
            "support",
        ),
        # (b) after a fronted adverbial as well
        (
            "Tonight, if you cannot do that, give us the aircraft.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
            "demand",
        ),
        # (c) a minister in a quotation, the reporting clause after it
        (
            "“If you cannot do it, give us air defence,” Foreign Minister Olena Marchenko of"
            " Ukraine said.",
            None,
            None,
            "Olena Marchenko",
            "demand",
        ),
        # (c) a pronoun after a first mention
        (
            "Foreign Minister Olena Marchenko of Ukraine spoke in Kyiv. “If they do not,"
            " we welcome mediation by Turkey,” she said.",
            None,
            None,
            "Olena Marchenko",
            "support",
        ),
        # (d) the second clause of two
        (
            "The night was hard, and if you cannot do that, give us the aircraft.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
            "demand",
        ),
    ],
)
def test_a_negation_in_a_fronted_clause_leaves_the_main_clause_standing(
    text: str, title: str | None, source: str | None, holder: str, stance: str
) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text, title, source))] == [(holder, stance)]


def test_a_negation_in_the_main_clause_still_denies_the_demand() -> None:
    assert (
        positions(extract("If you ask us, we are not asking you for the aircraft.", _ADDRESS, KYIV))
        == []
    )
