"""Disregard of what is owed said without "ignore" (PETRARCH's IGNORE block, CAMEO 111): no
interest in a step ("the Russian side was not yet interested in a real de-escalation"),
no hurry to consider a proposal, no serious attitude shown, choosing not to notice, turning
a blind eye, and a longer object not taken into account ("did not take Russia's main concerns
into account") charge the party told of (`accuse`); of one's own side they are a refusal
(`oppose`), as "not ready to" is. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a Kremlin readout, reported, a serious attitude not shown
        (
            "Vladimir Putin noted that the envoys from Kiev were not showing a "
            "serious attitude to the talks.",
            [("Vladimir Putin", "accuse")],
        ),
        # (b) a minister quoted, another party in no hurry to consider proposals
        (
            'Foreign Minister Sergei Lavrov said: "The Americans are in no hurry to consider '
            'our proposals."',
            [("Sergei Lavrov", "accuse")],
        ),
        # (c) a Western leader, "not really interested in", a support cue after it
        (
            "Prime Minister Mark Rutte said that the Kremlin is not really interested in a "
            "diplomatic solution.",
            [("Mark Rutte", "accuse")],
        ),
        # (d) a quotation first, the capital named by metonymy, choosing not to notice
        (
            '"Moscow prefers not to notice the shelling of our cities," Ukrainian Foreign '
            "Minister Dmytro Kuleba said.",
            [("Dmytro Kuleba", "accuse")],
        ),
        # (e) a spokeswoman, a blind eye turned, the saying verb postposed
        (
            "The European Union turns a blind eye to what is happening in Donbass, Foreign "
            "Ministry spokeswoman Maria Zakharova said.",
            [("Maria Zakharova", "accuse")],
        ),
        # (f) what is not taken into account a possessive noun phrase
        (
            "Chinese Foreign Minister Wang Yi said the replies did not take Beijing's "
            "legitimate security concerns into account.",
            [("Wang Yi", "accuse")],
        ),
    ],
)
def test_disregard_charges_the_party_told_of(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'President Anna Berg said: "We are in no hurry to lift the sanctions."',
        'President Anna Berg said: "As for the treaty, I am in no hurry to sign it."',
    ],
)
def test_ones_own_unwillingness_is_a_refusal(text: str) -> None:
    """Look-alike: the speaker's side in no hurry to act, with an auxiliary between the
    subject and the cue, rejects the act; it charges nobody."""
    assert held_stances(text) == [("Anna Berg", "oppose")]


@pytest.mark.parametrize(
    "text",
    [
        # No act after "in no hurry": nothing put off, an assessment of the talks' pace.
        'President Anna Berg said: "We are in no hurry."',
        # Not taking a threat lightly is no disregard: "into account" is not said.
        "Foreign Minister Ola Lund said Sweden did not take the threat lightly.",
    ],
)
def test_no_disregard_without_its_words(text: str) -> None:
    """Look-alikes: the words without what makes them disregard stay an assessment."""
    assert [stance for _, stance in held_stances(text)] == ["other"]
