"""A Russian address by given name and patronymic is a vocative: thanks to it are manners.

"Thank you, Vladimir Vladimirovich." thanks the one spoken to as "Thank you, Mr President."
does, and the two may follow each other ("Thank you, Mr President, dear Ivan Petrovich.");
neither is a position. Thanks for a stance ("…, for your support of …") stay one.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract, held_stances

_BELARUS = "President of Belarus"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "President of Russia Oleg Varin and President of Belarus Pavel Sedov held talks.\n\n"
            "Pavel Sedov: Thank you, Oleg Ivanovich.\n\n"
            "Oleg Varin: We discussed trade and energy. I invite Pavel Sedov to Kazan.\n\n"
            "Pavel Sedov: And I invite Oleg Ivanovich to visit Minsk in May.",
            KREMLIN,
        ),
        (
            "President of Belarus Pavel Sedov met President of Russia Oleg Varin in Minsk.\n\n"
            "Oleg Varin: Thank you very much, Pavel Grigoryevich. I invite Pavel Grigoryevich to "
            "visit Kazan.",
            _BELARUS,
        ),
        (
            "President of Russia Oleg Varin received Speaker of the Federation Council Anna "
            "Sokolova.\n\nAnna Sokolova: Thank you, Mr President, dear Oleg Ivanovich.",
            KREMLIN,
        ),
        (
            "Prime Minister of Kazakhstan Ruslan Beketov spoke to reporters after the meeting "
            "with Russian Prime Minister Yuri Lanin.\n\n"
            "Ruslan Beketov: Thank you, Yuri Mikhailovich. I invite Yuri Mikhailovich to visit "
            "Astana.",
            None,
        ),
    ],
)
def test_thanks_to_a_name_and_patronymic_are_manners(text: str, source: str | None) -> None:
    quotes = [e.quote for p in extract(text, source=source).positions for e in p.evidence]
    assert not [q for q in quotes if q.startswith("Thank you")]


def test_thanks_for_a_stance_stay_a_position() -> None:
    """Look-alike: the address is followed by what the thanks are for, a stance."""
    text = (
        "President of Russia Oleg Varin and President of Belarus Pavel Sedov held talks.\n\n"
        "Pavel Sedov: Thank you, Oleg Ivanovich, for Russia's firm support of Belarus against "
        "the sanctions."
    )
    assert ("Pavel Sedov", "support") in held_stances(text, source=KREMLIN)


def test_thanks_to_a_state_by_name_stay_a_position() -> None:
    """Look-alike: two capitalised words closing the thanks that are no patronymic (a state
    addressed by name) are thanks to a party, not a vocative to a person."""
    text = (
        "Volodymyr Petrenko: Today we received new air defence systems from Britain. "
        "Thank you, Great Britain."
    )
    assert ("Volodymyr Petrenko", "support") in held_stances(
        text, title="Address by President Volodymyr Petrenko", source="President of Ukraine"
    )
