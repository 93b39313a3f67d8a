"""Arabic names with a nasab particle ("bin"/"ibn" son of, "bint" daughter of): "Emir of
Qatar Khalid bin Saad Al Marri" is one name, as "Ursula von der Leyen" is, not a given name
cut at the lower-case particle. The name holds the person's positions and contacts. In
four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts, extract


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        # (a) a Kremlin readout of a call, the title before the name
        (
            "The President of Russia spoke by telephone with Emir of the State of "
            "Qatar Khalid bin Saad Al Marri.",
            KREMLIN,
            "Khalid bin Saad Al Marri",
        ),
        # (b) a Kyiv readout of a meeting, "ibn" and the country after the name
        (
            "Volodymyr Zelenskyy met with Foreign Minister Hamdan ibn Rashid Al Nuaimi of the "
            "United Arab Emirates in Kyiv.",
            KYIV,
            "Hamdan ibn Rashid Al Nuaimi",
        ),
        # (c) a news text, "bint", the person as the subject
        (
            "Foreign Minister Salma bint Khalid of Jordan met Chancellor Lena Brandt in Berlin.",
            None,
            "Salma bint Khalid",
        ),
    ],
)
def test_a_name_with_a_nasab_is_one_party(text: str, source: str | None, name: str) -> None:
    assert any(name in names for names, _, _ in contacts(text, "Readout", source))


def test_a_name_with_a_nasab_holds_the_positions_after_it() -> None:
    # (d) a White House text; the person named once, then by pronoun in the next sentence
    draft = extract(
        "Crown Prince Faisal bin Nasser of Saudi Arabia met President Dana Holt on Monday. "
        "He said the strikes on Kharkiv were a grave violation of international law.",
        "Readout",
        WHITE_HOUSE,
    )
    assert [p.holder.name for p in draft.positions] == ["Faisal bin Nasser"]


def test_the_noun_bin_between_words_joins_no_name() -> None:
    # Look-alike: "bin" the noun, with a lower-case word after it, runs no name on.
    found = contacts(
        "Chancellor Lena Brandt met President Dana Holt beside the recycling bin outside.",
        "Readout",
    )
    assert [names for names, _, _ in found] == [["Lena Brandt", "Dana Holt"]]
