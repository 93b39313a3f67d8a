"""The one-pass scan finds what each lexicon finds on its own, and nothing else."""

from __future__ import annotations

import re

import pytest

from summarise.extraction.backends.baseline import scan as scan_module
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.measure_kinds import measures_named
from summarise.extraction.backends.baseline.patterns import (
    WORD_START,
    LexiconPattern,
    category,
    trie_pattern,
)
from summarise.extraction.backends.baseline.scan import TextScan

TEXT = (
    "Finland hopes that Russia will return to the table. If Moscow refuses, the Allies "
    "are prepared to impose further sanctions on Tuesday. Sweden sent 300 troops and "
    "spoke by phone with Norway, which denied any plans to withdraw. Nobody phoned back, "
    "a minister said."
)


def lexicons() -> dict[str, LexiconPattern]:
    lexicon = load_lexicon()
    return {
        "speech": lexicon.speech,
        "stances": lexicon.stances,
        "punitive": lexicon.punitive,
        "conditions": lexicon.conditions,
        "activities": lexicon.activities,
        "contact_modes": lexicon.contact_modes,
        "when": lexicon.when,
    }


@pytest.mark.parametrize("name", sorted(lexicons()))
def test_the_scan_agrees_with_each_lexicon(name: str) -> None:
    pattern = lexicons()[name]
    scan = TextScan(TEXT)
    direct = [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(TEXT)]
    scanned = [(m.start(), m.end(), m.lastgroup) for m in scan.find(pattern, 0, len(TEXT))]
    assert scanned == direct
    assert direct  # the text holds something of every lexicon


def test_a_range_holds_only_matches_wholly_inside_it() -> None:
    scan = TextScan(TEXT)
    speech_at = TEXT.index("spoke by phone")
    inside = scan.find(load_lexicon().contact_modes, speech_at, speech_at + len("spoke by phone"))
    assert [m.group() for m in inside] == ["by phone"]
    assert scan.at(load_lexicon().contact_modes, TEXT.index("by phone"), len(TEXT)) is not None
    assert scan.first(load_lexicon().contact_modes, 0, speech_at) is None


# Invented: forces nouns, hypothetical cues ("not", "would", "if") and a request ("urged"),
# with multi-word hits of other lexicons ("according to", "by phone") around them.
WINDOWED_TEXT = (
    "According to Oslo, the Danish navy would not send two frigates. Latvia urged talks "
    "by phone; it said 400 paratroopers and F-16 jets may arrive if Riga asks. Nobody "
    "denied it, and the U.S. troops stayed."
)


# Invented: punitive measures a position's piece names ("sanctions", "an embargo", "froze",
# "export controls"), beside words that open on their letters ("Bandar", "cost-free",
# "Denmark", "closely", "responded"), across a sentence end.
PUNITIVE_TEXT = (
    "Canberra said new sanctions and an embargo would follow; Bandar closely watched. "
    "Denmark froze assets and imposed export controls, a cost-free response. Ottawa "
    "responded that tougher penalties were not ruled out."
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("force_nouns", WINDOWED_TEXT),
        ("hypothetical", WINDOWED_TEXT),
        ("contact_requests", WINDOWED_TEXT),
        ("punitive", PUNITIVE_TEXT),
        ("punitive", WINDOWED_TEXT),
    ],
)
def test_a_window_the_scan_rules_out_holds_no_match(name: str, text: str) -> None:
    pattern: LexiconPattern = getattr(load_lexicon(), name)
    scan = TextScan(text)
    ruled_out = 0
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 3):
            if not scan.may_find(pattern, start, end):
                ruled_out += 1
                assert pattern.search(text, start, end) is None, (start, end)
    assert ruled_out  # the scan does rule windows out


def test_a_window_naming_a_measure_may_find_it_and_one_naming_none_is_not_searched() -> None:
    scan = TextScan(PUNITIVE_TEXT)
    punitive = load_lexicon().punitive
    embargo = PUNITIVE_TEXT.index("an embargo")
    assert scan.may_find(punitive, embargo, embargo + len("an embargo"))
    watched = PUNITIVE_TEXT.index("closely watched")
    assert not scan.may_find(punitive, watched, watched + len("closely watched"))
    sentence_end = PUNITIVE_TEXT.index(". Denmark") + 2
    assert measures_named(PUNITIVE_TEXT, sentence_end, len(PUNITIVE_TEXT), scan) == (
        measures_named(PUNITIVE_TEXT, sentence_end, len(PUNITIVE_TEXT))
    )
    assert measures_named(PUNITIVE_TEXT, watched, watched + 15, scan) == frozenset()


def test_a_window_holding_a_cue_may_find_it() -> None:
    scan = TextScan(WINDOWED_TEXT)
    lexicon = load_lexicon()
    frigates = WINDOWED_TEXT.index("frigates")
    assert scan.may_find(lexicon.force_nouns, frigates, frigates + len("frigates"))
    latvia = WINDOWED_TEXT.index("Latvia")
    assert not scan.may_find(lexicon.force_nouns, latvia, latvia + len("Latvia urged"))
    urged = WINDOWED_TEXT.index("urged")
    assert scan.may_find(lexicon.contact_requests, urged, urged + len("urged"))


# Invented: a longer candidate that holds no fragment ("are being" of "are being
# deployed", "ready to" of "ready to talk") must not hide a fragment starting inside it.
OVERLAP_GROUPS = {
    "long": ["are being (?:deployed|sent)", "ready to (?:talk|meet)"],
    "short": ["being", "to go"],
}


def test_a_failed_longer_candidate_hides_no_match_inside_it() -> None:
    pattern = LexiconPattern(OVERLAP_GROUPS, re.IGNORECASE)
    text = "Tanks are being moved; the crews are ready to go home, and more are being deployed."
    found = [(m.group(), category(m)) for m in pattern.finditer(text)]
    expected = [(m.group(), category(m)) for m in pattern.full.finditer(text)]
    assert found == expected
    assert [g for g, _ in found] == ["being", "to go", "are being deployed"]


def test_the_scan_finds_a_cue_inside_a_longer_prefix_that_fails() -> None:
    lexicon = load_lexicon()
    text = "Now they are being made in Belarus, and we are ready to continue the talks."
    scan = TextScan(text)
    for pattern in (lexicon.movement_status, lexicon.contact_status, lexicon.stances):
        direct = [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]
        scanned = [(m.start(), m.end(), m.lastgroup) for m in scan.find(pattern, 0, len(text))]
        assert scanned == direct
    assert "being" in [m.group() for m in lexicon.movement_status.finditer(text)]
    assert "to continue" in [m.group() for m in lexicon.contact_status.finditer(text)]


def test_a_clitic_fragment_matches_on_the_word_it_runs_on_from() -> None:
    # "'ll" opens on an apostrophe: no word start can come before it, the word it is cut
    # from stands there ("we'll", either apostrophe). A fragment opening on a letter still
    # needs a word start ("ill" is not in "will").
    pattern = LexiconPattern({"planned": ["'ll", "\u2019ll"], "other": ["ill"]}, re.IGNORECASE)
    text = "We\u2019ll meet in May, I'll call, and the minister will not be ill."
    assert [(m.group(), category(m)) for m in pattern.finditer(text)] == [
        ("\u2019ll", "planned"),
        ("'ll", "planned"),
        ("ill", "other"),
    ]
    lexicon = load_lexicon()
    scan = TextScan(text)
    direct = [(m.start(), m.end()) for m in lexicon.contact_status.finditer(text)]
    assert [(m.start(), m.end()) for m in scan.find(lexicon.contact_status, 0, len(text))] == direct
    assert "\u2019ll" in [m.group() for m in lexicon.contact_status.finditer(text)]


# Invented: fragments that open past their literal prefix ("took up new positions" under
# "t", "in that case" under "in ", "the right decision" under "the "), beside look-alikes
# that share only the prefix ("took off", "in the case of", "the rights").
OPENINGS_TEXT = (
    "On Monday the brigades took up new positions near Narva; the jets took off later. "
    "In that case, Tallinn said, the right decision was to hold joint exercises, and we "
    "are not going to attack anyone. In the case of Riga the rights of the talks were "
    "held responsible last week. I hereby decree the mobilisation, and we'll meet Finland "
    "as it is now inside the alliance, according to a minister."
)


# "Narva" with a long s, which ``re`` folds to "s" and lower-casing leaves apart.
LONG_S_NARVA = "Narva\u017f"


@pytest.mark.parametrize("name", [*scan_module._WHOLE_TEXT])
def test_the_scan_agrees_with_each_lexicon_where_fragments_open_past_their_prefix(
    name: str,
) -> None:
    pattern: LexiconPattern = getattr(load_lexicon(), name)
    for text in (OPENINGS_TEXT, OPENINGS_TEXT.replace("Narva", LONG_S_NARVA)):
        scan = TextScan(text)
        direct = [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]
        scanned = [(m.start(), m.end(), m.lastgroup) for m in scan.find(pattern, 0, len(text))]
        assert scanned == direct


def test_the_pass_stops_only_where_an_opening_stands() -> None:
    # "took off" starts with the prefix "t" of "t(?:ake|…|ook) up", but with no opening of
    # it: the pass does not stop there, where a search of the prefix alone would.
    took_off = OPENINGS_TEXT.index("took off")
    stops = [pos for pos, _ in scan_module._hits(scan_module._index(), OPENINGS_TEXT.lower())]
    assert OPENINGS_TEXT.index("took up") in stops
    assert took_off not in stops
    # In a text where ``re`` folds a character to an ASCII letter (a long s), every prefix is
    # a stop, as the lexicon's own search would try it.
    folding = scan_module._index(folding=True)
    assert took_off in [pos for pos, _ in scan_module._hits(folding, OPENINGS_TEXT.lower())]
    assert TextScan(OPENINGS_TEXT.replace("Narva", LONG_S_NARVA))._folds_to_ascii


def test_the_pass_stops_at_word_starts_and_clitics_as_word_start_would() -> None:
    # Two searches (word starts, then apostrophes) find the places and openings one
    # expression with ``WORD_START`` before the trie finds, in order, the clitic's
    # apostrophe inside a word ("we'll") and after a space alike; the pass finds a word
    # start by the character before it, so an opening at the very start of the text, after
    # a line break or a mark, and none after a hyphen, are checked too.
    index = scan_module._index()
    together = re.compile(WORD_START + "(?:" + trie_pattern(index.actions) + ")")
    texts = (
        OPENINGS_TEXT,
        TEXT,
        "We\u2019ll call, I 'll call and they'll call back.",
        "we will not attack.\nWe will talk;(we call for talks) non-war, re-call, \u201cwe call",
    )
    for text in texts:
        lowered = text.lower()
        expected, after = [], 0
        while (hit := together.search(lowered, after)) is not None:
            expected.append((hit.start(), hit.group()))
            after = hit.start() + 1
        assert scan_module._hits(index, lowered) == expected
    assert [key for _, key in scan_module._hits(index, "they'll call")][-1:] == ["'ll call"]


# Invented: pronoun, verb and negation cues ("we aren't going to attack anyone", "I'm not
# going to negotiate") beside words that open with a pronoun's letters ("Italy",
# "interest", "weather", "young", "something").
PRONOUN_TEXT = (
    "It is in Italy\u2019s interest, if the weather holds, to say it plainly: we aren't going "
    "to attack anyone, and I\u2019m not going to negotiate with young officers. It\u2019s not "
    "something you do when they are not ready."
)


def test_the_pass_stops_at_a_pronoun_cue_but_not_at_every_word_of_its_first_letters() -> None:
    lowered = PRONOUN_TEXT.lower()
    stops = {hit for hit, _ in scan_module._hits(scan_module._index(), lowered)}
    assert {lowered.index("we aren't"), lowered.index("i\u2019m not")} <= stops
    # Look-alikes: a pronoun's letters opening another word, where the pass stopped while
    # a fragment's openings ended on the pronoun ("we", "i", "it", "you", "so").
    for word in ("italy", "interest", "weather", "young", "something"):
        assert lowered.index(word) not in stops
    stances = load_lexicon().stances
    scanned = TextScan(PRONOUN_TEXT).find(stances, 0, len(PRONOUN_TEXT))
    direct = list(stances.finditer(PRONOUN_TEXT))
    assert [(m.span(), m.lastgroup) for m in scanned] == [(m.span(), m.lastgroup) for m in direct]
    assert {category(m) for m in direct} >= {"deny", "oppose"}
