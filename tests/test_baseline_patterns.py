"""Word lists as expressions: the word-start trie finds what a lookbehind before it finds."""

from __future__ import annotations

import re

import pytest

from summarise.extraction.backends.baseline.fragment_openings import literal_prefixes, openings
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import (
    WORD_START,
    LexiconPattern,
    trie_pattern,
    word_start_trie,
)

WORDS = {"Reuters", "RT", "Sky News", "AP", "AFP", "Politico"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("RT reported it. Reuters and Sky News confirmed; AFP too.", 4),
        ("\u201cAP\u201d (Politico) and\nSky News\u2019s RT-style AFP", 4),
        # Look-alikes: inside a word, after a hyphen, or longer.
        ("ART-RT, non-Reuters and xAP are no outlets, nor is Politicos.", 0),
    ],
)
def test_a_word_start_trie_matches_where_a_lookbehind_before_the_trie_does(
    text: str, found: int
) -> None:
    plain = re.compile(r"(?<![\w-])(?:" + trie_pattern(WORDS) + r")(?![\w-])")
    guarded = re.compile(word_start_trie(WORDS, before=r"[\w-]") + r"(?![\w-])")
    expected = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in guarded.finditer(text)] == expected
    assert len(expected) == found


def test_a_word_start_trie_opens_on_the_words_first_characters() -> None:
    # What lets ``re`` skip to the next candidate instead of trying every position.
    assert word_start_trie({"AP", "RT"}, before=r"[\w-]").startswith("(?:A(?<!")
    with pytest.raises(ValueError, match="non-empty"):
        word_start_trie({""}, before=r"[\w-]")


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        # Read on through a group of plain alternatives, and an optional one.
        ("t(?:ake|akes|ook) up", {"take up", "takes up", "took up"}),
        ("in (?:that|this) case", {"in that case", "in this case"}),
        (
            "(?:the )?(?:right|wise) step",
            {"the right step", "the wise step", "right step", "wise step"},
        ),
        (
            "(?:We|I) (?:will|shall)(?: not|n't)",
            {
                "we will not",
                "we willn't",
                "we shall not",
                "we shalln't",
                "i will not",
                "i willn't",
                "i shall not",
                "i shalln't",
            },
        ),
        # An optional character, and a class of plain characters, are alternatives too.
        (
            "pre-?position(?:s|ed)?",
            {"pre-position", "pre-positions", "pre-positioned"}
            | {"preposition", "prepositions", "prepositioned"},
        ),
        ("(?:not|n[\u2019']t) (?:fulfil)", {"not fulfil", "n\u2019t fulfil", "n't fulfil"}),
        # Stopped where a pattern of another kind stands, or a group may repeat.
        ("h(?:old|eld) (?:[\\w-]+ ){1,3}responsible", {"hold ", "held "}),
        ("in \\d{4}", {"in "}),
        ("urg(?:e|ed)(?:ly)*", {"urge", "urged"}),
        ("urg(?:e|ed)(?:ly)+", {"urgely", "urgedly"}),
        ("(?-i:(?:Javelin|NLAW)) system", {"javelin", "nlaw"}),
        # A group inside an alternative is read the same way: "'(?:re|m)" after a
        # pronoun, not the pronoun alone ("i" stood at every "in", "is" and "it").
        (
            "(?:we|i)(?: are| am|[\u2019'](?:re|m))(?: not|n't) going to",
            {
                f"{pronoun}{verb}{negation} going to"
                for pronoun in ("we", "i")
                for verb in (" are", " am", "\u2019re", "'re", "\u2019m", "'m")
                for negation in (" not", "n't")
            },
        ),
        (
            "(?:on (?:the )?(?:eve|day)|after) of",
            {"on the e", "on the d", "on eve o", "on day o"} | {"after of"},
        ),
        # A bar or a bracket inside a class does not split or close the group.
        ("(?:[|(]x|y) z", {"|x z", "(x z", "y z"}),
        # Too many ways on: they are cut shorter until few enough.
        (
            "(?:a|b|c|d|e|f|g|h|i) (?:one|two|three|four|five|six|seven|eight) ",
            {f"{c} {n[0]}" for c in "abcdefghi" for n in ("one", "two", "four", "six", "eight")},
        ),
    ],
)
def test_a_fragments_openings_read_on_through_plain_groups(
    fragment: str, expected: set[str]
) -> None:
    # Openings are cut to their first eight characters: longer ones rarely turn away more
    # places, and each costs the search expression a branch.
    assert openings(fragment) == {text[:8] for text in expected}


# Invented: each fragment against sentences it matches and look-alikes that share its
# literal prefix but none of its openings ("taking" is no "take up"; "in the case").
FRAGMENTS = [
    "(?:we|i|it)(?: are| am| is|[\u2019'](?:re|m|s))(?: not|n't) going to",
    "t(?:ake|akes|aking|ook) up (?:new )?positions",
    "in (?:that|this|such a) case",
    "(?:the )?(?:right|wise) (?:decision|step)",
    "(?:we|i) (?:are|am)(?: not|n't|n\u2019t) going to",
    "h(?:old|eld) (?:[\\w-]+ ){1,3}responsible",
    "(?:on|last|this) (?:Monday|week)",
]
SENTENCES = (
    "Units took up new positions; others are taking time. In that case, and in the case "
    "of Riga, the right step was taken. Wise decisions: we aren\u2019t going to wait, "
    "I am not going to. They held Moscow fully responsible on Monday and this week, "
    "then held talks last Tuesday. The tank took off; in such a case. We are ready. It is "
    "in Italy's interest, it isn't going to change, and it\u2019s not going to."
)


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_every_match_of_a_fragment_starts_with_one_of_its_openings(fragment: str) -> None:
    found = list(re.finditer(fragment, SENTENCES, re.IGNORECASE))
    assert found  # the sentences hold the construction
    starts = openings(fragment)
    assert all(m.group().lower().startswith(tuple(starts)) for m in found)
    # Sharper than the literal prefixes: some place a prefix stands is no opening's.
    lowered = SENTENCES.lower()
    prefix_at = {i for p in literal_prefixes(fragment) for i in _places(lowered, p.lower())}
    opening_at = {i for o in starts for i in _places(lowered, o)}
    assert opening_at < prefix_at


def _places(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


# Invented: clitics on either apostrophe, inside a word and after a space, beside fragments
# that open on letters and must stand at a word start ("ill" not in "will").
CLITIC_TEXT = (
    "We\u2019ll meet in May, I'll call them, and ' ll stays; the minister will not be ill, "
    "non-ill ministers\u2019 talks x'll go."
)


def test_a_word_start_trie_leaves_a_clitic_unguarded() -> None:
    words = {"'ll", "\u2019ll", "ill", "talks"}
    expected = re.compile(WORD_START + "(?:" + trie_pattern(words) + ")")
    guarded = re.compile(word_start_trie(words, before=r"[\w-]", unguarded="'\u2019"))
    found = [m.span() for m in guarded.finditer(CLITIC_TEXT)]
    assert found == [m.span() for m in expected.finditer(CLITIC_TEXT)]
    assert [CLITIC_TEXT[a:b] for a, b in found] == ["\u2019ll", "'ll", "ill", "talks", "'ll"]


@pytest.mark.parametrize(
    "name", [n for n, v in vars(load_lexicon()).items() if isinstance(v, LexiconPattern)]
)
def test_a_lexicons_candidates_stand_where_a_word_start_before_its_trie_finds_them(
    name: str,
) -> None:
    # Lexicons with few first characters open on them (``_candidates_trie``); every
    # lexicon's candidates stand where ``WORD_START`` before the trie of its prefixes does.
    pattern: LexiconPattern = getattr(load_lexicon(), name)
    expected = re.compile(WORD_START + trie_pattern(pattern.fragments_by_prefix), re.IGNORECASE)
    for text in (CLITIC_TEXT, CLITIC_TEXT.upper(), OPENED_TEXT):
        found = [m.span() for m in pattern.candidates.finditer(text)]
        assert found == [m.span() for m in expected.finditer(text)]


OPENED_TEXT = (
    "If Moscow refuses, Paris is prepared to impose sanctions; she'll deploy troops and "
    "called for talks, which were held on Monday, according to a minister who warned."
)


# Invented: lookarounds consume no text, so a fragment's openings read on through them to
# the words that follow ("a brave", not every "a"); what a lookahead tests is not read as
# text, nor is a group opened but never closed.
@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        (
            "an?(?:(?<=\\bis a)|(?<=\\bis an)) (?:very )?brave",
            {"a very brave", "an very brave", "a brave", "an brave"},
        ),
        ("help(?<![\\w\u2019'] help) (?:us|me)\\b", {"help us", "help me"}),
        ("column(?<!fifth column)s?", {"column", "columns"}),
        ("told(?= (?:me|us)\\b)", {"told"}),
        ("add(?:ed|s)(?! to\\b)", {"added", "adds"}),
        ("warn(?=s that", {"warn"}),
    ],
)
def test_a_fragments_openings_read_on_through_lookarounds(
    fragment: str, expected: set[str]
) -> None:
    assert openings(fragment) == {text[:8] for text in expected}


LOOKAROUND_TEXT = (
    "The minister is a brave man. A brave step, said an aide; she is an incredibly brave "
    "leader, and it was a very brave act by a brave nation that is a very brave nation."
)


def test_every_match_of_a_fragment_with_a_lookbehind_starts_with_one_of_its_openings() -> None:
    fragment = "an?(?:(?<=\\bis a)|(?<=\\bis an)) (?:(?:very|incredibly) )?brave"
    found = list(re.finditer(fragment, LOOKAROUND_TEXT, re.IGNORECASE))
    assert len(found) == 3
    starts = openings(fragment)
    assert all(m.group().lower().startswith(tuple(starts)) for m in found)
    # Not at every article: no opening stands at "an aide".
    lowered = LOOKAROUND_TEXT.lower()
    assert not any(lowered.startswith(o, lowered.index("an aide")) for o in starts)


# Invented: a group that may be absent or repeat ("*", "{0,n}") leaves what follows it a
# way to start; one required at least once ("+", "{2}") does not.
@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("(?:very|truly )*brave", {"very", "truly ", "brave"}),
        ("(?:very|truly )*?brave", {"very", "truly ", "brave"}),
        ("(?:very |truly ){0,2}brave", {"very ", "truly ", "brave"}),
        ("(?:very |truly )+brave", {"very ", "truly "}),
        ("(?:very |truly ){2}brave", {"very ", "truly "}),
        ("(?:very |truly )?brave", {"very brave", "truly brave", "brave"}),
    ],
)
def test_a_starred_groups_literal_prefixes_include_what_follows(
    fragment: str, expected: set[str]
) -> None:
    assert literal_prefixes(fragment) == expected
    for m in re.finditer(fragment, "a brave, very brave, truly truly brave act"):
        assert m.group().startswith(tuple(expected))
