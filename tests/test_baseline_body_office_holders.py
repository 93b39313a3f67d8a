"""An office of an international body named without its holder ("the UN Secretary-General
called for …", "the IAEA Director General warned …") is that body's one official, a party
like "the President of Russia" named by office alone: holder of positions, side of a
contact. An office many hold at once ("the UN envoy") or an office with no body
named ("the Secretary General") stays no one. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


@pytest.mark.parametrize(
    ("text", "source", "holder"),
    [
        # (a) the body's initials before the office
        (
            "The UN Secretary-General called for an immediate halt to the shelling of towns.",
            WHITE_HOUSE,
            ("UN Secretary-General", "UN"),
        ),
        # (b) another body and office, another publisher
        (
            "The IAEA Director General warned that the station's cooling systems were at risk.",
            KYIV,
            ("IAEA Director General", "IAEA"),
        ),
        # (c) the body after the office, in full
        (
            "The Secretary-General of the United Nations appealed for safe corridors for "
            "civilians leaving the besieged towns.",
            KREMLIN,
            ("Secretary-General of the United Nations", "UN"),
        ),
        # (d) fronted, another office of another body
        (
            "On Tuesday, the OSCE Secretary General urged both sides to respect the ceasefire.",
            WHITE_HOUSE,
            ("OSCE Secretary General", "OSCE"),
        ),
    ],
)
def test_a_body_office_named_alone_holds_positions(
    text: str, source: str, holder: tuple[str, str]
) -> None:
    held = [(p.holder.name, p.holder.country) for p in extract(text, source=source).positions]
    assert held == [holder]


def test_a_body_office_named_alone_is_a_side_of_a_contact() -> None:
    draft = extract(
        "The NATO Secretary General spoke by phone with President Biden on Monday.",
        source=WHITE_HOUSE,
    )
    assert [sorted(p.name for p in c.participants) for c in draft.diplomatic_contacts] == [
        ["Biden", "NATO Secretary General"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # (a) no body named: whose Secretary General cannot be told
        "The Secretary General urged both sides to respect the ceasefire.",
        # (b) an office many hold at once names nobody in particular
        "The UN envoy urged both sides to respect the ceasefire.",
        # (c) the UN has dozens of Under-Secretaries-General, one to each department
        "The UN Under-Secretary-General urged both sides to respect the ceasefire.",
    ],
)
def test_an_office_of_no_body_or_of_many_stays_no_one(text: str) -> None:
    assert extract(text, source=WHITE_HOUSE).positions == []
