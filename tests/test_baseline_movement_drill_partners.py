"""A drill noun as the object of a verb of holding it, with partners after "with" ("another
20,000 Russian troops will hold drills with the Belarusian army in Belarus"): the forces
drilling are the verb's subject, the forces after "with" are partners (a comitative, Quirk
et al. 9.47), and where it is held comes after them. The labels give the subject's owner
alone. A drill with no holding verb keeps its forces after it."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _drills(text: str, source: str | None = None) -> list[tuple[str, str | None]]:
    return [
        (m.actor.name, m.destination)
        for m in extract(text, source=source).military_movements
        if m.activity == "exercise"
    ]


@pytest.mark.parametrize(
    ("text", "source", "row"),
    [
        # (a) a Kyiv address, a figure and a state adjective, "will hold … with"
        (
            "In March, another 12,000 Russian soldiers will hold drills with the Belarusian "
            "army in Belarus.",
            KYIV,
            ("Russia", "Belarus"),
        ),
        # (b) a White House readout, "conducted joint exercises with", a place after "near"
        (
            "Polish troops conducted joint exercises with the American paratroopers near "
            "Orzysz on Tuesday.",
            WHITE_HOUSE,
            ("Poland", "near Orzysz"),
        ),
        # (c) a Kremlin text, the Northern Fleet, "staged … with" and "in"
        (
            "The Russian Northern Fleet staged naval exercises with Chinese warships in the "
            "Barents Sea.",
            KREMLIN,
            ("Russia", "the Barents Sea"),
        ),
        # (d) a news report, "are holding … together with"
        (
            "Lithuanian units are holding tactical exercises together with German soldiers at "
            "Pabrade.",
            None,
            ("Lithuania", "Pabrade"),
        ),
    ],
)
def test_the_subject_holds_the_drill_its_partners_join(
    text: str, source: str | None, row: tuple[str, str | None]
) -> None:
    assert row in _drills(text, source)


def test_a_drill_with_no_holding_verb_keeps_its_forces_after_it() -> None:
    assert [owner for owner, _ in _drills("The exercises of the Belarusian army began today.")] == [
        "Belarus"
    ]


def test_a_subject_naming_no_owner_leaves_the_partners_as_the_owners_word() -> None:
    drills = _drills(
        "On Friday, territorial defence units in every region will hold joint exercises with "
        "the Armed Forces of Ukraine.",
        KYIV,
    )
    assert [owner for owner, _ in drills] == ["Ukraine"]
