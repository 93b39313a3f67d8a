"""A plain line says whose the speaker's "our" is: a movement's place and forces from its
claimants' one state, a position's topic from its holder; words no one owner is known for
are quoted (sentences and names invented for these tests)."""

from __future__ import annotations

import pytest
from plain_lines import FREEDONIA, KING, ORTA, PENNY, SYLVANIA, moved, ref, said

from summarise.briefing.model import CanonicalActor


# A place in the speaker's words: said from the reader's side, "our" names the reader's.
@pytest.mark.parametrize(
    ("actor", "claimants", "destination", "activity", "line"),
    [
        # A head of state's address: a person claimant, their state.
        (
            SYLVANIA,
            [ORTA],
            "near our border",
            "deploy",
            "Sylvania is deploying units near Freedonia's border.",
        ),
        # A ministry statement: the state itself claims it.
        (
            FREEDONIA,
            [SYLVANIA],
            "along our western borders",
            "mass",
            "Freedonia has massed units along Sylvania's western borders.",
        ),
        # An alliance's forces, two officials of one state claiming them.
        (
            ref("the Alliance", "organisation"),
            [PENNY, SYLVANIA],
            "near our southern frontier",
            "mass",
            "The Alliance has massed units near Sylvania's southern frontier.",
        ),
        # A wire report quoting no one: whose "our" it is stays the speaker's, in quotes.
        (
            SYLVANIA,
            [],
            "to our army",
            "supply",
            "Sylvania is supplying units \u201cto our army\u201d.",
        ),
        # Claimants of two states: no one state is "our".
        (
            SYLVANIA,
            [ORTA, PENNY],
            "near our border",
            "deploy",
            "Sylvania is deploying units \u201cnear our border\u201d.",
        ),
        # Another first-person word than "our": quoted, not rewritten.
        (
            SYLVANIA,
            [ORTA],
            "towards us",
            "deploy",
            "Sylvania is deploying units \u201ctowards us\u201d.",
        ),
    ],
)
def test_a_place_in_the_speakers_words_says_whose_it_is(
    actor: CanonicalActor,
    claimants: list[CanonicalActor],
    destination: str,
    activity: str,
    line: str,
) -> None:
    assert moved(actor, activity, "units", destination=destination, claimed_by=claimants) == line


def test_a_place_in_no_ones_first_person_is_left_as_it_is() -> None:
    """Look-alikes: "hours" and "Ourense" hold no "our"; a third-person place is no one's."""
    assert moved(SYLVANIA, "deploy", "units", destination="Ourense", claimed_by=[ORTA]) == (
        "Sylvania is deploying units to Ourense."
    )
    assert moved(
        SYLVANIA, "deploy", "units", destination="near their border for hours", claimed_by=[ORTA]
    ) == ("Sylvania is deploying units near their border for hours.")


# Forces in the speaker's words ("Our exercise"): the actor's own when the speaker is the
# actor's side, else quoted.
@pytest.mark.parametrize(
    ("actor", "claimants", "activity", "forces", "status", "line"),
    [
        # A ministry statement: the state itself claims its own exercise.
        (
            FREEDONIA,
            [FREEDONIA],
            "exercise",
            "Our exercise",
            "planned",
            "Freedonia will hold its exercise.",
        ),
        # A head of state's address: a person of the actor's state.
        (FREEDONIA, [ORTA], "deploy", "our reserve battalions", "ongoing", None),
        # An army named for its state, claimed by the state's official.
        (
            ref("Freedonian Army", "military", "Freedonia"),
            [KING],
            "mass",
            "our armoured units",
            "completed",
            "The Freedonian Army massed its armoured units.",
        ),
        # A wire report quoting no one: whose "our" is stays unsaid, in quotes.
        (
            FREEDONIA,
            [],
            "exercise",
            "our exercise",
            "ongoing",
            "Freedonia is holding \u201cour exercise\u201d.",
        ),
    ],
)
def test_forces_in_the_speakers_words_are_the_actors_own_or_quoted(
    actor: CanonicalActor,
    claimants: list[CanonicalActor],
    activity: str,
    forces: str,
    status: str,
    line: str | None,
) -> None:
    said_line = moved(actor, activity, forces, claimed_by=claimants, status=status)
    assert said_line == (line or "Freedonia is deploying its reserve battalions.")


def test_forces_in_another_sides_words_are_quoted_not_the_actors() -> None:
    """Look-alikes: a Sylvanian speaker's "our units" moved by Freedonia are not
    Freedonia's; "towards us" names no owner; "hours" and "Ourense" hold no "our"."""
    assert moved(FREEDONIA, "deploy", "our units", claimed_by=[PENNY]) == (
        "Freedonia is deploying \u201cour units\u201d."
    )
    assert moved(FREEDONIA, "deploy", "units sent to us", claimed_by=[ORTA]) == (
        "Freedonia is deploying \u201cunits sent to us\u201d."
    )
    assert moved(FREEDONIA, "deploy", "Ourense garrison units", claimed_by=[PENNY]) == (
        "Freedonia is deploying Ourense garrison units."
    )


def test_an_acronym_in_capitals_is_no_first_person() -> None:
    """Look-alikes: "US troops" and "the ME region" are no speaker's "us" and "me"; "Us"
    opening a phrase still is."""
    assert moved(FREEDONIA, "deploy", "US troops", claimed_by=[ORTA]) == (
        "Freedonia is deploying US troops."
    )
    assert moved(
        FREEDONIA, "deploy", "units", destination="to US bases in the ME region", claimed_by=[]
    ) == ("Freedonia is deploying units to US bases in the ME region.")
    assert moved(FREEDONIA, "deploy", "units", destination="Us and our allies", claimed_by=[]) == (
        "Freedonia is deploying units to \u201cUs and our allies\u201d."
    )


# A position's topic in the holder's words ("near our borders"): said whose, or quoted.
@pytest.mark.parametrize(
    ("holder", "stance", "topic", "line"),
    [
        # A foreign minister at a briefing: a person's state.
        (
            ref("Jan Nowak", country="Poland"),
            "demand",
            "an explanation of the military activity near our borders",
            "Jan Nowak called for an explanation of the military activity near Poland's borders.",
        ),
        # A ministry statement: the state's own.
        (
            FREEDONIA,
            "commit",
            "act together with our allies",
            "Freedonia pledged to act together with its allies.",
        ),
        # An office of government: its state, and "our country" is the state itself.
        (
            ref("Freedonian Foreign Ministry", "government", "Freedonia"),
            "concern",
            "economic pressure against our country",
            "The Freedonian Foreign Ministry voiced concern about economic pressure against"
            " Freedonia.",
        ),
        # A transcript's "we" mid-topic: no one's to say, so the holder's words are quoted.
        (
            KING,
            "demand",
            "answers to the questions we have raised",
            "Rufus Firefly called for \u201canswers to the questions we have raised\u201d.",
        ),
    ],
)
def test_a_topic_in_the_holders_words_says_whose_or_is_quoted(
    holder: CanonicalActor, stance: str, topic: str, line: str
) -> None:
    assert said(holder, stance, topic) == line


def test_a_topic_whose_first_person_has_no_known_owner_is_quoted_not_given_one() -> None:
    """Look-alikes: an organisation's "our" is not the state it sits in; "US sanctions",
    "Ourense" and "their borders" hold no first person; a topic opening in the first
    person keeps its brackets."""
    alliance = ref("the Alliance", "organisation", "Sylvania")
    assert said(alliance, "support", "the security of our members") == (
        "The Alliance voiced support for \u201cthe security of our members\u201d."
    )
    assert said(KING, "support", "sanctions by the US on Ourense near their borders") == (
        "Rufus Firefly voiced support for sanctions by the US on Ourense near their borders."
    )
    assert said(FREEDONIA, "commit", "our allies on the eastern shore") == (
        "Freedonia made a commitment (our allies on the eastern shore)."
    )
