"""A state's own text names its government by the noun alone, capitalised: "The Government
has decided …", "The Administration will continue to …". As the subject of a verb it is
the publisher's government, which holds the act (the guide: the actor the sentence names),
in the document's voice and in a speaker's turn alike. Not before a complement ("the
Government of Finland"), nor in a news text with no state of its own. Sentences invented
for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) a Kremlin meeting, in the head's turn
        (
            "Vladimir Orlov: Good afternoon, colleagues.\n\nThe Government has already decided "
            "to ban exports of grain to unfriendly states such as Poland.\n",
            "Meeting with Government members",
            KREMLIN,
            ("Russian government", "commit"),
        ),
        # (b) another publisher: a White House fact sheet, "the Administration"
        (
            "The Administration will continue to work with Congress to secure $2 billion in "
            "security assistance for Ukraine.",
            "FACT SHEET: Support for Ukraine",
            WHITE_HOUSE,
            ("US government", "commit"),
        ),
        # (c) a Kyiv news item, after a fronted adverb
        (
            "Yesterday the Government approved sanctions against 30 Russian companies that "
            "supply the Russian army.",
            "Sanctions against Russian companies",
            KYIV,
            ("Ukrainian government", "commit"),
        ),
        # (d) another shape: a word between the noun and its verb
        (
            "The Government is also barring Russian banks from lending to companies from "
            "unfriendly states such as Latvia.",
            "On measures of economic response",
            KREMLIN,
            ("Russian government", "commit"),
        ),
    ],
)
def test_the_government_by_its_noun_is_the_publishers(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held_stances(text, title, source) == [held]


def test_a_government_named_with_its_state_is_that_states() -> None:
    # Look-alike: "the Government of Finland" in a Kremlin text is Finland's, not Russia's.
    held = held_stances(
        "The Government of Finland has decided to expel three Russian diplomats.",
        "Statement",
        KREMLIN,
    )
    assert ("Russian government", "commit") not in held


def test_a_news_text_has_no_government_of_its_own() -> None:
    # Look-alike: with no publishing state, "the Government" is no one's.
    held = held_stances(
        "The Government has decided to expel three Russian diplomats, officials in Helsinki said.",
        None,
        None,
    )
    assert held == []
