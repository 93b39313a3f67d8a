"""Ministries, staffs and services named in full ("the Ministry of Foreign Affairs of
Ukraine", "the Russian Ministry of Foreign Affairs", "the General Staff of the Armed Forces of
Ukraine") are the bodies the vocabulary knows, not a person called "Affairs" or "General of
Ukraine"; "Foreign Affairs" still ends an office ("Minister of Foreign Affairs Ivan Koval"),
a state's armed forces stay their state's, and the region a governor serves is no part of
his name. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract

from summarise.extraction.backends.baseline.names import find_runs
from summarise.extraction.backends.baseline.titles import read_title


def _holders(text: str, source: str | None = None) -> list[tuple[str, str | None]]:
    return [(p.holder.name, p.holder.country) for p in extract(text, None, source).positions]


@pytest.mark.parametrize(
    ("text", "source", "holder"),
    [
        # (a) a news text: a ministry named with "of" its state
        (
            "The Ministry of Foreign Affairs of Ukraine strongly condemned the shelling of "
            "Kharkiv.",
            None,
            ("Ministry of Foreign Affairs of Ukraine", "Ukraine"),
        ),
        # (b) the state's word before the ministry's name
        (
            "The Russian Ministry of Foreign Affairs demanded that the alliance withdraw its "
            "forces from Romania.",
            None,
            ("Russian Foreign Ministry", "Russia"),
        ),
        # (c) a Kremlin text: the ministry named "of the Russian Federation"
        (
            "The Ministry of Foreign Affairs of the Russian Federation firmly rejected the "
            "allegations of the Kiev authorities.",
            KREMLIN,
            ("Russian Foreign Ministry", "Russia"),
        ),
        # (d) a Kyiv text: a ministry of defence named in full
        (
            "The Ministry of Defence of Ukraine warned that Russian forces could launch an "
            "offensive at any moment.",
            KYIV,
            ("Ministry of Defence of Ukraine", "Ukraine"),
        ),
    ],
)
def test_a_ministry_named_in_full_holds_its_positions(
    text: str, source: str | None, holder: tuple[str, str]
) -> None:
    assert holder in _holders(text, source)


def test_a_general_staff_is_a_body_not_a_general() -> None:
    runs = find_runs("The General Staff of the Armed Forces of Ukraine reported new shelling.")
    assert [r.name for r in runs if r.name] == []
    assert read_title("General Staff of the Armed Forces of Ukraine").body == (
        "General Staff of the Armed Forces of Ukraine"
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # look-alike: "Foreign Affairs" still closes an office before a name
        ("Minister of Foreign Affairs Ivan Koval met the Polish ambassador.", ["Ivan Koval"]),
        # the region a governor serves, before and after the office
        ("Governor of Kursk Region Ivan Petrov met the delegation.", ["Ivan Petrov"]),
        ("Kharkiv Oblast Governor Olena Marchuk met the delegation.", ["Olena Marchuk"]),
    ],
)
def test_a_portfolio_or_region_is_no_part_of_a_name(text: str, names: list[str]) -> None:
    assert [r.name for r in find_runs(text) if r.name] == names


@pytest.mark.parametrize(
    "title",
    ["Russian Armed Forces", "U.S. Army", "Ukrainian Armed Forces"],
)
def test_a_state_s_armed_forces_stay_its_state_s_words(title: str) -> None:
    # look-alike: the armed forces, a longer phrase of the vocabulary too, are read by
    # their state (a movement's owner is its state)
    read = read_title(title)
    assert read.country is not None
    assert read.body is None


def test_a_civil_body_opening_on_its_state_s_word_is_read_whole() -> None:
    read = read_title("Russian Ministry of Foreign Affairs")
    assert (read.body, read.country) == ("Russian Foreign Ministry", "Russia")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # heads of agencies and offices of account before a name
        ("USAID Administrator Dana Holt met Moldovan officials in Chisinau.", ["Dana Holt"]),
        ("Prosecutor General Olena Marchuk opened a case on the shelling.", ["Olena Marchuk"]),
        ("Ombudsperson Ivan Koval said 4,000 people had been deported.", ["Ivan Koval"]),
        ("UN Resident Coordinator Anna Berger visited the region.", ["Anna Berger"]),
        # look-alike: the office alone, owning a body, names no one
        ("The Prosecutor General's Office opened a case on the shelling.", []),
    ],
)
def test_an_agency_head_s_title_is_no_part_of_the_name(text: str, names: list[str]) -> None:
    assert [r.name for r in find_runs(text) if r.name] == names
