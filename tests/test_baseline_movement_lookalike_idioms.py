"""Words of a movement that tell none: "shipping" the noun of merchant traffic ("closed to
civilian shipping"), "remains in force" (a law or regime still valid, not forces staying
somewhere), an act named as what a pretext would serve ("a pretext for an offensive"), and
the press as a movement's owner ("foreign media have named a date for an offensive"). Each
in four surroundings (publisher, party, way of naming, sentence shape), with the look-alikes
that must still make their movement: "begin shipping weapons", "troops remain in Belarus",
an offensive launched, an offensive the media report of a state. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_statuses


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Merchant traffic harassed, a Ukrainian publisher, the simple present.
        ("Russian warships harass civilian shipping near Odesa every day.", KYIV),
        # Another party and adjective, a postposed source.
        (
            "NATO ships in the Black Sea are disrupting merchant shipping, the ministry said.",
            KREMLIN,
        ),
        # The noun before another noun: the lanes, not a delivery.
        ("Russian warships have blocked the shipping lanes south of Crimea.", WHITE_HOUSE),
        # A news report, a third party, an escort (its own item stays).
        (
            "Turkish frigates are escorting commercial shipping through the Bosphorus,"
            " officials said.",
            None,
        ),
    ],
)
def test_shipping_the_noun_of_traffic_is_no_supply(text: str, source: str | None) -> None:
    assert all(activity != "supply" for _, activity, _ in movement_statuses(text, None, source))


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # The verb with its goods: a supply.
        (
            "The United States will begin shipping anti-tank weapons to Ukraine this week.",
            None,
            [("United States", "supply", "planned")],
        ),
        (
            "Poland is shipping ammunition to Ukraine by rail.",
            KYIV,
            [("Poland", "supply", "ongoing")],
        ),
    ],
)
def test_shipping_goods_is_still_a_supply(
    text: str, source: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert movement_statuses(text, None, source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A regime in a place, a Ukrainian council's release.
        (
            "The state of emergency does not apply to the Donetsk region, where the legal"
            " regime of the Joint Forces Operation remains in force.",
            KYIV,
        ),
        # A mandate of named forces, a news report.
        (
            "The mandate of the Russian peacekeeping forces in Transnistria remains in force,"
            " the mission said.",
            None,
        ),
        # The past, an agreement whose troop limits are named.
        (
            "The treaty limiting Russian troops in the border zone remained in force until 2019.",
            WHITE_HOUSE,
        ),
        # The participle, another publisher.
        (
            "Restrictions on flights of Russian military aircraft, remaining in force, were"
            " discussed.",
            KREMLIN,
        ),
    ],
)
def test_remaining_in_force_is_no_presence(text: str, source: str | None) -> None:
    assert movement_statuses(text, None, source) == []


def test_forces_remaining_in_a_place_still_stand_there() -> None:
    assert movement_statuses("Russian troops remain in Belarus after the drills.", None, KYIV) == [
        ("Russia", "deploy", "ongoing")
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The pretext created, a Ukrainian release.
        (
            "Moscow is goading Ukrainian forces into returning fire so as to create a pretext"
            " for an offensive.",
            KYIV,
        ),
        # A White House text, separatists taunting, a postposed source.
        (
            "Separatist commanders are taunting Ukrainian troops to fire back in order to"
            " create a pretext for an offensive, the mission said.",
            WHITE_HOUSE,
        ),
        # A news report, "so as to", another verb of provoking.
        (
            "He said Russia was provoking Ukrainian units to respond so as to create a"
            " pretext for an offensive.",
            None,
        ),
        # Another party accused, a Kremlin text, shelling named as the means.
        (
            "The West is encouraging Ukrainian units to shell Donetsk to create a pretext for"
            " an offensive.",
            KREMLIN,
        ),
    ],
)
def test_an_act_a_pretext_would_serve_is_no_movement(text: str, source: str | None) -> None:
    assert movement_statuses(text, None, source) == []


def test_an_offensive_launched_is_still_one() -> None:
    assert movement_statuses(
        "Russian troops launched an offensive near Kharkiv on Thursday.", None, KYIV
    ) == [("Russia", "other", "completed")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The press naming dates, a Ukrainian address.
        (
            "Over the past days, foreign media have named one date after another for an offensive.",
            KYIV,
        ),
        # Another modifier, a Kremlin text, a build-up the media keep writing of.
        ("Western media have been writing about an offensive every week.", KREMLIN),
        # A news report.
        ("International media have set a date for an offensive, the minister said.", None),
        # A White House briefing, the present perfect.
        ("European media have predicted an offensive for next week.", WHITE_HOUSE),
    ],
)
def test_the_press_owns_no_movement(text: str, source: str | None) -> None:
    assert movement_statuses(text, None, source) == []


def test_a_states_offensive_the_press_reports_is_still_the_states() -> None:
    assert movement_statuses(
        "Foreign media reported that Russian troops launched an offensive near Kharkiv.",
        None,
        KYIV,
    ) == [("Russia", "other", "completed")]
