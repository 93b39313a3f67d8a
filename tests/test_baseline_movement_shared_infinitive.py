"""An infinitive coordinated with the infinitive of a movement told just before ("Western
countries continue to supply Ukraine with weapons and to send instructors there") shares
its understood subject (Quirk et al. 13.58): the second movement is the first's owner's, not
the teller's or the main clause's. Forces that name their own state keep it."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "row"),
    [
        # (a) a Kremlin readout, a reported group, "and to send" after a supply
        (
            "The President of Russia also noted that Western countries continue to supply "
            "Kiev with drones and to send military advisers there.",
            KREMLIN,
            ("Western countries", "deploy"),
        ),
        # (b) a White House statement, a state as subject, "or to" after "decided"
        (
            "Poland has decided to transfer ammunition to Ukraine this month, or to deliver "
            "additional mortars to Lviv instead.",
            WHITE_HOUSE,
            ("Poland", "supply"),
        ),
        # (c) a news report, a government named by its state's adjective, a deployment
        (
            "The Lithuanian government has decided to hand over Stinger systems to Ukraine and "
            "to send a company of military engineers to Lviv.",
            None,
            ("Lithuania", "deploy"),
        ),
        # (d) a Kyiv readout, a group reported by the President, "and also to"
        (
            "The President noted that the Baltic states continue to supply Ukraine with "
            "ammunition and also to send instructors to Yavoriv.",
            KYIV,
            ("Baltic states", "deploy"),
        ),
    ],
)
def test_a_coordinated_infinitive_is_the_first_movements_owners(
    text: str, source: str | None, row: tuple[str, str]
) -> None:
    assert row in movement_owners(text, source=source)


def test_forces_naming_their_own_state_keep_it() -> None:
    rows = movement_owners(
        "NATO allies continue to supply Kyiv with rifles and to station American troops in Poland."
    )
    assert ("United States", "deploy") in rows
    assert ("NATO", "deploy") not in rows


def test_the_coordinated_infinitive_is_quoted_by_its_own_clause() -> None:
    moved = extract(
        "The minister said that Poland continues to send ammunition to Ukraine and to deploy "
        "engineers near Lviv, which Moscow called a provocation."
    ).military_movements
    quotes = {m.activity: [e.quote for e in m.evidence] for m in moved}
    assert quotes.get("deploy") == ["to deploy engineers near Lviv"]


def test_the_coordinated_infinitive_is_as_far_along_as_the_first() -> None:
    moved = extract(
        "Officials in Vilnius said Latvia continues to deliver mortars to Ukraine and to send "
        "field medics to Dnipro, despite warnings from Moscow."
    ).military_movements
    assert {(m.activity, m.status) for m in moved} >= {("deploy", "ongoing")}
