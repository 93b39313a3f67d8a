"""A contact forsworn or refused ("I have no plans to call him", "will not travel to
Moscow", "has no intention of meeting", "declined to speak with"): the negation right
before the trigger, or before a verb of intent governing it, asserts no occasion, so no
contact (the guide: a contact needs an identifiable occasion; a negated movement is none
either). In four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, contacts, extract


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a White House speaker's "I", "no intention of" and a gerund
        (
            "I have no intention of meeting President Lukashenko while his forces stay in Ukraine.",
            "Remarks by President Dana Holt",
            WHITE_HOUSE,
        ),
        # (b) a news text, a reported "will not" and a trip
        ("Chancellor Lena Brandt said she will not travel to Moscow this month.", None, None),
        # (c) a Kyiv readout, a refusal
        (
            "The President of Ukraine declined to speak with President Lukashenko of Belarus.",
            "Readout",
            KYIV,
        ),
        # (d) a visit with its host named by the capital, the source after the clause
        (
            "President Marek Novak of Slovakia has no plans to visit Minsk, his office said.",
            None,
            None,
        ),
        # (e) a plan denied with its verb of intent: "does not plan to call"
        ("Chancellor Lena Brandt does not plan to call President Lukashenko.", None, None),
        # (f) a contact not yet made: "not yet" between the negation and the trigger
        (
            "President Marek Novak of Slovakia has not yet met President Lukashenko, his "
            "office said.",
            None,
            None,
        ),
        (
            "The President of Ukraine has not yet spoken with President Lukashenko of Belarus.",
            "Readout",
            KYIV,
        ),
    ],
)
def test_a_contact_forsworn_is_none(text: str, title: str | None, source: str | None) -> None:
    assert contacts(text, title, source) == []


def test_a_negation_of_only_is_no_refusal() -> None:
    # Look-alike: "not only met X but also …" asserts the meeting.
    found = contacts(
        "Chancellor Lena Brandt not only met President Marek Novak but also addressed the "
        "parliament."
    )
    assert (["Lena Brandt", "Marek Novak"], "meeting", "held") in found


def test_a_negation_of_a_verb_not_of_intent_keeps_the_call() -> None:
    # Look-alike: "did not hesitate to call" negates the hesitating; the call is made.
    found = contacts("Chancellor Lena Brandt did not hesitate to call President Marek Novak.")
    assert [(names, mode) for names, mode, _ in found] == [
        (["Lena Brandt", "Marek Novak"], "phone_call")
    ]


def test_a_negation_of_another_verb_keeps_the_visit() -> None:
    # Look-alike: "would not postpone her visit" negates the postponing, not the visit.
    found = contacts("Chancellor Lena Brandt said she would not postpone her visit to Warsaw.")
    assert [names for names, mode, _ in found if mode == "visit"] == [["Lena Brandt", "Poland"]]


def test_a_negation_earlier_in_the_sentence_keeps_the_meeting() -> None:
    # Look-alike: a negation in another clause, far from the trigger.
    found = contacts(
        "Chancellor Lena Brandt, who had never been to Kyiv, met President Marek Novak of "
        "Slovakia there on Monday."
    )
    assert (["Lena Brandt", "Marek Novak"], "meeting", "held") in found


def test_the_saying_of_a_contact_forsworn_holds_no_view() -> None:
    # What was said is the contact not made: a report, as a contact made is, not a view.
    draft = extract("Foreign Minister Jonas Berg said he is not going to Warsaw this week.")
    assert draft.diplomatic_contacts == []
    assert draft.positions == []
