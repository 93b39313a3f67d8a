"""A harm a party is said to believe it can do is the speaker's charge, the aim told as the
party's miscalculation (the guide: a claim about a leader's aims is `accuse`): "he thought
he could split us", in any tense of believing, with or without "that", and with "can" or
"would be able to" as well as "could" (lexicon.toml `[wished_harm]`, ``harm_believed``).
The speaker's own belief, or one disowned, charges nobody; splitting the costs or a party's
own meeting is no harm, and wanting to split or divide is mostly sharing out. Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

_REMARKS = "Remarks by President Dana Holt on Allied Unity"


def _read(
    text: str, title: str | None = None, source: str | None = None
) -> list[tuple[str, str, str | None]]:
    return [
        (p.holder.name, p.stance, p.target.name if p.target else None)
        for p in extract(text, title, source).positions
    ]


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a transcript turn, "that" after the verb
        (
            "PRESIDENT HOLT: Last winter the Kremlin thought that it could split the allies "
            "with gas prices.",
            _REMARKS,
            WHITE_HOUSE,
            ("Dana Holt", "accuse", "Russian government"),
        ),
        # (b) reported, the present tense and "can"
        (
            "Polish President Adam Lis said Moscow thinks it can divide Europe over energy.",
            None,
            None,
            ("Adam Lis", "accuse", "Russia"),
        ),
        # (c) quoted with a postposed reporting clause, "would be able to"
        (
            '"Vladimir Putin believed he would be able to seize the port within a week," '
            "Latvian Foreign Minister Edgars Kalns said.",
            None,
            None,
            ("Edgars Kalns", "accuse", "Vladimir Putin"),
        ),
        # (d) a pronoun standing for the leader named in the sentence before
        (
            "PRESIDENT HOLT: I met Vladimir Putin in Geneva. He believes that he can divide "
            "the West.",
            _REMARKS,
            WHITE_HOUSE,
            ("Dana Holt", "accuse", "Vladimir Putin"),
        ),
    ],
)
def test_a_harm_a_party_believes_it_can_do_is_the_speakers_charge(
    text: str, title: str | None, source: str | None, expected: tuple[str, str, str]
) -> None:
    assert expected in _read(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # The speaker's own belief, in a transcript turn: a warning as before, no charge.
        "PRESIDENT HOLT: I thought he could attack at any moment, so we moved our reserves.",
        "PRESIDENT HOLT: We assumed they could strike within hours of the order.",
        "PRESIDENT HOLT: We believed they could divide the union, but the union held firm.",
        # Disowned: no one is said to hold the belief.
        "PRESIDENT HOLT: I don't think they can attack the capital this week.",
    ],
)
def test_the_speakers_own_or_a_disowned_belief_charges_nobody(text: str) -> None:
    assert "accuse" not in [stance for _, stance, _ in _read(text, _REMARKS, WHITE_HOUSE)]


@pytest.mark.parametrize(
    "text",
    [
        # Wanting to split or divide is sharing out, whatever follows.
        "Germany would like to divide Europe's gas reserves fairly among members.",
        "Berlin wanted to split NATO's summit into two sessions.",
        # A party's own thing split after a belief: no party split.
        "Chancellor Ida Brenner thought she could split the EU's summit into two sessions.",
    ],
)
def test_splitting_a_partys_own_thing_or_wanting_to_split_charges_nobody(text: str) -> None:
    assert "accuse" not in [stance for _, stance, _ in _read(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Ida Brenner thought she could split the costs of the air base with France.",
        "Chancellor Ida Brenner believed she could divide the aid into two tranches.",
    ],
)
def test_a_belief_in_a_harmless_act_stays_a_view_reported(text: str) -> None:
    # The verb of believing stays a verb of saying: the believer holds the view.
    assert ("Ida Brenner", "other") in [(h, s) for h, s, _ in _read(text)]


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) reported: the party harmed is no target, the subject is
        (
            "Polish President Adam Lis said that Russia wants to attack Lithuania.",
            None,
            None,
            ("Adam Lis", "accuse", "Russia"),
        ),
        # (b) an aim, "seeking to", the alliance divided
        (
            "Polish President Adam Lis stressed that Moscow is seeking to divide the alliance.",
            None,
            None,
            ("Adam Lis", "accuse", "Russia"),
        ),
        # (c) quoted, the subject after the opening quotation mark
        (
            '"The Kremlin believed it would be able to seize Kharkiv within a week," Latvian '
            "Foreign Minister Edgars Kalns said.",
            None,
            None,
            ("Edgars Kalns", "accuse", "Russian government"),
        ),
        # (d) a pronoun with no party before it: the leader is unknown, NATO is not charged
        (
            "PRESIDENT HOLT: He thought he could split NATO within a year.",
            _REMARKS,
            WHITE_HOUSE,
            ("Dana Holt", "accuse", None),
        ),
        # A party named after the verb of charging is still the target.
        (
            "Polish President Adam Lis accused Russia of wanting to invade Lithuania.",
            None,
            None,
            ("Adam Lis", "accuse", "Russia"),
        ),
    ],
)
def test_a_harm_charged_is_aimed_at_the_doer_not_the_party_harmed(
    text: str, title: str | None, source: str | None, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _read(text, title, source)
