"""A person or a people praised for their character by a copula takes their side (CAMEO 051,
praise; the guide: `support`): "He's a brave man", "she is a courageous leader", "Ukrainians
are a heroic people". A noun of a person must follow the adjective: a brave decision or a
brave new world praises nobody, and without the copula a person is told of, not judged
("television showed a brave man standing in front of the tanks")."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_WH_TITLE = "Remarks by President Dana Holt"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House transcript: the person a pronoun, the copula contracted
        (
            "THE PRESIDENT: I spoke with President Marta Ilves of Estonia this morning. "
            "She\u2019s a very brave woman, and her country is with us.",
            _WH_TITLE,
            WHITE_HOUSE,
            "Dana Holt",
        ),
        # (b) a Kremlin transcript: the person named, the copula written out
        (
            "Vladimir Petrov: President Aliyev is a courageous leader who has kept his word to us.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Vladimir Petrov",
        ),
        # (c) a Kyiv address: a people praised, the plural copula
        (
            "Minister Taras Hrin: I have been to Warsaw this week. The Poles are a truly "
            "heroic nation.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (d) a news report quoting a prime minister, the praise in a reported quote
        (
            "Prime Minister Ida Lund of Sweden said of President Zelenskyy: \"He's a "
            'courageous man."',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_a_person_praised_by_a_copula_is_supported(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "support") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # an act, not a person: the speaker may judge it either way
        "THE PRESIDENT: Sending its tanks across the border is a brave decision by Moscow.",
        # no person at all
        "THE PRESIDENT: For NATO this is a brave new world, with Russian troops in Belarus.",
        # no copula: a person told of, not judged
        "THE PRESIDENT: Russian television showed a brave man standing in front of the tanks "
        "in Kherson.",
    ],
)
def test_no_praise_without_a_person_praised(text: str) -> None:
    assert ("Dana Holt", "support") not in held_stances(text, _WH_TITLE, WHITE_HOUSE)
