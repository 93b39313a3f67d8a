"""A giving verb's recipient named before what is given, neither owner nor forces, and weapons
listed in help: a pledge while still to be given, a supply once given. Each in four
surroundings (plain, after a fronted adverbial, the owner named another way, a second clause
or a postposed speaker), with a look-alike that must give nothing. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import MilitaryMovement, Quote


def movements(text: str) -> list[MilitaryMovement[Quote]]:
    return extract(text).military_movements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finland will hand over to the Armed Forces of Ukraine 200 anti-tank missiles.",
            ("Finland", "200 anti-tank missiles", "the Armed Forces of Ukraine"),
        ),
        (
            "In March, Finland delivered to Ukraine a new batch of anti-aircraft missiles.",
            ("Finland", "a new batch of anti-aircraft missiles", "Ukraine"),
        ),
        (
            "Finland will hand over to the Ukrainian army 200 anti-tank missiles.",
            ("Finland", "200 anti-tank missiles", None),
        ),
        (
            '"We will hand over to Ukraine 200 anti-tank missiles," Finnish Defence Minister'
            " Aino Virta said.",
            ("Finland", "200 anti-tank missiles", "Ukraine"),
        ),
        (
            "Helsinki will hand over to the Armed Forces of Ukraine 200 anti-tank missiles, and"
            " Tallinn will deliver a message of support.",
            ("Finland", "200 anti-tank missiles", "the Armed Forces of Ukraine"),
        ),
    ],
)
def test_a_recipient_named_before_what_is_given_is_neither_owner_nor_forces(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    found = movements(text)
    assert [(m.actor.name, m.forces, m.destination) for m in found] == [expected]
    assert all(m.activity == "supply" for m in found)


def test_a_recipient_given_no_forces_is_no_supply() -> None:
    assert movements("Finland will hand over to the Ukrainian army a report on the war.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Estonia will keep providing Ukraine with practical assistance, including anti-tank"
        " weapons.",
        "On Monday, Estonia said it would continue to provide Ukraine with practical assistance,"
        " including anti-tank weapons.",
        '"We will keep providing Ukraine with practical help, such as helmets and body armour,"'
        " the Estonian minister said.",
        "Tallinn will continue to provide Kyiv with practical assistance, including anti-tank"
        " weapons, and it will host Ukrainian cadets.",
        # every opener of the class (grammar.toml inclusion_openers) alike
        "Estonia will keep providing Ukraine with practical assistance, notably anti-tank weapons.",
    ],
)
def test_weapons_listed_in_help_still_to_be_given_are_a_pledge(text: str) -> None:
    """The guide: assistance offered is support; only weapons sent are a supply."""
    assert movements(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonia has provided Ukraine with technical assistance, including 300 Javelin"
            " missiles.",
            "300 Javelin missiles",
        ),
        (
            "Tallinn has provided Ukraine with military aid, including 300 Javelin missiles.",
            "military aid",
        ),
    ],
)
def test_help_given_already_with_weapons_in_it_is_a_supply(text: str, expected: str) -> None:
    found = movements(text)
    assert [(m.actor.name, m.activity, m.forces, m.destination, m.status) for m in found] == [
        ("Estonia", "supply", expected, "Ukraine", "completed")
    ]
