"""A charge or a demand that names no party after its cue is aimed at its clause's subject
("Russia refused to hold the meeting", "the Russian troops must leave"); a warning, like a
threat, at the subject of its condition ("If Russia attacks, the consequences …"). In four
surroundings, with look-alikes: a party inside the subject ("the talks with Russia"), the
holder's own side as subject, and a warning's condition never joined to its topic.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _targets(text: str, title: str | None, source: str | None) -> list[tuple[str, str | None]]:
    return [
        (p.stance, p.target.name if p.target is not None else None)
        for p in extract(text, title, source).positions
    ]


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a Kyiv address: a charge, its subject opening the sentence
        (
            "Volodymyr Zelenskyy: Russia refused to hold the meeting of the Contact Group again.",
            "Address by the President",
            KYIV,
            ("accuse", "Russia"),
        ),
        # (b) a Kremlin transcript: an alliance, after a linking adverbial and its comma
        (
            "Vladimir Putin: Once again, NATO has simply ignored our proposals.",
            "Meeting with Security Council members",
            KREMLIN,
            ("accuse", "NATO"),
        ),
        # (c) a White House statement: a demand, "must" said of the subject
        (
            "Russia must choose de-escalation.",
            "Statement by Press Secretary Dana Holt",
            WHITE_HOUSE,
            ("demand", "Russia"),
        ),
        # (d) a news report: the demand reported after "that", its subject an adjective
        (
            "Moldovan President Ana Rusu said on Monday that the Russian troops must leave "
            "Transnistria.",
            None,
            None,
            ("demand", "Russia"),
        ),
    ],
)
def test_a_charge_or_demand_is_aimed_at_its_subject(
    text: str, title: str | None, source: str | None, expected: tuple[str, str]
) -> None:
    assert _targets(text, title, source) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A party inside the subject is not the subject.
        "The talks with Russia must continue.",
        # The holder's own side as subject is no target.
        "American forces must remain ready.",
    ],
)
def test_no_target_from_inside_the_subject_or_the_holders_own(text: str) -> None:
    assert _targets(text, "Statement by Press Secretary Dana Holt", WHITE_HOUSE) == [
        ("demand", None)
    ]


def test_a_warning_is_aimed_at_its_conditions_subject_and_does_not_name_it() -> None:
    (position,) = extract(
        "If Russia attacks, the consequences for Europe will be catastrophic.",
        "Address by the President",
        KYIV,
    ).positions
    assert position.stance == "warn"
    assert position.target is not None
    assert position.target.name == "Russia"
    assert " if " not in f" {position.topic} "
