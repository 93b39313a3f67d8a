"""Speed-ups that must not change what the rules find: each faster form is checked against
the form it replaced, on invented text."""

from __future__ import annotations

import re

import pytest

from summarise.extraction.backends.baseline.acts_foretold import _THAT
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import category

# Invented: a word or phrase as the rules hand it to a lexicon matched at one place: a
# cue's head with an ending ("urges", "condemned"), a reporting verb opening a subject
# ("said further provocations"), a time adjunct ("on Tuesday with"); and look-alikes that
# open on a fragment's letters but are none ("urgent", "saidy", "tuesdays", "conde").
AT_ONE_PLACE = {
    "stances": [
        "urges",
        "urged",
        "condemns",
        "condemned the",
        "supports",
        "welcomes",
        "rejects",
        "calls for",
        "called on",
        "warned",
        "urgent",
        "conde",
        "freezingd",
        "freezinges",
        "willd take",
        "readyd",
    ],
    "punitive": ["sanctions", "imposed", "imposes", "freezes", "froze", "freezings", "sanctioned"],
    "speech": [
        "said further provocations",
        "stressed that",
        "says",
        "warned any attack",
        "saidy",
        "stress",
        "noted",
    ],
    "when": [
        "on Tuesday with",
        "on 14 February with",
        "last week with",
        "today, we will talk",
        "in two days, and",
        "tomorrow",
        "tuesdays",
        "in mid-January during which",
        "consider a range",
    ],
}


@pytest.mark.parametrize(
    ("lexicon_name", "text"),
    [(name, text) for name, texts in AT_ONE_PLACE.items() for text in texts],
)
def test_a_lexicon_matched_at_one_place_finds_what_its_whole_alternation_finds(
    lexicon_name: str, text: str
) -> None:
    # ``LexiconPattern.match`` tries only the fragments whose literal prefix stands there;
    # ``full`` tries all of them in turn. Same span, same category, or none for both.
    pattern = getattr(load_lexicon(), lexicon_name)
    for pos in (0, text.find(" ") + 1):
        whole = pattern.full.match(text, pos, len(text))
        fast = pattern.match(text, pos, len(text))
        assert (whole is None) == (fast is None)
        if whole is not None and fast is not None:
            assert fast.span() == whole.span()
            assert category(fast) == category(whole)


def test_some_inflected_cues_match_and_look_alikes_do_not() -> None:
    # The check above would pass if neither form ever matched: some must, some must not.
    lexicon = load_lexicon()
    assert lexicon.stances.match("condemns", 0, len("condemns")) is not None
    assert lexicon.speech.match("stressed that", 0, len("stressed that")) is not None
    for look_alike in ("urgent", "conde", "saidy"):
        assert lexicon.stances.match(look_alike, 0, len(look_alike)) is None
        assert lexicon.speech.match(look_alike, 0, len(look_alike)) is None


# The expression the last "that" was found with before: greedy, it tried every start of
# the clause in turn where no "that" stood, each over the rest of the clause.
_LAST_THAT_BEFORE = re.compile(r".*\bthat\s+", re.IGNORECASE | re.DOTALL)


@pytest.mark.parametrize(
    "before",
    [
        "The ministry noted that ",
        "He said that the Alliance stressed that  any ",
        "Officials in Warsaw warned THAT further ",
        "We all know that\nsuch ",
        "A Thatcher-era policy meant that new ",
        # Look-alikes: no "that" as a word ("Thatcher", "thats", "whatthat"), none at all.
        "Thatcher and thats whatthat ",
        "Any further ",
        "",
    ],
)
def test_the_last_that_before_an_act_is_the_one_the_greedy_expression_found(
    before: str,
) -> None:
    old = _LAST_THAT_BEFORE.search(before)
    last = max((that.end() for that in _THAT.finditer(before)), default=None)
    assert last == (old.end() if old is not None else None)
