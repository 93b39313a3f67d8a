"""A title written with its complement before the holder's name: what the office serves
("Secretary of Energy", "Commissioner for Energy", "Special Envoy for Energy Policy") is
never a word of the personal name. In four surroundings, with look-alikes. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts, extract

from summarise.extraction.backends.baseline.names import find_runs


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        # (b) a news text, a commissioner "for" a portfolio
        (
            "European Commissioner for Energy Lena Brandt met Ukrainian Prime Minister Denys "
            "Shmyhal in Brussels.",
            None,
            "Lena Brandt",
        ),
        # (c) a Kyiv readout, a deputy minister meeting a foreign ambassador
        (
            "Deputy Minister of Energy Policy Olena Koval met the Polish Ambassador to Ukraine "
            "in Kyiv.",
            KYIV,
            "Olena Koval",
        ),
    ],
)
def test_the_complement_of_a_title_is_no_part_of_the_name(
    text: str, source: str | None, name: str
) -> None:
    found = [names for names, _, _ in contacts(text, "Readout", source)]
    assert any(name in names for names in found), found


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        # (a) a Kremlin text, a special representative as the subject
        (
            "Special Representative for Energy Policy Roman Starovoit said the shelling of "
            "border villages was a grave violation of international law.",
            KREMLIN,
            "Roman Starovoit",
        ),
        # (d) a White House statement, a two-word portfolio
        (
            "Special Envoy for Energy Policy Mark Dunne said the strikes on power plants in "
            "Kharkiv were a grave violation of international law.",
            WHITE_HOUSE,
            "Mark Dunne",
        ),
    ],
)
def test_a_titled_official_holds_the_positions_after_the_complement(
    text: str, source: str, name: str
) -> None:
    draft = extract(text, "Statement", source)
    assert [p.holder.name for p in draft.positions] == [name]


def test_an_office_s_complement_alone_names_no_one() -> None:
    text = "They spoke of the Common Security Policy and the Energy Charter."
    assert [r.name for r in find_runs(text) if r.name] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Look-alike: two titled names joined by "and" stay two names; the portfolio joins
        # no runs.
        (
            "Secretary of Energy Dana Holt and Minister of Energy Petro Marchenko met in Kyiv.",
            ["Dana Holt", "Petro Marchenko"],
        ),
        # Look-alike: a name that merely starts like a portfolio word is a name.
        (
            "Governor Regina Policarpo met Minister Energio Vale.",
            ["Regina Policarpo", "Energio Vale"],
        ),
    ],
)
def test_portfolio_words_join_no_names(text: str, names: list[str]) -> None:
    assert [r.name for r in find_runs(text) if r.name] == names
