"""The rest of the movement classes (CAMEO 15 and 087, PLOVER's DEPLOY, MOBILIZE, RETREAT
and military exercise): forces staged, stationed, surged, transported or ferried; massed,
amassed or concentrated in the present; evacuated or demobilised; an operation rehearsed
or practised. Also permission given in the past ("allowed … to stage"), the subject of a
second clause with its verb right after it, and forces carried on by a demonstrative in a
coordinated clause ("…, and those forces crossed into …"). Each construction plain, after
a fronted adverbial, with its owner named another way, and postposed or as one clause of
two; each guard with a look-alike it alone keeps out. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def moved(text: str) -> list[tuple[str, str]]:
    return [(m.actor.name, m.activity) for m in extract(text).military_movements]


_SHAPES: dict[str, tuple[tuple[str, str], list[str]]] = {
    "staged_with_permission_given": (
        ("Russia", "deploy"),
        [
            "Belarus allowed 20,000 Russian troops to stage on its territory.",
            "In February, Minsk allowed 20,000 Russian troops to stage on Belarusian territory.",
            "The Belarusian president permitted 20,000 Russian troops to stage on his "
            "country's territory.",
            "Belarus allowed 20,000 Russian troops to stage on its territory, the Lithuanian "
            "minister said.",
        ],
    ),
    "staging": (
        ("Russia", "deploy"),
        [
            "Russian troops are staging in Belarus.",
            "Since January, Russian troops have been staging in Belarus.",
            "Moscow's troops are staging in Belarus, the Lithuanian minister said.",
            "Lithuania closed its border as Russian troops were staging in Belarus.",
        ],
    ),
    "stations": (
        ("Russia", "deploy"),
        [
            "Russia stations 5,000 troops in Transnistria.",
            "Despite the ceasefire, Russia still stations 1,500 troops in Transnistria.",
            "The Russian army stations 1,500 troops in Transnistria, the Moldovan minister said.",
            "Moldova protests, but Russia stations 1,500 troops in Transnistria.",
        ],
    ),
    "surged": (
        ("United States", "deploy"),
        [
            "The United States surged 3,000 troops to Poland.",
            "After the summit, Washington surged 3,000 troops to Poland.",
            "The Pentagon surged 3,000 troops to Poland, the Polish minister said.",
            "Germany hesitated, but the United States surged 3,000 troops to Poland.",
        ],
    ),
    "transported_or_ferried": (
        ("Russia", "deploy"),
        [
            "Russia transported two battalions to Belarus by rail.",
            "Last week, Russia transported two battalions to Belarus by rail.",
            "The Russian Defence Ministry ferried two battalions to Belarus by sea.",
            "Russia transported two battalions to Belarus, the Lithuanian minister said.",
        ],
    ),
    "masses_or_concentrates": (
        ("Russia", "mass"),
        [
            "Russia masses troops near the Latvian border.",
            "As talks stall, Russia amasses troops near the Latvian border.",
            "Moscow concentrates its forces near the Latvian border, the Latvian minister said.",
            "Latvia protests, but Russia concentrates its forces near the Latvian border.",
        ],
    ),
    "evacuated": (
        ("Russia", "withdraw"),
        [
            "Russia evacuated its troops from the island.",
            "After the strike, Russia evacuated its troops from the island.",
            "The Russian Defence Ministry evacuated its troops from the island, the Ukrainian "
            "army said.",
            "The ceasefire held, and Russia evacuated its troops from the island.",
        ],
    ),
    "demobilised": (
        ("Russia", "withdraw"),
        [
            "Russia will demobilise 10,000 reservists.",
            "After the exercise, Russia will demobilise 10,000 reservists.",
            "The Kremlin will demobilise 10,000 reservists, the Russian minister said.",
            "The drills ended, and Russia will demobilise 10,000 reservists.",
        ],
    ),
    "rehearsed_or_practised": (
        ("Russia", "exercise"),
        [
            "The Russian Navy rehearsed a missile strike on a mock carrier group.",
            "On Monday, the Russian Navy rehearsed a missile strike on a mock carrier group.",
            "The Northern Fleet rehearsed a missile strike, the Russian Defence Ministry said.",
            "The drills began, and Russian bombers practised strikes on mock targets.",
        ],
    ),
    "forces_carried_on_by_a_demonstrative": (
        ("Russia", "other"),
        [
            "Russia massed troops near the border, and those forces crossed into Lithuania.",
            "In February, Russia massed troops near the border, and those forces then crossed "
            "into Lithuania.",
            "Minsk allowed 20,000 Russian troops to stage on its territory, and these troops "
            "crossed into Lithuania.",
            "Russia massed troops near the border, and those forces crossed into Lithuania, "
            "the Lithuanian minister said.",
        ],
    ),
}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(sentence, expected, id=f"{name}-{i}")
        for name, (expected, sentences) in _SHAPES.items()
        for i, sentence in enumerate(sentences)
    ],
)
def test_each_verb_of_the_class_reports_its_movement(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in moved(sentence)


def test_the_subject_of_a_second_clause_is_its_own_movements_owner() -> None:
    # The verb right after a party opening a clause of its own: that party's forces, not
    # those of the sentence's first subject.
    assert moved("Moldova protested, but Russia sent 1,500 troops to Transnistria.") == [
        ("Russia", "deploy")
    ]


def test_two_parties_joined_by_and_both_own_what_they_send() -> None:
    # "and" between two parties opens no clause: the first stays the subject.
    found = moved("In the last week, Lithuania and Latvia delivered Stinger missiles to Kyiv.")
    assert found == [("Lithuania", "supply"), ("Latvia", "supply")]


@pytest.mark.parametrize(
    "sentence",
    [
        # A state after a preposition right before the verb is where, not who.
        "The troops in Belarus moved to the border.",
        # The noun "stage" (only "to stage" is the verb).
        "At this stage in the talks, 3,000 Russian troops remain combat-ready.",
        # "stations", "masses", "surged", "transported" with no forces after them.
        "Russia's troops guard the stations in Zaporizhzhia.",
        "Oil prices surged as Russian troops waited in Belarus.",
        "Russian troops transported grain to the port.",
        # To concentrate on something moves no forces.
        "Russia concentrates on training its troops.",
        # Civilians evacuated are no forces withdrawn.
        "The Polish army evacuated civilians from the town.",
        # A parade rehearsed is no drill of an operation.
        "The Ukrainian army rehearsed the parade.",
        # Permission in the present is no act let happen.
        "The treaty allows Russian troops to stage on Belarusian territory.",
        # People cross borders too: only forces crossing fight.
        "Lithuania closed its border, and the refugees crossed into Poland on Tuesday.",
        "Every Lithuanian who crosses the Polish border will be welcomed.",
    ],
)
def test_look_alikes_of_the_class_give_no_movement(sentence: str) -> None:
    assert moved(sentence) == []
