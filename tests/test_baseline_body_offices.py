"""An international body's office ("Secretary General Jan Nowak") is no official of the
state whose text names it: a White House readout's own ministers are American, its
"Secretary General" is NATO's or the UN's. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

_PRICE = "Russia would pay a heavy price"


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        f"Secretary General Jan Nowak warned that {_PRICE}.",
        # (b) after a fronted phrase
        f"On Monday, Secretary General Jan Nowak warned that {_PRICE}.",
        # (c) by surname after the first mention
        f"Secretary General Jan Nowak arrived in Kyiv. Nowak warned that {_PRICE}.",
        # (d) postposed
        f"{_PRICE}, Secretary General Jan Nowak warned.",
    ],
)
def test_a_body_office_is_not_the_publishers_official(text: str) -> None:
    draft = extract(text, source=WHITE_HOUSE)
    assert [(p.holder.name, p.holder.country) for p in draft.positions] == [("Jan Nowak", None)]


def test_a_call_with_a_body_office_has_two_sides() -> None:
    draft = extract(
        "On Monday, President Biden spoke by phone with Secretary General Jan Nowak.",
        source=WHITE_HOUSE,
    )
    assert [[(p.name, p.country) for p in c.participants] for c in draft.diplomatic_contacts] == [
        [("Biden", "United States"), ("Jan Nowak", None)]
    ]


def test_the_publishers_own_secretary_stays_its_own() -> None:
    draft = extract(f"Defence Secretary Jan Nowak warned that {_PRICE}.", source=WHITE_HOUSE)
    assert [(p.holder.name, p.holder.country) for p in draft.positions] == [
        ("Jan Nowak", "United States")
    ]
