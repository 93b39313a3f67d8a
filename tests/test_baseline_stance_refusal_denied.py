"""The holder's own refusal denied ("We have never refused contacts with Kiev", synthetic8
y05) is a rejection negated: it takes the side of what it does not refuse (`support`), as
"does not oppose the talks" does. A refusal is a charge when told of another party ("Russia
refused to meet") and a rejection when the holder refuses; a negation between "we" or "I"
and the verb hid the holder's own subject, and the denial was read as a charge. Four
surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a Kremlin transcript turn, "never" after the perfect's auxiliary
        (
            "Vladimir Putin: We have never refused dialogue with Kiev, and we are ready to "
            "talk today.",
            "Meeting with Government members",
            KREMLIN,
            "Vladimir Putin",
        ),
        # (b) a foreign minister's quotation first, "never" with the simple past
        (
            '"We never refused talks with Moscow," Foreign Minister Dmytro Kuleba said.',
            None,
            None,
            "Dmytro Kuleba",
        ),
        # (c) a chancellor's "I", a meeting refused
        (
            '"I have never refused a meeting with the Russian President," Chancellor Olaf '
            "Scholz said.",
            None,
            None,
            "Olaf Scholz",
        ),
        # (d) another side's minister, contacts with the other capital
        (
            '"We have never refused contacts with Kyiv," Foreign Minister Sergei Lavrov said.',
            None,
            None,
            "Sergei Lavrov",
        ),
    ],
)
def test_ones_own_refusal_denied_is_support(
    text: str, title: str | None, source: str | None, expected: str
) -> None:
    """Each fails without the negation skipped between the subject and the verb (read
    as a charge, `accuse`)."""
    assert held_stances(text, title, source) == [(expected, "support")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another party's refusal stays a charge.
        (
            '"Kyiv has refused every proposal for direct talks with Donetsk," Foreign Minister '
            "Sergei Lavrov said.",
            [("Sergei Lavrov", "accuse")],
        ),
        # The holder's own refusal, not denied, is a rejection.
        (
            '"We refuse to negotiate under the threat of force," Foreign Minister Dmytro '
            "Kuleba said.",
            [("Dmytro Kuleba", "oppose")],
        ),
    ],
)
def test_other_refusals_keep_their_sense(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected
