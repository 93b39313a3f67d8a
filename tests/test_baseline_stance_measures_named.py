"""A measure noun described by a participle of taking right after it is only named, a
reduced relative clause: "the sanctions imposed on the USSR were kept" (dev 45), "they
build on the measures we announced last week" (synthetic5 v07), "to take stock of how
the measures announced today are being carried out" (synthetic7 x07), "sanctions imposed after
an invasion would be too late" (synthetic11 q08) tell a measure taken before or by others,
and the clause takes none: no commitment of the holder (the guide: `commit` once a measure
is decided and being put in place by the holder). A participle before the noun, or a modal
after it, still takes it, and so does a verb that carries the named measure on, before it
("will extend the sanctions imposed in 2014") or after it with a modal ("the sanctions
imposed on Russia will remain in place"). Such a measure as the subject of a modal of
prediction is what it would do foretold (q08's "would come too late"): a consequence
predicted, `warn`, unless the participle names its agent ("imposed by the West"). Four
surroundings each, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) a leader's remarks in a quotation, the named measure as the subject
        'President Vladimir Putin said: "The sanctions imposed on our country in 2014 were '
        'never lifted, and they did not work."',
        # (b) a spokesperson reported, the measure after a preposition
        "Press Secretary Jen Psaki said that the new steps build on the measures announced "
        "last week.",
        # (c) a meeting planned, the sayer after the clause
        "The G7 foreign ministers will meet in Vilnius in April to take stock of the sanctions "
        "adopted today, Chancellor Maria Lindqvist said.",
        # (d) a statement's voice, the measure after "of"
        "The ministers reviewed the list of restrictions introduced in 2014.",
    ],
)
def test_a_measure_only_named_by_a_participle_is_no_commitment(text: str) -> None:
    assert "commit" not in [stance for _, stance in held_stances(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The participle before the noun takes it (fails if any participle of taking, not
        # only one right after the noun, named the measure).
        (
            "The European Union has adopted sanctions against ten Russian banks, Commission "
            "President Ursula von der Leyen said.",
            [("Ursula von der Leyen", "commit"), ("EU", "commit")],
        ),
        # A modal right after the noun takes it (fails if any verb of taking after the noun,
        # not only a participle, named the measure).
        (
            "Chancellor Maria Lindqvist said that sanctions would follow any attack on Ukraine.",
            [("Maria Lindqvist", "threaten")],
        ),
        (
            "Chancellor Maria Lindqvist said that sanctions will hit the Russian banks on Monday.",
            [("Maria Lindqvist", "commit")],
        ),
    ],
)
def test_a_measure_taken_by_a_verb_or_a_modal_stays_taken(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Look-alikes: the participle before the noun, a modal after it."""
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) the quotation first, "would come too late"
        (
            '"Sanctions introduced after an invasion would come too late," Prime Minister '
            "Kaja Kallas said.",
            [("Kaja Kallas", "warn")],
        ),
        # (b) a reported minister, "would be useless"
        (
            "Foreign Minister Dmytro Kuleba stressed that sanctions imposed after the first "
            "shot would be useless.",
            [("Dmytro Kuleba", "warn")],
        ),
        # (c) a quotation after "said:", "will not save"
        (
            'President Andrzej Duda said: "Penalties adopted once the tanks have crossed will '
            'not save a single life."',
            [("Andrzej Duda", "warn")],
        ),
        # (d) a ministry, "could not stop", a modifier between
        (
            "The Lithuanian Foreign Ministry said that export controls applied only after an "
            "attack could not stop the Russian army.",
            [("Lithuanian government", "warn")],
        ),
    ],
)
def test_a_named_measure_with_its_effect_foretold_is_a_warning(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


def test_a_measure_named_with_its_agent_foretells_nothing() -> None:
    """Look-alike: "imposed by the West" names another party's measure; what it will not
    do is no warning of the speaker's (fails without the guard on "by")."""
    text = (
        'President Vladimir Putin said: "The sanctions imposed by the West will not break our '
        'economy."'
    )
    assert ("Vladimir Putin", "warn") not in held_stances(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) reported, kept in place after a modal
        (
            "Secretary of State Antony Blinken said that the sanctions imposed on Russia will "
            "remain in place until its forces withdraw.",
            [("Antony Blinken", "commit")],
        ),
        # (b) reported, widened in the passive after a modal
        (
            "Chancellor Maria Lindqvist said that the restrictions introduced last week would be "
            "extended to Belarus.",
            [("Maria Lindqvist", "commit")],
        ),
        # (c) a quotation, the verb of keeping before the measure
        (
            'President Emmanuel Macron said: "We will extend the sanctions imposed in 2014 for '
            'another six months."',
            [("Emmanuel Macron", "commit")],
        ),
        # (d) the quotation first, "maintain" before it
        (
            '"The European Union will maintain the restrictive measures adopted after the '
            'annexation of Crimea," Foreign Minister Dmytro Kuleba said.',
            [("Dmytro Kuleba", "commit")],
        ),
    ],
)
def test_a_named_measure_carried_on_stays_taken(text: str, expected: list[tuple[str, str]]) -> None:
    """Look-alikes: a verb of keeping or widening carries the named measure on ((a) and (b)
    fail without lexicon.toml [punitive] kept; (c) and (d) are also held by the commitment
    cue "will extend", "will maintain")."""
    assert held_stances(text) == expected
