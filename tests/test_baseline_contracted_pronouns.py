"""A pronoun with a contracted auxiliary ("I'll", "He's", "They've", "we're") is the
pronoun: the clitic is the verb (Quirk et al. 3.23), not part of a name nor a possessive.
With the speaker found, two readings of full forms hold too: an aim named by a noun ("we
have seen the plans to …") is not the perceiver's, and forces told in what someone says
or what the subject is told are not the subject's. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, contacts, extract, held_stances

from summarise.extraction.backends.baseline.mentions import find_mentions

REMARKS = "Remarks by President Biden"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("I\u2019ll speak with him.", [("first", "I"), ("pronoun", "him")]),
        ("They\u2019ve moved field hospitals.", [("pronoun", "They")]),
        ("He\u2019s a brave man.", [("pronoun", "He")]),
        ("We\u2019re ready.", [("first", "We")]),
        ("He'd be open to it.", [("pronoun", "He"), ("pronoun", "it")]),
    ],
)
def test_a_contracted_pronoun_is_the_pronoun(text: str, kinds: list[tuple[str, str]]) -> None:
    found = find_mentions(text)
    assert [(m.kind, m.text) for m in found] == kinds
    assert not any(m.possessive for m in found)  # "He's" is "he is", not "his"


def test_a_name_keeps_its_possessive() -> None:
    (m,) = find_mentions("Russia\u2019s forces")
    assert (m.kind, m.possessive) == ("body", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain
        (
            "THE PRESIDENT: I\u2019ll speak with President Zelenskyy again on Friday.",
            [(["Biden", "Zelenskyy"], "other", "planned")],
        ),
        # (b) after a fronted adverbial
        (
            "THE PRESIDENT: After the summit, I\u2019ll speak with President Zelenskyy again.",
            [(["Biden", "Zelenskyy"], "other", "planned")],
        ),
        # (c) the other side named by office
        (
            "THE PRESIDENT: I\u2019ll speak with the President of Poland on Friday.",
            [(["Biden", "President of Poland"], "other", "planned")],
        ),
        # (d) one clause of two
        (
            "THE PRESIDENT: I\u2019ll speak with President Zelenskyy on Friday, and then "
            "we\u2019ll decide.",
            [(["Biden", "Zelenskyy"], "other", "planned")],
        ),
    ],
)
def test_a_planned_contact_told_with_a_contraction(
    text: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, REMARKS, WHITE_HOUSE) == expected


def test_a_contracted_he_after_a_first_mention() -> None:
    found = contacts(
        "President Hale met Chancellor Scholz in Berlin. He\u2019ll speak with President Zelenskyy "
        "on Friday."
    )
    assert found == [
        (["Hale", "Scholz"], "meeting", "held"),
        (["Hale", "Zelenskyy"], "other", "planned"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "THE PRESIDENT: We\u2019ve seen the plans to stage a provocation in the Donbas.",
        "THE PRESIDENT: We have seen the plans to stage a provocation in the Donbas.",
    ],
)
def test_an_aim_named_by_a_noun_is_not_the_perceivers(text: str) -> None:
    # Read as the subject's verb, "we … plans to" would be the speaker's own intent (commit).
    assert held_stances(text, REMARKS, WHITE_HOUSE) == [("Biden", "accuse")]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("THE PRESIDENT: We intend to host the talks in Geneva.", "commit"),
        (
            "THE PRESIDENT: We\u2019ve seen their plans to stage a provocation in the Donbas.",
            "accuse",
        ),
    ],
)
def test_whose_aim_is_its_subjects_or_possessors(text: str, stance: str) -> None:
    assert held_stances(text, REMARKS, WHITE_HOUSE) == [("Biden", stance)]


@pytest.mark.parametrize(
    "text",
    [
        "THE PRESIDENT: I won\u2019t call him just to have another conversation where he tells me "
        "the troops are on exercises.",
        "THE PRESIDENT: I\u2019m told the troops are on exercises.",
        "THE PRESIDENT: We were told the troops are on exercises.",
    ],
)
def test_forces_told_to_the_speaker_are_not_his(text: str) -> None:
    # Without the guard the sentence's subject, the speaker, owns them: a United States drill.
    assert extract(text, REMARKS, WHITE_HOUSE).military_movements == []


def test_forces_the_speaker_sends_are_his() -> None:
    moved = extract(
        "THE PRESIDENT: Since January, we\u2019ve sent 200 Javelin missiles to Ukraine.",
        REMARKS,
        WHITE_HOUSE,
    ).military_movements
    assert [(m.actor.name, m.activity) for m in moved] == [("United States", "supply")]
