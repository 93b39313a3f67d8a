"""A bare "and" right before a cue of another stance opens that stance's verb phrase, when the
verb has no ending or auxiliary to show it: the plain present of a plural or first-person
subject ("The Parties express support for the proposals and call for their prompt
consideration": a support and a demand, granularity rule 1). Each clause is its own item,
quoted with its clause. Look-alikes: a cue that is the rest of a noun phrase ("a fair and
peaceful settlement"), a gerund sharing the object of the verb before it ("by identifying
and freezing the assets"), a cue opening with its own auxiliary ("and will provide"), and
one stance taken twice. Each in four surroundings: a transcript turn's "we", two states
named in a joint statement, an adverb before the second verb, and a quotation whose
speaker is a pronoun. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def found(text: str, title: str, source: str) -> list[tuple[str, str, str]]:
    """(holder, stance, quote) of every position of ``text``."""
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance, p.evidence[0].quote) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a transcript turn's "we", the Kremlin: a support and a demand
        (
            "President Sokolov: We respect the choice of the Moldovan people and call on all"
            " parties to refrain from provocations.",
            "Meeting with Security Council members",
            KREMLIN,
            [
                ("Sokolov", "support", "We respect the choice of the Moldovan people"),
                ("Sokolov", "demand", "call on all parties to refrain from provocations."),
            ],
        ),
        # (b) two states named as the subject of a joint statement: a support and a charge
        (
            "The United States and Poland reaffirm their support for Moldova's sovereignty and"
            " condemn Russia's pressure on Chisinau.",
            "Joint Statement of the United States and Poland",
            WHITE_HOUSE,
            [
                (
                    "United States and Poland",
                    "support",
                    "The United States and Poland reaffirm their support for Moldova's sovereignty",
                ),
                ("United States and Poland", "accuse", "condemn Russia's pressure on Chisinau."),
            ],
        ),
        # (c) an adverb before the second verb, in Kyiv's joint statement
        (
            "Poland and Lithuania welcome the release of the detained journalists and strongly"
            " condemn the shelling of Kharkiv.",
            "Joint Statement of Poland and Lithuania",
            KYIV,
            [
                (
                    "Poland and Lithuania",
                    "support",
                    "Poland and Lithuania welcome the release of the detained journalists",
                ),
                ("Poland and Lithuania", "accuse", "condemn the shelling of Kharkiv."),
            ],
        ),
        # (d) a quotation, its speaker a pronoun after it, named in the sentence before
        (
            "Foreign Minister Olena Marchenko of Ukraine spoke in Kyiv on Monday. “We reject the"
            " ultimatum of the Kremlin and urge Moscow to withdraw its troops from Belarus,”"
            " she said.",
            "Statement",
            KYIV,
            [
                ("Olena Marchenko", "oppose", "We reject the ultimatum of the Kremlin"),
                (
                    "Olena Marchenko",
                    "demand",
                    "urge Moscow to withdraw its troops from Belarus,” she said.",
                ),
            ],
        ),
    ],
)
def test_a_second_stance_after_a_bare_and_is_its_own_item(
    text: str, title: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, title, source) == expected


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # the cue is the rest of a noun phrase: "a political and diplomatic settlement"
        (
            "The President of Ukraine said that Ukraine remains committed to a fair and peaceful"
            " settlement of the conflict in Donbas.",
            "Statement",
            KYIV,
        ),
        # two verbs share one object: "by identifying and freezing the assets"
        (
            "We commit to launching a task force that will enforce our sanctions by finding"
            " and freezing the assets of sanctioned oligarchs.",
            "Joint Statement of the G7 Leaders",
            WHITE_HOUSE,
        ),
        # the cue opens with its own auxiliary: "and will provide"
        (
            "The United States commends the courage of the Moldovan people and will provide"
            " an additional $20 million to help refugees.",
            "Statement",
            WHITE_HOUSE,
        ),
        # one stance taken twice stays one item (the guide's Kirby rule)
        (
            "Poland and Lithuania condemn the shelling of Kharkiv and denounce the blockade of"
            " Mariupol.",
            "Joint Statement of Poland and Lithuania",
            KREMLIN,
        ),
    ],
)
def test_a_bare_and_that_opens_no_verb_phrase_of_another_stance_cuts_nothing(
    text: str, title: str, source: str
) -> None:
    assert len(found(text, title, source)) == 1
