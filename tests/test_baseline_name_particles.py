"""A personal name keeps its lower-case particles: an Arabic name's "bin"/"bint"/"ibn"
("Emir … Tamim bin Hamad Al Thani") is one name, as "Ursula von der Leyen" is, not a given
name cut off before the particle and a second name after it."""

from __future__ import annotations

import pytest

from tests.baseline_helpers import KREMLIN, WHITE_HOUSE, extract, positions


@pytest.mark.parametrize(
    ("text", "source", "holder"),
    [
        # A Kremlin readout, a title before the name, the name repeated in full.
        (
            "Vladimir Putin had a telephone conversation with Emir of Qatar Khalid bin "
            "Faisal Al Nouri. Khalid bin Faisal Al Nouri expressed concern about the "
            "humanitarian consequences of the conflict.",
            KREMLIN,
            "Khalid bin Faisal Al Nouri",
        ),
        # Another publisher and party; the office alone names him afterwards.
        (
            "President Biden spoke today with Crown Prince of Saudi Arabia Faisal bin Nasser "
            "Al Saud. The Crown Prince said his country supports a negotiated end to the war "
            "in Ukraine.",
            WHITE_HOUSE,
            "Faisal bin Nasser Al Saud",
        ),
        # News text, the person as the subject of the stance verb, a relative clause after.
        (
            "Crown Prince of Saudi Arabia Faisal bin Nasser Al Saud welcomed the prisoner "
            "exchange between Russia and Ukraine, which he said his country had helped to "
            "arrange.",
            None,
            "Faisal bin Nasser Al Saud",
        ),
        # A woman's name ("bint"), the country after the name, a that-clause.
        (
            "Prime Minister Leila bint Hassan Al Amiri of Oman said that Oman was ready to "
            "host talks between Russia and Ukraine.",
            None,
            "Leila bint Hassan Al Amiri",
        ),
    ],
)
def test_a_name_with_bin_is_one_person(text: str, source: str | None, holder: str) -> None:
    assert [h for h, _, _ in positions(extract(text, source=source))] == [holder]


def test_the_contact_names_the_whole_name() -> None:
    draft = extract(
        "Vladimir Putin had a telephone conversation with Emir of Qatar Khalid bin Faisal "
        "Al Nouri.",
        source=KREMLIN,
    )
    assert [[p.name for p in c.participants] for c in draft.diplomatic_contacts] == [
        ["Vladimir Putin", "Khalid bin Faisal Al Nouri"]
    ]


def test_the_word_bin_after_a_name_is_not_a_particle() -> None:
    """Look-alike: "bin" as a noun or verb, with no capitalised name after it, is no part of
    the name before it."""
    draft = extract(
        "Foreign Minister Omar Haddad said the proposal belonged in the bin and condemned the "
        "invasion of Ukraine."
    )
    assert {h for h, _, _ in positions(draft)} == {"Omar Haddad"}
