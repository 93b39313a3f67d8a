"""A party pronoun in a position's clause ("their attacks", "call on them", "its build-up")
stands, for the target, for the subject it continues: its own sentence's, named before
it, else the sentence before's, in the same paragraph and turn (``party_pronouns``). In
four surroundings (publisher, party, way of naming it, sentence shape), with look-alikes:
a subject that is a person, one that disagrees in number, a subject across a paragraph,
a party or a plural noun named between. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_targets


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a news report: a quotation after narration, "their" for "the Kiev authorities"
        (
            "The Kiev authorities keep shelling the towns of Donbass. \u201cWe condemn their "
            "attacks on civilians and their sabotage of the peace process,\u201d Maria "
            "Zakharova said.",
            None,
            None,
            ("accuse", "Ukraine"),
        ),
        # (b) a Kremlin transcript: "them" for a plural noun, in one speaker's turn
        (
            "Vladimir Putin: The Western countries continue to send weapons to the region. We "
            "call on them to stop fuelling the war.",
            "Meeting with Security Council members",
            KREMLIN,
            ("demand", "Western countries"),
        ),
        # (c) a White House statement: "it" for a state, the subject of the sentence before
        (
            "Russia has massed over 100,000 troops on the border. We call on it to "
            "withdraw its forces and return to diplomacy.",
            "Statement by Press Secretary Dana Holt",
            WHITE_HOUSE,
            ("demand", "Russia"),
        ),
        # (d) a Kyiv address: "its" for an alliance, subject of the pronoun's own sentence
        (
            "NATO has the means to close the sky, and we urge it to use its strength now.",
            "Address by the President",
            KYIV,
            ("demand", "NATO"),
        ),
    ],
)
def test_a_party_pronoun_targets_the_subject_it_continues(
    text: str, title: str | None, source: str | None, expected: tuple[str, str]
) -> None:
    assert expected in stance_targets(text, title, source)


def test_a_pronoun_continues_the_subject_of_a_reported_clause() -> None:
    """The sentence before reports a person's words: the pronoun continues the subject of
    what is reported, not the person saying it."""
    text = (
        "Speaking in Sochi, Vladimir Putin noted that the Kiev authorities may be readying "
        "an attack on Luhansk. \u201cWe do not rule out that they will resort to force,\u201d the "
        "President of Russia added."
    )
    assert ("concern", "Ukraine") in stance_targets(text, None, None)


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # "them" after two people: people are no party a pronoun here stands for
        (
            "Vladimir Putin: President Macron and Chancellor Scholz called me yesterday. We "
            "call on them to stop fuelling the war.",
            "Meeting with Security Council members",
            KREMLIN,
            ("demand", None),
        ),
        # "them" after a state named in the singular: no agreement in number
        (
            "Vladimir Putin: Poland keeps sending weapons to the region. We call on them to "
            "stop fuelling the war.",
            "Meeting with Security Council members",
            KREMLIN,
            ("demand", None),
        ),
        # a paragraph between: the subject before is out of reach
        (
            "The Western countries continue to send weapons to the region.\n\n\u201cWe call "
            "on them to stop fuelling the war,\u201d Sergei Lavrov said.",
            None,
            None,
            ("demand", None),
        ),
    ],
)
def test_no_target_from_a_person_a_disagreeing_subject_or_another_paragraph(
    text: str, title: str | None, source: str | None, expected: tuple[str, None]
) -> None:
    assert expected in stance_targets(text, title, source)


def test_a_party_named_between_binds_the_pronoun() -> None:
    """ "As for Ukraine, we respect its choice": "its" is Ukraine's, named just before it,
    so the subject of the sentence before (NATO) is not read into it."""
    text = (
        "Vladimir Putin: NATO keeps moving its infrastructure to the east. As for Ukraine, we "
        "respect its sovereign choice."
    )
    targets = stance_targets(text, "Meeting with Security Council members", KREMLIN)
    assert ("support", "Ukraine") in targets


def test_a_plural_noun_between_binds_they() -> None:
    """ "… complete them at once, so that they can be agreed": "they" are the sanctions named
    between, not the states that open the sentence."""
    text = (
        "Finland and Estonia stand ready to back tough sanctions from the European Union, "
        "and urge the Union to complete them at once, so that they can be agreed this week."
    )
    targets = stance_targets(
        text, "Joint statement of the Presidents of Finland and Estonia", "President of Finland"
    )
    assert ("demand", "Finland") not in targets


def test_a_closed_class_word_in_s_between_binds_no_plural_pronoun() -> None:
    """An adverb spelt like a plural noun ("always", "perhaps") between the subject and
    "their" or "them" is no noun the pronoun could stand for (grammar
    ``s_function_words``); without that list the pronoun would be left to the resolver."""
    opening = "Vladimir Putin: The Western countries continue to send weapons to the region. "
    title = "Meeting with Security Council members"
    always = opening + "We always condemn their attacks on civilians."
    perhaps = opening + "We perhaps call on them too softly to stop fuelling the war."
    assert ("accuse", "Western countries") in stance_targets(always, title, KREMLIN)
    assert ("demand", "Western countries") in stance_targets(perhaps, title, KREMLIN)
