"""A restrictive relative clause or participle after a noun says what the noun does: said
of a thing ("a pipeline that supports the army", "software that can be used to support
…", "companies supporting the militia") it is nobody's stance; said of a party ("the
allies that support Georgia") the cue still reads as one. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    "sentence",
    [
        "Lithuanian President Rasa Kalnina said Lithuania will block a pipeline that "
        "supports the Belarusian army.",
        "Finnish Foreign Minister Aino Virtanen said Finland will restrict exports of "
        "software that can be used to support drone production in Belarus.",
        "Estonian Prime Minister Karl Tamm said Estonia will list companies supporting the "
        "Transnistrian militia.",
    ],
)
def test_what_a_thing_does_is_no_stance(sentence: str) -> None:
    assert [p for p in positions(extract(sentence)) if p[1] == "support"] == []


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # The antecedent is a party: the cue stays a stance.
        (
            "Lithuanian President Rasa Kalnina said Lithuania is among the allies that support "
            "Georgia.",
            "Georgia",
        ),
        # An -ing form after a verb that takes one is the subject's own act.
        (
            "Lithuanian President Rasa Kalnina said Lithuania will keep supporting Georgia.",
            "Georgia",
        ),
    ],
)
def test_a_party_or_an_act_of_ones_own_still_supports(sentence: str, topic: str) -> None:
    assert positions(extract(sentence)) == [("Rasa Kalnina", "support", topic)]
