"""The passive "be met with" ("any invasion would be met with severe sanctions", "the demands
were met with silence") is "be answered by": the passive of "meet X with Y", whose "with"
names the answer, never a party met. Read as the meeting cue "met with", it made a meeting
of whichever two parties the clause named. The passive of "meet with" itself, its agent
after "by" ("was met with by the minister"), and the active "met with" stay meeting cues.
An adverb between ("would be swiftly met with a response from the EU") is no meeting and
no reply either (``contact_lookalikes.answered_with``).
In several surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, contacts

from summarise.extraction.backends.baseline.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a news text, two leaders agreeing on a warning
        (
            "Chancellor Otto Weber of Germany and President Anna Berg of Finland agreed that "
            "an attack on Lithuania would be met with unity.",
            None,
            None,
        ),
        # (b) a news text, a party named inside the answer
        (
            "The Polish President said any Russian move on Belarus would be met with "
            "Ukraine's full support for Minsk's opposition.",
            None,
            None,
        ),
        # (c) a readout of a call, a warning affirmed by both sides
        (
            "President Dana Holt and Chancellor Otto Weber of Germany affirmed that a new "
            "Russian attack on Moldova would be met with severe costs.",
            "Readout of President Holt's Call with Chancellor Weber of Germany",
            WHITE_HOUSE,
        ),
        # (d) a perfect passive, "has been met with", in a reported clause
        (
            "Foreign Minister Jan Kral of Czechia and Foreign Minister Dmytro Kovalenko of "
            "Ukraine said the blockade of the ports has been met with outrage.",
            None,
            None,
        ),
        # (e) a future passive in a readout of a meeting
        (
            "President Dana Holt and Prime Minister Elina Markova of Bulgaria stressed that "
            "any attack on a NATO ally will be met with force.",
            "Readout of President Holt's Meeting with Prime Minister Markova of Bulgaria",
            WHITE_HOUSE,
        ),
    ],
)
def test_be_met_with_an_answer_is_no_meeting(
    text: str, title: str | None, source: str | None
) -> None:
    assert all(mode != "meeting" for _, mode, _ in contacts(text, title, source))


def test_a_meeting_beside_a_passive_answer_stays() -> None:
    # Look-alike: the active "met with" in the same sentence is still the meeting.
    text = (
        "President Dana Holt met with Prime Minister Elina Markova of Bulgaria, and they agreed "
        "that any attack on a NATO ally will be met with force."
    )
    assert contacts(text, None, WHITE_HOUSE) == [
        (["Dana Holt", "Elina Markova"], "meeting", "held")
    ]


def test_the_active_met_with_is_a_meeting() -> None:
    text = (
        "Foreign Minister Jan Kral of Czechia met with Foreign Minister Dmytro Kovalenko of "
        "Ukraine."
    )
    assert contacts(text) == [(["Jan Kral", "Dmytro Kovalenko"], "meeting", "held")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the passive of "meet with", its agent after "by"
        ("The delegation was met with by the Foreign Minister.", "met with"),
        # the passive of "meet", greeted on arrival
        ("The delegation was met at the airport by the Foreign Minister.", "met"),
        # the active, in the past and with a subject pronoun
        ("Yesterday they met with the delegation.", "met with"),
    ],
)
def test_meeting_cues_kept(text: str, cue: str) -> None:
    assert [m.group() for m in load_lexicon().contact_modes.finditer(text)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Any incursion would be met with sanctions.",
        "Our proposals were met with silence.",
        "The plan is met with scepticism in the capital.",
        "The offer has been met with resistance.",
        "The idea keeps being met with doubt.",
    ],
)
def test_passive_answer_is_no_meeting_cue(text: str) -> None:
    assert load_lexicon().contact_modes.search(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an adverb between "be" and "met": a lookbehind of the lexicon could not hold it
        (
            "Washington said any Russian attack on Latvia would be swiftly met with a "
            "response from the European Union.",
            None,
        ),
        # a quoted warning, the answer's author after "from"
        (
            '"Any incursion into Estonia will be decisively met with a reply from the whole '
            'Alliance," Minister Elina Markova of Bulgaria said.',
            None,
        ),
        # a White House text, "met by", the reply and an ally named
        (
            "President Dana Holt warned that a strike on Romania would be immediately met by a "
            "firm response from NATO.",
            WHITE_HOUSE,
        ),
        # a get-passive with an adverb, two parties in the clause
        (
            "Chancellor Otto Weber of Germany said the proposal of Prime Minister Elina Markova "
            "of Bulgaria got quickly met with scepticism.",
            None,
        ),
    ],
)
def test_an_act_met_with_an_answer_after_an_adverb_is_no_contact(
    text: str, source: str | None
) -> None:
    assert contacts(text, None, source) == []


@pytest.mark.parametrize(
    "text",
    [
        # the passive of "meet with" with an adverb, its agent after "by"
        "Minister Elina Markova of Bulgaria was warmly met with by President Jonas Petraitis "
        "of Lithuania in Vilnius on Monday.",
        # … with a get-passive
        "Minister Elina Markova of Bulgaria got met with by President Jonas Petraitis of "
        "Lithuania in Vilnius on Monday.",
    ],
)
def test_the_passive_of_meet_with_its_agent_after_by_stays_a_meeting(text: str) -> None:
    assert contacts(text) == [(["Elina Markova", "Jonas Petraitis"], "meeting", "held")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a news text, "would be met with", the answerer after "from"
        (
            "President Anna Berg of Finland warned Russia that any incursion into Estonia "
            "would be met with a firm response from NATO.",
            None,
        ),
        # (b) a White House text, "will be met with"
        (
            "President Dana Holt warned Russia that an attack on Poland will be met with a "
            "swift response from NATO.",
            WHITE_HOUSE,
        ),
        # (c) a progressive passive, "was being met with"
        (
            "Prime Minister Elina Markova of Bulgaria warned Moscow that any blockade of Varna "
            "was being met with a firm response from NATO.",
            None,
        ),
    ],
)
def test_a_reply_that_answers_an_act_is_no_letter(text: str, source: str | None) -> None:
    assert all(mode != "correspondence" for _, mode, _ in contacts(text, None, source))


def test_a_reply_received_stays_a_letter() -> None:
    # Look-alike: the same noun and "from", a reply received, not an act answered.
    text = (
        "President Anna Berg of Finland said Finland received a written response from NATO "
        "on Monday."
    )
    assert contacts(text) == [(["Anna Berg", "NATO"], "correspondence", "held")]
