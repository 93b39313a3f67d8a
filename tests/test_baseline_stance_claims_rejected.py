"""A claim rejected or a view not shared is disputed, not a proposal turned down: the guide's
"disputing a claim" is `deny`, "rejecting a decision, proposal or policy" `oppose`. The
claim's nouns are the whole class of what a party asserts (claims, statements, charges,
insinuations, contentions, narratives, versions), and a view not shared is an assessment
disputed ("does not share the view an attack is imminent").
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain
        (
            "Defence Minister Taras Hnatiuk said that the ministry rejects the claims of "
            "Russian officials that Ukraine is massing troops near Crimea.",
            [("Taras Hnatiuk", "deny")],
        ),
        # (b) after a fronted adverbial
        (
            "On Tuesday, Defence Minister Taras Hnatiuk rejected the statements of Russian "
            "officials that Ukraine is massing troops near Crimea.",
            [("Taras Hnatiuk", "deny")],
        ),
        # (c) a spokeswoman for the state, and another noun of the class
        (
            "A Ukrainian Defence Ministry spokeswoman said Kyiv rejects the charges that its "
            "troops shelled the town.",
            [("Ukrainian government", "deny")],
        ),
        # (c) a pronoun after a first mention
        (
            "Defence Minister Taras Hnatiuk met reporters in Kyiv. He rejected the statements "
            "of Russian officials that Ukraine is massing troops near Crimea.",
            [("Taras Hnatiuk", "deny")],
        ),
        # (d) one clause of two, with a postposed "…, X said"
        (
            "Ukraine rejects the statements of Russian officials that it is massing troops near "
            "Crimea, and it calls on Moscow to stop the exercises, Defence Minister Taras "
            "Hnatiuk said.",
            [("Taras Hnatiuk", "deny"), ("Taras Hnatiuk", "demand")],
        ),
    ],
)
def test_a_claim_rejected_is_denied(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain
        (
            "Foreign Minister Jana Novak said she does not share the view that an invasion is "
            "imminent.",
            [("Jana Novak", "deny")],
        ),
        # (b) after a fronted adverbial, and another noun of the class
        (
            "On Monday, Foreign Minister Jana Novak said she did not share the assessment that "
            "an invasion was imminent.",
            [("Jana Novak", "deny")],
        ),
        # (c) a government after a first mention, as one clause of two
        (
            "Jana Novak spoke in Prague. She said the Czech government does not share the view "
            "that sanctions will fail, and Prague will send more aid.",
            [("Czech government", "deny"), ("Czech government", "support")],
        ),
        # (d) postposed "…, X said"
        (
            "We do not share the view that talks are pointless, Czech Foreign Minister Jana "
            "Novak said.",
            [("Jana Novak", "deny")],
        ),
    ],
)
def test_a_view_not_shared_is_denied(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # A proposal rejected is opposed: the noun is no claim.
        (
            "Foreign Minister Jana Novak said she rejects the proposal of Russian officials to "
            "hold a referendum in Crimea.",
            "oppose",
        ),
        # A view shared disputes nothing: the negation is the rule's.
        (
            "Foreign Minister Jana Novak said she shares the view that an invasion is imminent.",
            "other",
        ),
        # Intelligence not shared is no view: the noun is the rule's.
        (
            "Foreign Minister Jana Novak said the Czech government does not share intelligence "
            "with Russia.",
            "other",
        ),
    ],
)
def test_a_proposal_rejected_or_a_thing_not_shared_is_no_denial(text: str, stance: str) -> None:
    assert [s for _, s in held_stances(text)] == [stance]
