"""A manner adjunct of condemnation ("in the strongest terms", "in no uncertain terms") is
how a stance is put, not what it is about (``topics._MANNER``): before the object it is
stepped over ("condemns in the strongest terms the unprovoked attack" is about the attack),
after it it ends the topic. In four surroundings (publisher, party, way of naming the
holder, sentence shape), with look-alikes: the adjunct with no object after it (the cut
stays, the item stays) and another phrase on "in" ("respond in kind"). Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, stance_topic_pairs

_STATEMENT = "Statement by Press Secretary Karine Jean-Pierre"


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a White House statement by the state: before the object
        (
            "The United States condemns in the strongest terms the unprovoked and unjustified "
            "attack by Russian forces.",
            _STATEMENT,
            WHITE_HOUSE,
            ("accuse", "unprovoked and unjustified attack by Russian forces"),
        ),
        # (b) a news report of an organisation: "possible", a demonstrative object
        (
            "The European Union rejects in the strongest possible terms these attacks on "
            "civilians.",
            None,
            None,
            ("oppose", "these attacks on civilians"),
        ),
        # (c) a news report of Moscow's spokesman, reported: "in no uncertain terms"
        (
            "Dmitry Peskov said Moscow condemned in no uncertain terms the shelling of Donetsk.",
            None,
            None,
            ("accuse", "shelling of Donetsk"),
        ),
        # (d) a Kyiv address: the adjunct after the object ends the topic
        (
            "Volodymyr Zelenskyy condemned the shelling of Kharkiv in the strongest terms.",
            "Address by the President of Ukraine",
            KYIV,
            ("accuse", "shelling of Kharkiv"),
        ),
    ],
)
def test_a_manner_adjunct_is_not_the_topic(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # no object after the adjunct: the cut as before, and the item kept
        (
            "That is horrific, and we condemn it in the strongest terms.",
            ("accuse", "strongest terms"),
        ),
        # another phrase on "in": no manner of condemnation
        (
            "We will respond in kind to any attack.",
            ("commit", "kind to any attack"),
        ),
    ],
)
def test_what_is_no_manner_adjunct_keeps_the_cut(text: str, item: tuple[str, str]) -> None:
    assert stance_topic_pairs(text, _STATEMENT, WHITE_HOUSE) == [item]
