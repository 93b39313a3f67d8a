"""An act named as terror against people, or a measure named as theft, robbery or piracy,
charges whoever did it (`accuse`; CAMEO 112): "This is terror against the people of
Sumy", "the seizure of our property is nothing other than theft". Terror is named by
whom it is against, so that people living "in terror" or "the terror of war" charge nobody.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract


def _stances(text: str, title: str | None = None, source: str | None = None) -> list[str]:
    return [p.stance for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a president's quotation, postposed "said", a clause after it
        (
            '"This is terror against the people of Sumy, and every government should say so '
            'plainly," President Volodymyr Zelenskyy said.',
            None,
            None,
        ),
        # (b) a minister's own turn, a measure judged by a copula
        (
            "PAVEL ORLOV: Seizing our consular property in Oslo is nothing other than theft.",
            "Talks with Foreign Minister Pavel Orlov",
            KREMLIN,
        ),
        # (c) a that-clause in an unsigned news item, "an act of piracy"
        (
            "Minister Oleh Marchuk said that the seizure of the Ukrainian grain ships by the "
            "Russian navy was an act of piracy.",
            "Minister meets ambassadors",
            KYIV,
        ),
    ],
)
def test_terror_or_theft_named_charges(text: str, title: str | None, source: str | None) -> None:
    assert "accuse" in _stances(text, title, source)


def test_living_in_terror_charges_nobody() -> None:
    text = '"People in the city lived in terror for weeks," President Volodymyr Zelenskyy said.'
    assert "accuse" not in _stances(text)
