"""The rest of the fighting class (CAMEO 19 FIGHT): rounds and shells fired at a target,
shooting begun or aimed, strikes delivered, a place pounded, forces crossing into a
territory, and the progressive of an attacking verb. Each construction is tested plain,
after a fronted adverbial, with its attacker named another way, and postposed or as one
clause of two; each guard with a look-alike it alone keeps out."""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def combat(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.actor.name, m.activity, m.destination) for m in extract(text).military_movements]


# Each construction in the four surroundings: the attacker Belarus, the target as written.
_SHAPES: dict[str, list[tuple[str, str]]] = {
    "rounds_fired_at": [
        (
            "Belarusian units fired more than 40 mortar rounds at Lithuanian villages.",
            "Lithuanian villages",
        ),
        (
            "Overnight, after the talks collapsed, Belarusian units fired 40 mortar rounds at "
            "Lithuanian villages.",
            "Lithuanian villages",
        ),
        (
            "The Belarusian army fired 40 mortar rounds at Lithuanian villages, the Lithuanian "
            "defence ministry said.",
            "Lithuanian villages",
        ),
        (
            "Lithuania closed its border crossings, and Belarusian units fired 40 mortar "
            "rounds at its villages.",
            "its villages",
        ),
    ],
    "shooting_begun": [
        (
            "Belarusian troops started shooting at Lithuanian border guards.",
            "Lithuanian border guards",
        ),
        (
            "At dawn, Belarusian troops started shooting at Lithuanian border guards.",
            "Lithuanian border guards",
        ),
        (
            "General Anton Lis, the Belarusian commander, said his soldiers started shooting "
            "at Lithuanian border guards.",
            "Lithuanian border guards",
        ),
        (
            "Belarusian troops started shooting at Lithuanian border guards, the Lithuanian "
            "ministry said.",
            "Lithuanian border guards",
        ),
    ],
    "strikes_delivered": [
        (
            "Belarusian units are delivering strikes against Lithuanian air bases.",
            "Lithuanian air bases",
        ),
        (
            "Since Monday, Belarusian units have been delivering strikes against Lithuanian "
            "air bases.",
            "Lithuanian air bases",
        ),
        (
            "The Belarusian Defence Ministry said its units are delivering strikes against "
            "Lithuanian air bases.",
            "Lithuanian air bases",
        ),
        (
            "Belarus closed its airspace, and its units are delivering strikes against "
            "Lithuanian air bases.",
            "Lithuanian air bases",
        ),
    ],
    "a_place_pounded": [
        ("Belarusian artillery is pounding the city of Alytus.", "the city of Alytus"),
        (
            "As the talks stalled, Belarusian artillery was pounding the city of Alytus.",
            "the city of Alytus",
        ),
        ("The Belarusian army is pounding Alytus, the mayor said.", "Alytus"),
        (
            "The mayor stayed in the city, and Belarusian artillery kept pounding the city of "
            "Alytus.",
            "the city of Alytus",
        ),
    ],
    "crossing_into_a_territory": [
        ("About 5,000 Belarusian troops crossed into Lithuania on Tuesday.", "Lithuania"),
        ("On Tuesday, about 5,000 Belarusian troops crossed into Lithuania.", "Lithuania"),
        (
            "Belarusian forces crossed into Lithuania on Tuesday, the Lithuanian ministry said.",
            "Lithuania",
        ),
        (
            "Minsk recalled its ambassador, and its forces crossed into Lithuania on Tuesday.",
            "Lithuania",
        ),
    ],
}


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        pytest.param(*case, id=f"{name}-{i}")
        for name, cases in _SHAPES.items()
        for i, case in enumerate(cases)
    ],
)
def test_each_fighting_verb_is_the_attackers_movement(sentence: str, target: str) -> None:
    assert ("Belarus", "other", target) in combat(sentence)


def test_the_progressive_of_an_attacking_verb_is_active() -> None:
    # "are attacking" is no passive: the subject attacks (without the progressive's own
    # reading the form of be made it one, and no attacker was found).
    assert combat("Belarusian troops are attacking Lithuanian border posts.") == [
        ("Belarus", "other", "Lithuanian border posts")
    ]


def test_strikes_delivered_are_no_supply_of_the_forces_delivering_them() -> None:
    # The giving verb alone would move the units ("deploy") as well as the fight.
    assert combat("Belarusian units are delivering strikes against Lithuanian air bases.") == [
        ("Belarus", "other", "Lithuanian air bases")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # Launched rounds are rounds of talks: only firing takes them.
        "Belarus launched two rounds of consultations with Lithuania.",
        # Firing at the press is criticism.
        "The Belarusian minister is firing at journalists again.",
        # Shooting a film.
        "The Belarusian director started shooting a film in Minsk.",
        # Pounding a thing that is no place.
        "Belarusian negotiators pounded the table.",
        # A time clause of what is prepared against is no event.
        "Sanctions are being prepared for when Belarusian troops cross into Lithuania.",
    ],
)
def test_look_alikes_of_the_fighting_verbs_give_no_movement(sentence: str) -> None:
    assert combat(sentence) == []
