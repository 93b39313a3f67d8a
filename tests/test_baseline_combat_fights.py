"""The rest of CAMEO 19 FIGHT's wordings read as combat (activity ``other``): forces
destroying the other side's military matter ("our defenders destroyed a column of tanks"),
an attack told as an attempt that failed ("the enemy tried once more to break through our
defence"), and forces driven out of a place ("our forces pushed them out of Makariv").
Each has its look-alike: what is destroyed must be military matter, what is broken
through no deadlock, and who is pushed out forces or the enemy, not a state out of a body.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

Row = tuple[str, str, str]
# A title naming who speaks, so that "our" forces are the speaker's state's.
_ADDRESS = "Address by President Olena Marchuk to the nation"


def _rows(text: str, source: str | None) -> list[Row]:
    title = _ADDRESS if source == KYIV else None
    draft = extract(text, title=title, source=source)
    return [(m.actor.name, m.activity, m.status) for m in draft.military_movements]


@pytest.mark.parametrize(
    ("text", "source", "fought"),
    [
        # (a) a news report, forces named by their state's adjective
        (
            "Ukrainian troops destroyed a column of 20 tanks near Sumy on Tuesday, a "
            "regional governor said.",
            None,
            ("Ukraine", "other", "completed"),
        ),
        # (b) a Kyiv address, "our" forces named by their kind, a place fronted
        (
            "Near Okhtyrka our paratroopers destroyed three command posts of the enemy this "
            "morning.",
            KYIV,
            ("Ukraine", "other", "completed"),
        ),
        # (c) a Kremlin report, the attacker by adjective, counted matter
        (
            "Russian units destroyed two ammunition depots and four launchers of the "
            "Ukrainian army overnight.",
            KREMLIN,
            ("Russia", "other", "completed"),
        ),
        # (d) a White House text, the state's forces, a present perfect and a source after
        (
            "Russian forces have destroyed dozens of Ukrainian positions along the Donets "
            "river, according to our assessment.",
            WHITE_HOUSE,
            ("Russia", "other", "completed"),
        ),
    ],
)
def test_forces_destroying_military_matter_fight(
    text: str, source: str | None, fought: Row
) -> None:
    assert fought in _rows(text, source)


@pytest.mark.parametrize(
    ("text", "source", "fought"),
    [
        # (a) a Kyiv address, the adversary named as "the occupiers", a failed attempt
        (
            "Yesterday the occupiers tried to break through our lines near Izium with a "
            "column of tanks, and they failed.",
            KYIV,
            ("Russia", "other", "completed"),
        ),
        # (b) a news report, forces by adjective, "once again"
        (
            "Russian troops tried once again to break through the Ukrainian defences north "
            "of Kharkiv, a Ukrainian official said on Friday.",
            None,
            ("Russia", "other", "completed"),
        ),
        # (c) a White House text, the present perfect, a direction after the verb
        (
            "Russian forces have tried to break through toward Kyiv from the northwest for "
            "three days.",
            WHITE_HOUSE,
            ("Russia", "other", "completed"),
        ),
        # (d) a Kremlin text, the other side's units breaking out
        (
            "Ukrainian units tried to break through the encirclement near Volnovakha overnight.",
            KREMLIN,
            ("Ukraine", "other", "completed"),
        ),
    ],
)
def test_an_attempt_to_break_through_is_an_attack(
    text: str, source: str | None, fought: Row
) -> None:
    assert fought in _rows(text, source)


@pytest.mark.parametrize(
    ("text", "source", "fought"),
    [
        # (a) a Kyiv address, "our" forces, the enemy as a pronoun
        (
            "Over the weekend our territorial defence pushed them out of two villages near Sumy.",
            KYIV,
            ("Ukraine", "other", "completed"),
        ),
        # (b) a news report, both sides' forces named by adjective
        (
            "Ukrainian forces pushed Russian troops out of the town of Trostianets on "
            "Saturday, the governor said.",
            None,
            ("Ukraine", "other", "completed"),
        ),
        # (c) a Kremlin report, the adversary named by a noun
        (
            "Russian paratroopers pushed the enemy out of the airfield at Hostomel.",
            KREMLIN,
            ("Russia", "other", "completed"),
        ),
        # (d) a White House text, the present perfect
        (
            "Ukrainian forces have pushed Russian units out of several areas around Kharkiv, "
            "we assess.",
            WHITE_HOUSE,
            ("Ukraine", "other", "completed"),
        ),
    ],
)
def test_forces_pushed_out_of_a_place_are_fought(
    text: str, source: str | None, fought: Row
) -> None:
    assert fought in _rows(text, source)


@pytest.mark.parametrize(
    "text",
    [
        # no military matter destroyed (guard: the matter after "destroyed")
        "Russia destroyed the Minsk agreements when it recognised the two republics.",
        # a deadlock broken through is talk (guard: the deadlock after "break through")
        "Ukrainian and Russian negotiators tried to break through the deadlock in Istanbul.",
        # a state pushed out of a body is no fight (guard: forces or the enemy pushed out)
        "Ukraine pushed Russia out of the Council of Europe's committee in March.",
    ],
)
def test_what_is_no_fight_is_not_combat(text: str) -> None:
    assert [r for r in _rows(text, None) if r[1] == "other"] == []
