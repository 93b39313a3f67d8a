"""An inverted condition may open its sentence before a bare noun phrase: "Should attack
drones be based near our border, a strike would take minutes", "Should talks fail, …".
`[conditions]` and `ignore` read an inverted "should" only before a name, a determiner or a
pronoun, so a bare plural left it the modal of obligation (`demand`). Capitalised, as only a
sentence's first word is, and closed by a comma, "Should" before any noun phrase is the
condition; a lower-case "should" after a subject ("Russia, in his view, should withdraw its
troops, …") stays an obligation. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances, stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a statement in a government's voice, a plural noun and a measure
        (
            "Should talks in Geneva fail, the United States will impose severe sanctions on "
            "Russia.",
            [("United States", "threaten")],
        ),
        # (b) a minister's quotation first, a quantifier and a closure
        (
            '"Should further troops arrive at the border, Lithuania will close its ports to '
            'Russian ships," Foreign Minister Gabrielius Landsbergis said.',
            [("Gabrielius Landsbergis", "threaten")],
        ),
        # (c) a pronoun's quotation after a first mention, a compound noun
        (
            'Chancellor Olaf Scholz spoke in Berlin. "Should strike weapons appear in Belarus, '
            'Germany will respond with new sanctions," he said.',
            [("Olaf Scholz", "threaten")],
        ),
        # (d) a leader's own words after a colon, an adjective and a noun, "we"
        (
            'Prime Minister Kaja Kallas said: "Should hybrid attacks resume, we will expel more '
            'Russian diplomats."',
            [("Kaja Kallas", "threaten")],
        ),
    ],
)
def test_should_before_a_bare_noun_phrase_is_a_condition(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Look-alikes: "should" after its subject, closed by a comma, is the modal of
        # obligation (the first fails without the capital the entries ask for).
        (
            "President Joe Biden said that Russia, in his view, should withdraw its troops, and "
            "that the talks should resume.",
            [("Joe Biden", "demand"), ("Joe Biden", "demand")],
        ),
        (
            'Foreign Minister Dmytro Kuleba said: "Moscow should withdraw its troops, and should '
            'do so now."',
            [("Dmytro Kuleba", "demand")],
        ),
    ],
)
def test_should_after_its_subject_stays_an_obligation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A quotation set in capitals: the subject before "SHOULD" makes it the modal.
        'Secretary of State Antony Blinken told CNN: "RUSSIA SHOULD PULL ITS TROOPS BACK FROM '
        'THE BORDER, AND NOW."',
        # A capital for emphasis after the subject, in a quotation first.
        '"Russia Should pull its troops back from the border, and do it now," Secretary of '
        "State Antony Blinken said.",
        # A reported that-clause, another party named, the comma after its object.
        "Chancellor Olaf Scholz wrote that Europe Should stand together, whatever Moscow does.",
    ],
)
def test_a_capital_should_after_its_subject_stays_an_obligation(text: str) -> None:
    """The bare-noun-phrase entry asks for a capital "Should" (a sentence's first word),
    and for no word before it: a capital after its subject (emphasis, a quotation in
    capitals) is the modal of obligation, a demand. Each fails without the entries'
    lookbehind on the word before "Should" (review25: the lookbehind had no test that needed it)."""
    assert stances(text) == ["demand"]
