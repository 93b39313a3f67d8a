"""A punitive measure judged unlawful in the predicate is a decision rejected (`oppose`), not
an act condemned (the guide: condemning an action is `accuse`, rejecting a decision or
policy `oppose`). The judgement is said of the measure after it; an attributive judgement
("the illegitimate restrictions … are disrupting supplies") or one in a relative clause
stays a charge. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a person, "described … as", a passive participle between
        (
            "Foreign Minister Ilse Varga described the sanctions adopted by the Union as "
            "illegitimate.",
            [("Ilse Varga", "oppose")],
        ),
        # (b) a quotation, a copula
        (
            'Prime Minister Lena Aho said: "These restrictions are illegitimate."',
            [("Lena Aho", "oppose")],
        ),
        # (c) a ministry, "considered … illegal"
        (
            "The Belarusian Foreign Ministry said it considered the Lithuanian export controls "
            "illegal.",
            [("Belarusian government", "oppose")],
        ),
        # (d) a sentence after another, a state, an embargo
        (
            "Talks resumed on Monday. Serbia said the embargo imposed by the Union was "
            "illegitimate.",
            [("Serbia", "oppose")],
        ),
    ],
)
def test_measure_judged_unlawful_is_opposed(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The judgement before the measure: the measures blamed for what they cause.
        "Foreign Minister Ilse Varga said it is the illegitimate restrictions imposed by the "
        "Union that are hurting Serbian farmers.",
        # An attributive judgement of another noun after the measure.
        "Foreign Minister Ilse Varga said that despite the sanctions Moscow continues its "
        "illegal occupation of Georgian land.",
        # The judgement in a relative clause after a comma.
        'Foreign Minister Ilse Varga said: "Serbian farmers suffer from the restrictions '
        'imposed by the Union, which we regard as illegitimate."',
    ],
)
def test_attributive_or_relative_judgement_stays_a_charge(text: str) -> None:
    """Look-alikes: the judgement must follow the measure in the same phrase."""
    assert "oppose" not in [stance for _, stance in held_stances(text)]
