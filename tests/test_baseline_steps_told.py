"""A commitment word whose object is a contact or a movement the clause tells is that item,
no view (the guide: an order or plan of forces is a `planned` movement and no separate
position; a meeting fixed is a `planned` contact): "will take part in the summit", "will
hold a meeting", "the visit will not take place", "intends to deploy 20 fighter jets", "the
units will be ready to move". Beside each, the look-alike that stays a position: what is
pledged names no contact, or moves no forces. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions

_TITLE = "Statement on the situation"


def _stances(text: str) -> list[tuple[str, str]]:
    return [(h, s) for h, s, _ in positions(extract(text, _TITLE))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain: taking part in a contact named as a noun
        "President Anna Berg will take part in the summit of the European Union in Brussels, "
        "her spokesman Piotr Nowak said.",
        # (b) after a fronted adverbial, with whom left unnamed
        "On Friday, President Anna Berg will hold a meeting with members of the Government.",
        # (c) the occasion as the subject, the speaker a ministry
        "The visit of Prime Minister Jan Kowal, which had been planned for May, will not take "
        "place, the Polish Foreign Ministry said.",
        # (d) one clause of two, said by a spokesman
        "Spokesman Piotr Nowak said President Anna Berg will take part in the summit in Riga, "
        "and the talks will take place in Geneva on Monday.",
    ],
)
def test_a_contact_told_is_no_commitment(text: str) -> None:
    assert [s for _, s in _stances(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Russia intends to deploy 20 fighter jets to Belarus, Defence Minister Oleg Markov said.",
        # (b) after a fronted adverbial
        "Next week, Russia intends to deploy 20 fighter jets to Belarus, Defence Minister "
        "Oleg Markov said.",
        # (c) the forces as the subject, the speaker named by office
        "After the drills, the units will be ready to move to the border within two days, "
        "Defence Minister Oleg Markov reported.",
        # (d) the government's decision, postposed announcement
        "The Government of Canada has decided to supply Ukraine with rifles and ammunition, "
        "Minister Anna Berg announced.",
    ],
)
def test_a_movement_of_forces_told_is_no_commitment(text: str) -> None:
    assert _stances(text) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Measures taken are a commitment of the holder's.
        (
            "Russia will take measures to protect its security, spokesman Oleg Markov said.",
            "commit",
        ),
        # Sending a delegation moves no forces.
        (
            "Russia is ready to send a delegation to Minsk for talks, spokesman Oleg Markov said.",
            "commit",
        ),
        # A word given about forces is a commitment beside the movement.
        (
            "Norway pledged to send two battalions to Lithuania, spokesman Oleg Markov said.",
            "commit",
        ),
        # Providing money moves no forces either.
        (
            "Spokesman Oleg Markov said Russia was committed to providing additional budget "
            "support to Belarus.",
            "commit",
        ),
    ],
)
def test_look_alikes_stay_commitments(text: str, stance: str) -> None:
    assert [s for _, s in _stances(text)] == [stance]
