"""A subject "he"/"she" after a report goes on with the person whose words were reported:
'"…," Ann Lee said. She added that …', "According to him, …. He stressed that …". The
sentence before names that person only in its reporting clause, or only by a pronoun, or
beside someone else, yet a reader takes the reporter as the one who goes on speaking:
the speaker of a report is its topic. In a transcript turn or the
document's own voice the sentence before is the speaker's, whose "he" is someone else.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, holders_of


@pytest.mark.parametrize(
    ("text", "words", "source", "holder"),
    [
        # (a) a news text: the quotation's reporting clause names the speaker, beside
        # another person the quotation names
        (
            "Foreign Minister Karl Brandt met the Ambassador of Chile in Oslo on Monday.\n\n"
            '"We expect Moscow to listen to Chancellor Anna Weiss," Karl Brandt said. '
            "He stressed that the sanctions must remain in force until the troops leave.",
            "sanctions must remain",
            None,
            "Karl Brandt",
        ),
        # (b) another publisher and party, the speaker named by "according to him": a
        # spokesperson, whose principal holds what "he" adds
        (
            "Spokesman for the State Border Service Petro Savchuk briefed journalists in "
            "Lviv. According to him, the neighbouring side has not informed Ukraine about "
            "the exercises. He added that Ukraine demands full transparency from Minsk.",
            "demands full transparency",
            KYIV,
            "State Border Guard Service of Ukraine",
        ),
        # (c) the speaker named only by a pronoun in the reporting clause
        (
            "Former ambassador Helen Carter spoke to the BBC on Sunday. "
            '"Moscow is testing us," she told the BBC. '
            "She said she believed the alliance must reject any ultimatum.",
            "must reject any ultimatum",
            None,
            "Helen Carter",
        ),
        # (d) another sentence shape: a fronted adverbial before the pronoun, in a readout;
        # the quotation names someone else too
        (
            "Presidential Aide Oleg Morozov took part in the consultations in Geneva. "
            '"Our proposals remain on the table, and Ms Price knows it," Oleg Morozov said. '
            "At the same time, he warned that Russia would respond to any new deployment.",
            "respond to any new deployment",
            KREMLIN,
            "Oleg Morozov",
        ),
    ],
)
def test_he_goes_on_with_the_reported_speaker(
    text: str, words: str, source: str | None, holder: str
) -> None:
    assert holders_of(text, words, source=source) == [holder]


def test_in_a_turn_he_is_not_the_turns_speaker() -> None:
    # Read as the reporter of the sentence before, "he" would be the press secretary.
    text = (
        "MS. BERG: Good afternoon.\n\n"
        "Q Does President Lee support the plan?\n\n"
        "MS. BERG: We welcome the plan. He said yesterday that Russia must withdraw its "
        "troops.\n"
    )
    found = holders_of(
        text,
        "must withdraw",
        title="Press Briefing by Press Secretary Anna Berg",
        source=WHITE_HOUSE,
    )
    assert found == ["Lee"]


def test_in_the_documents_voice_he_is_the_person_named() -> None:
    # Read as the reporter of the sentence before, "he" would be the President himself.
    text = (
        "Today I spoke with Federal Chancellor Karl Weber of Germany. He told me that "
        "Germany will demand a full withdrawal of Russian troops."
    )
    found = holders_of(
        text,
        "full withdrawal",
        title="Address by President of Ukraine Ivan Koval",
        source=KYIV,
    )
    assert found == ["Karl Weber"]


def test_it_said_is_the_body_not_the_person_last_speaking() -> None:
    # Read as a person's "he said", the quotation would be the Prime Minister's.
    text = (
        'Prime Minister Tom Hale said: "We will keep talking to Moscow."\n\n'
        "The Kremlin did not say how it would respond. After the call, it said: "
        "\u201cNATO's refusal to answer Russia's concerns was noted, and the alliance must "
        "reject its open-door policy.\u201d"
    )
    found = holders_of(text, "open-door policy")
    assert found == ["Russian government"]


def test_a_quotations_he_added_goes_on_with_the_source_of_according_to() -> None:
    # No person has been a subject: only the source of "according to" can be "he".
    text = (
        "The talks in Istanbul lasted five hours. According to Adviser Ivan Petrenko, the "
        "working groups will continue tomorrow. "
        '"We demand a full ceasefire before any meeting of the presidents," he added.'
    )
    assert holders_of(text, "full ceasefire") == ["Ivan Petrenko"]
