"""A person's title owned by a state's possessive before the name ("Finland's Foreign
Minister Anna Berg"), or set after the name in apposition with a capital or a possessive
("Anna Berg, the Foreign Minister of Finland, …", "Anna Berg, Finland's foreign minister,
…"): the person is the subject, of the state the title names. Before, a name the
vocabulary does not know lost every position so told (the possessive read as a subject of
its own, the capitalised apposition as no role). Invented sentences and people."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _held(text: str, source: str | None = None) -> list[tuple[str, str | None, str]]:
    return [
        (p.holder.name, p.holder.country, p.stance)
        for p in extract(text, "Update", source).positions
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Finland's Foreign Minister Anna Berg condemned the shelling of Kharkiv.", None),
        (
            "On Monday, Finland's Foreign Minister Anna Berg condemned the shelling of Kharkiv.",
            WHITE_HOUSE,
        ),
        (
            "Finland\u2019s Foreign Minister Anna Berg strongly condemned the shelling of Kharkiv.",
            KYIV,
        ),
        ('"We condemn this shelling," Finland\'s Foreign Minister Anna Berg said.', KREMLIN),
    ],
)
def test_a_title_owned_by_a_states_possessive(text: str, source: str | None) -> None:
    assert [(h, c) for h, c, _ in _held(text, source)] == [("Anna Berg", "Finland")]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg, the Foreign Minister of Finland, condemned the shelling of Kharkiv.",
        "Anna Berg, Finland's Foreign Minister, condemned the shelling of Kharkiv.",
        "Anna Berg, Finland's foreign minister, condemned the shelling of Kharkiv.",
        "Anna Berg, the Finnish Foreign Minister, condemned the shelling of Kharkiv.",
    ],
)
def test_a_capitalised_or_owned_title_in_apposition(text: str) -> None:
    assert _held(text) == [("Anna Berg", "Finland", "accuse")]


def test_a_role_directed_to_a_state_is_not_the_holders_state() -> None:
    # "ambassador to Ukraine": the role's state is the one it is sent to, not hers.
    text = "Anna Berg, a former ambassador to Ukraine, condemned the shelling of Kharkiv."
    assert _held(text) == [("Anna Berg", None, "accuse")]


@pytest.mark.parametrize(
    ("text", "source", "holder"),
    [
        # A fronted place before "the President …": a clause, no apposition of the place.
        (
            "In Rzeszow, the President thanked the troops and said that, above all, Russia "
            "must end the war.",
            WHITE_HOUSE,
            "President of the United States",
        ),
        (
            "In Sochi, the President of Russia met with Ivan Orlov and stressed that, "
            "unfortunately, Kyiv refuses to implement the agreements.",
            KREMLIN,
            "President of Russia",
        ),
    ],
)
def test_a_fronted_place_takes_no_title(text: str, source: str, holder: str) -> None:
    assert {h for h, _, _ in _held(text, source)} == {holder}


@pytest.mark.parametrize(
    ("text", "holder", "country"),
    [
        # A title sent to a state is its sender's: the possessive names whose official.
        (
            "Ukraine's Ambassador to Germany Petro Hnat urged Berlin to send weapons.",
            "Petro Hnat",
            "Ukraine",
        ),
        (
            "Russia's Ambassador to the United States Ivan Orlov rejected the sanctions.",
            "Ivan Orlov",
            "Russia",
        ),
        # The possessive is no word of the title: its head may come fourth.
        (
            "Anna Berg, Finland's Deputy Foreign Minister, condemned the shelling of Kharkiv.",
            "Anna Berg",
            "Finland",
        ),
    ],
)
def test_the_possessive_names_whose_official(text: str, holder: str, country: str) -> None:
    assert [(h, c) for h, c, _ in _held(text)] == [(holder, country)]
