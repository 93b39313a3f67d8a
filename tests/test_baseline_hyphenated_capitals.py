"""A capital written with a hyphen as one word ("Nur-Sultan") is its state, as the
vocabulary lists it: the runs read the hyphenated word whole, so the vocabulary keys it so
too. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract

from summarise.extraction.backends.baseline.mentions import find_mentions


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain
        "Vladimir Putin will make a visit to Nur-Sultan in the autumn.",
        # (b) after a fronted adverbial
        "In the autumn, Vladimir Putin will pay a visit to Nur-Sultan.",
        # (c) the visitor by office, (d) a postposed source
        "The President will visit Nur-Sultan in the autumn, the Kremlin said.",
        # (d) the second of two clauses
        "Vladimir Putin held talks in Minsk, and he will visit Nur-Sultan in the autumn.",
    ],
)
def test_a_visit_to_a_hyphenated_capital_has_its_host(sentence: str) -> None:
    draft = extract(sentence, source=KREMLIN)
    hosts = [a.name for c in draft.diplomatic_contacts if c.mode == "visit" for a in c.participants]
    assert "Kazakhstan" in hosts


def test_the_hyphenated_capital_is_a_place_of_its_state() -> None:
    found = [
        (m.text, m.ref.name if m.ref else None) for m in find_mentions("a visit to Nur-Sultan")
    ]
    assert found == [("Nur-Sultan", "Kazakhstan")]


def test_no_visit_without_a_trigger() -> None:
    assert (
        extract(
            "Vladimir Putin spoke about Nur-Sultan Nazarbayev's legacy.", source=KREMLIN
        ).diplomatic_contacts
        == []
    )
