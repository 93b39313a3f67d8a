"""Speed-ups that must not change what the rules find: each faster form is checked against
the form it replaced, on invented text."""

from __future__ import annotations

import gc
import re

import pytest

from summarise.article import Article
from summarise.extraction.backends.baseline import extract as extract_module
from summarise.extraction.backends.baseline import governing, targets, topics
from summarise.extraction.backends.baseline import scan as scan_module
from summarise.extraction.backends.baseline.acts_foretold import _THAT
from summarise.extraction.backends.baseline.cast import build_cast
from summarise.extraction.backends.baseline.document import read_frame
from summarise.extraction.backends.baseline.extract import _tells_an_occasion
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.literal_gates import required_texts
from summarise.extraction.backends.baseline.mentions import Mention, find_mentions
from summarise.extraction.backends.baseline.patterns import category, trie_pattern
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.word_scans import word_scans
from summarise.extraction.sentences import ABBREVIATIONS, split_sentences

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


# Invented expressions of the shapes the rules search sentences with, each with sentences
# it matches (in any case the flags allow) and the texts its gate is to test.
_GATED = [
    (
        r"\b(?:the\s+)?(?:sanctions|(?:new |first |latest )?packages? of sanctions)\b",
        re.IGNORECASE,
        ("package", "sanctions"),
        ["The SANCTIONS the Union adopted", "a new package of sanctions", "Packages of sanctions"],
    ),
    (
        r",?\s+(?:and|but)\s+that\s+(?!(?:is|was)\b)",
        re.IGNORECASE,
        ("that",),
        ["He said so, and that Kyiv agreed", "noted it But THAT we"],
    ),
    (
        r"\b(?:I|we)\s+(?:(?:have|also)\s+){0,3}(?:told|assured|warned)\b",
        0,
        ("assured", "told", "warned"),
        ["we have also told them", "I assured the minister", "we warned"],
    ),
    (
        r"\b(?:recent\s+)?(?P<noun>allegations|allegation|claims|claim)\b",
        re.IGNORECASE,
        ("allegation", "claim"),
        ["recent ALLEGATIONS that", "the claim that", "Claims of"],
    ),
    (
        r"\bdecision\s+of\s+(?:the\s+)?$",
        re.IGNORECASE,
        ("decision",),
        ["by a Decision of the ", "the decision of "],
    ),
    (
        r"(?i:humanitarian|relief)\s+(?:aid|cargo)",
        0,
        ("humanitarian", "relief"),
        ["Humanitarian aid", "RELIEF cargo"],
    ),
]


@pytest.mark.parametrize(("expression", "flags", "texts", "matched"), _GATED)
def test_every_match_holds_one_of_the_texts_its_gate_tests(
    expression: str, flags: int, texts: tuple[str, ...], matched: list[str]
) -> None:
    pattern = re.compile(expression, flags)
    assert required_texts(pattern) == texts
    for sentence in matched:
        match = pattern.search(sentence)
        assert match is not None, sentence
        assert any(text in match.group().lower() for text in texts), sentence


@pytest.mark.parametrize(
    "expression",
    [
        # Look-alikes: nothing fixed every match holds, or only what most sentences hold.
        r"(?<=\bis a)\s+\w+",  # a lookbehind reads before the match
        r"\bwe\s+(?:observed|noticed)?\s*\w+",  # the verb may be absent; "we" is too short
        r"(?:a|b)*c",  # "c" alone matches
        r"(?:19|20)\d\d|years",  # "19" is too short to be worth a test
        r"(?:talks|)\s+",  # an empty alternative
        r"\d{1,3}(?:,\d{3})+",  # classes only
    ],
)
def test_an_expression_with_no_text_every_match_holds_has_no_gate(expression: str) -> None:
    assert required_texts(re.compile(expression, re.IGNORECASE)) is None


def test_the_gates_of_the_claim_and_sanctions_nouns_are_their_words() -> None:
    from summarise.extraction.backends.baseline import claim_nouns, measure_takers

    claims = required_texts(claim_nouns._claim_noun())
    assert claims == ("allegation", "assertion", "claim", "statement")
    assert required_texts(measure_takers._patterns()["noun"]) == ("package", "sanctions")


@pytest.mark.parametrize(
    "text",
    [
        "Poland has sent humanitarian aid to Lviv. Canada, too, sent MEDICAL SUPPLIES.",
        "We told them that Russia would pay. The Commission reminded Moscow: no.",
        "Nothing here. I warned you that we assured nobody.",
        # Look-alikes: the words inside other words or nowhere ("toldo", "relieved").
        "The Toldo family was relieved. Aid arrived.",
        "",
    ],
)
def test_a_gated_search_finds_what_the_search_finds(text: str) -> None:
    from summarise.extraction.backends.baseline.literal_gates import gated_finditer, gated_search
    from summarise.extraction.backends.baseline.scan import TextScan

    scan = TextScan(text)
    expressions = [re.compile(e, f) for e, f, _, _ in _GATED]
    for pattern in expressions:
        for start in range(0, len(text) + 1, 7):
            for end in (start, start + 20, len(text)):
                found = gated_search(scan, pattern, text, start, end)
                plain = pattern.search(text, start, end)
                assert (found and found.span()) == (plain and plain.span())
                spans = [m.span() for m in gated_finditer(scan, pattern, text, start, end)]
                assert spans == [m.span() for m in pattern.finditer(text, start, end)]
    # Another text than the scan's is searched whole, never gated by the scan's words.
    other = "we have also told them"
    told = re.compile(_GATED[2][0])
    assert gated_search(TextScan("nothing"), told, other, 0, len(other)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Poland has sent humanitarian aid to Lviv. Canada, too, sent MEDICAL SUPPLIES.",
        "We told them that Russia would pay. The Commission reminded Moscow: no.",
        "Nothing here at all.",
        # Look-alike of a lowered text: a long s, which ``re`` folds to "s" but lower-casing
        # keeps, so the stretch is searched whatever it holds.
        "the \u017fanctions the Union adopted",
    ],
)
def test_a_search_held_finds_what_the_search_finds(text: str) -> None:
    from summarise.extraction.backends.baseline.literal_gates import finditer_held, search_held

    for expression, flags, _, _ in _GATED:
        pattern = re.compile(expression, flags)
        for start in range(0, len(text) + 1, 5):
            for end in (start, start + 25, len(text)):
                found = search_held(pattern, text, start, end)
                plain = pattern.search(text, start, end)
                assert (found and found.span()) == (plain and plain.span())
                spans = [m.span() for m in finditer_held(pattern, text, start, end)]
                assert spans == [m.span() for m in pattern.finditer(text, start, end)]


# Invented: lower-case mentions at the very start of a text, after a line break, a mark or
# a hyphen (no word start), next to each other ("…'s side, we"), a clitic on a pronoun
# ("They've"), a group after a determiner the scan looks behind for ("our partners" at the
# start), and a stretch that starts or ends inside a mention.
WORD_SCAN_TEXTS = [
    "our partners said the prime minister would call.",
    "We agreed.\nThe leaders met;(the alliance) said they'd go, non-we and re-they.",
    "They've told the Russian side: we, our partners and the enemy will not.",
    "The foreign minister and his spokesman met; it is clear that he will go.",
    "\u201cWe will not,\u201d she said of the occupiers\u2019 plans, them and us.",
]


@pytest.mark.parametrize("text", WORD_SCAN_TEXTS)
def test_the_mention_scan_from_the_mark_before_finds_what_the_lookbehind_finds(
    text: str,
) -> None:
    scans = word_scans()
    stretches = [(0, len(text)), (1, len(text)), (3, len(text) - 4), (text.index(" ") + 1, 30)]
    for start, stop in stretches:
        expected = [
            (m.start(), m.end(), m.lastgroup, m.groupdict())
            for m in scans.words.finditer(text, start, stop)
        ]
        found = [(b, e, m.lastgroup, m.groupdict()) for b, e, m in scans.matches(text, start, stop)]
        assert found == expected


# Invented, for the scan's ASCII twin (``scan.ascii_classes``): a group's words joined by a
# no-break or a thin space, which Unicode's ``\s`` reads as a space and ASCII's does not,
# and a joint subject spelt with a long s, which Unicode's case folding reads as "s"; with
# curly quotes and dashes beside them, which are neither.
NON_ASCII_MENTION_TEXTS = [
    "Western\u00a0allies said the parties would meet.",
    "\u201cWestern\u2009partners\u201d \u2013 and the parties \u2013 met.",
    "The \u017fides agreed, said the leader\u017f of both \u017fides.",
]


@pytest.mark.parametrize("text", WORD_SCAN_TEXTS + NON_ASCII_MENTION_TEXTS)
def test_the_mention_scan_finds_with_its_ascii_twin_what_unicode_finds(text: str) -> None:
    expected = [(m.start(), m.end(), m.lastgroup) for m in word_scans().words.finditer(text)]
    found = [(b, e, m.lastgroup) for b, e, m in word_scans().matches(text, 0, len(text))]
    assert found == expected


def test_a_text_with_a_space_or_letter_outside_ascii_is_not_read_by_the_twin() -> None:
    def read(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
        # Offsets in the text searched with a space before it are one past the text's.
        return [(m.start(), m.end() - 1, m.lastgroup) for m in pattern.finditer(" " + text)]

    scans = word_scans()
    curly = WORD_SCAN_TEXTS[4]
    assert scan_module.ascii_classes(curly)
    assert read(scans.ascii_after_mark, curly) == read(scans.after_mark, curly)
    for text in NON_ASCII_MENTION_TEXTS:
        assert not scan_module.ascii_classes(text)
        assert read(scans.ascii_after_mark, text) != read(scans.after_mark, text)


# Invented: an article that tells of an occasion late ("met in Vienna") or only in a word
# the contact modes open on ("meetings" of a committee, "a call for calm"), and one that
# tells of none.
OCCASION_TEXTS = [
    "Oslo urged restraint. Later the two ministers met in Vienna and spoke by phone.",
    "The committee holds meetings. Lisbon issued a call for calm.",
    "Rome said it would send aid. Nothing else was said.",
]


@pytest.mark.parametrize("text", OCCASION_TEXTS)
def test_an_occasion_is_told_where_the_lexicons_own_search_finds_a_contact_mode(
    text: str,
) -> None:
    frame = read_frame(Article(id="", text=text))
    spans = split_sentences(text)
    sentences = [Sentence(i, s, e, [], TextScan(text)) for i, (s, e) in enumerate(spans)]
    expected = load_lexicon().contact_modes.search(text) is not None
    assert _tells_an_occasion(text, frame, sentences) is expected
    assert _tells_an_occasion(text, frame, []) is expected


def _target_after_every_mention(
    text: str, mentions: list[Mention], start: int, end: int, holder: ActorRef, charged: bool
) -> ActorRef | None:
    """``targets.target_after`` as it was: every mention after ``start`` read, each
    through the place and attacker checks, those past the clause's end skipped one by one."""
    clause_end: int | None = None
    place_end: int | None = None
    for m in mentions:
        if m.start < start or m.ref is None:
            continue
        if m.kind in ("first", "outlet", "joint"):
            continue
        if targets._named_as_place(text, start, m, place_end):
            place_end = m.end
            continue
        if charged and targets._attacked().search(
            text, max(start, m.start - targets._ATTACKED_REACH), m.start
        ):
            continue
        if m.ref.side == holder.side or m.ref == holder:
            continue
        if clause_end is None:
            clause_end = targets._side_clause(text, start, end)
        if m.end > clause_end:
            continue
        return m.ref
    return None


# Invented: a cue's clause with a party after it, in a place, listed with a place, attacked,
# of the holder's side, in a relative clause or aside after it, in the next sentence; and
# look-alikes with no party after the cue, or only the holder's.
TARGET_TEXTS = [
    "Berlin condemned the strikes on Kyiv, which Moscow denied. Paris urged Moscow to stop.",
    "Warsaw warned of tensions in Eastern Europe and Russia's role in them, said Poland.",
    "Oslo urged restraint from buyers in Russia and Belarus and from Minsk - and Beijing.",
    "Rome condemned Russia's war against Ukraine (and Belarus) as Italy and France looked on.",
    "Madrid thanked the unity of the West, which surprised Mr Putin; Lisbon agreed.",
    "Vienna called on Austria's partners to help. Nothing else was said.",
    "Sofia said it would send aid. Nobody objected.",
]


@pytest.mark.parametrize("text", TARGET_TEXTS)
def test_the_target_is_the_one_every_mention_read_in_turn_gave(text: str) -> None:
    mentions = build_cast(
        text, find_mentions(text), read_frame(Article(id="", text=text)), []
    ).mentions
    holders = [state("Germany"), state("Poland"), state("Russia"), state("Ukraine")]
    holders += [m.ref for m in mentions if m.ref is not None]
    cut = text.find(". ") + 1 or len(text)
    found = 0
    for holder in holders:
        for start in sorted({0, *(m.end for m in mentions), *(m.start for m in mentions)}):
            for end in (cut, len(text), min(len(text), start + 25)):
                for charged in (False, True):
                    expected = _target_after_every_mention(
                        text, mentions, start, end, holder, charged
                    )
                    got = targets.target_after(text, mentions, start, end, holder, charged=charged)
                    assert got == expected
                    found += expected is not None
    # The check would pass if neither found any party: the texts' parties are found.
    assert found > 0


def _hits_searched_one_by_one(text: str) -> list[tuple[int, str]]:
    """The pass's word-start hits as they were found: a Unicode search for the mark and the
    opening, started again one past each hit's word start."""
    index = scan_module._index()
    search = re.compile(scan_module._BEFORE_WORD + "(?:" + trie_pattern(index.actions) + ")")
    found: list[tuple[int, str]] = []
    spaced, after = " " + text, 0
    while (hit := search.search(spaced, after)) is not None:
        after = hit.start() + 1
        found.append((after - 1, hit.group()[1:]))
    return found


# Invented: ASCII text; curly quotes, dashes and a no-break space (no word characters);
# and look-alikes whose letters or digits are not ASCII ("Kraków", "Zürich", a Kelvin sign,
# Arabic-Indic digits), for which ``\w`` must stay Unicode's.
HIT_TEXTS = [
    "we are being deployed; they're not going to attack anyone, said the minister.",
    "\u201cWe will not\u201d \u2013 said the minister\u2019s aide\u00a0today \u2014 are ready.",
    "the talks in krak\u00f3w are being held; we condemn the strikes on z\u00fcrich.",
    "the \u00e9are being held: \u00fcwe condemn \u00e0the strikes \u00f3in may.",
    "a 5 \u212aelvin drop: we urge restraint and are ready to talk.",
    "in \u0662\u0660\u0662\u0662 we condemned the strikes and are being told so.",
]


@pytest.mark.parametrize("text", HIT_TEXTS)
def test_the_pass_finds_one_by_one_hits_in_one_pass_and_ascii_only_where_words_are(
    text: str,
) -> None:
    lowered = text.lower()
    expected = _hits_searched_one_by_one(lowered)
    assert expected
    assert [
        h for h in scan_module._hits(scan_module._index(), lowered) if h[1][:1] not in "'\u2019"
    ] == expected
    ascii_words = all(c.isascii() or not c.isalnum() for c in lowered)
    assert scan_module._ascii_words(lowered) is ascii_words


def _tokens_as_listed() -> re.Pattern[str]:
    """The topic tokens as they were read: the abbreviations as an alternation of 46 words,
    longest first, tried at every word."""
    stopped = sorted(ABBREVIATIONS, key=lambda word: (-len(word), word))
    listed = rf"(?i:{'|'.join(map(re.escape, stopped))})\.(?=\s)"
    return re.compile(rf"{listed}|{topics._TOKEN}")


# Invented: abbreviations before a name, a day and a figure, in any case and before a tab,
# a line break or a no-break space, one spelt with a long s; look-alikes: a stop with no
# space after it ("Gen.X"), a longer word ("Gene."), "Sep" and "Sept", initials ("U.S."),
# a decimal, and a stop at a text's end.
TOPIC_TOKEN_TEXTS = [
    "rejects Gen. Gerasimov's demands and Mr. Lukashenko's claims of Sept. 4 and Sep. 5",
    "MRS. SMITH and DR.\tJONES met on Feb.\n3; approx. 3,000 troops,",
    "St.\u00a0Petersburg, \u017ft. X",
    "Gen.X and Gene. Hackman, U.S. troops, 3.5 km, e.g. the Col., a sept. and jr.",
    "the talks ended, said Sen.",
]


@pytest.mark.parametrize("text", TOPIC_TOKEN_TEXTS)
def test_the_topic_tokens_are_those_the_listed_abbreviations_gave(text: str) -> None:
    expected = [m.span() for m in _tokens_as_listed().finditer(text)]
    assert [m.span() for m in topics._tokens().finditer(text)] == expected


def test_a_texts_ascii_check_is_kept_and_asked_again_gives_the_same_answer() -> None:
    """``scan.ascii_classes`` keeps its answer for a text with characters outside ASCII:
    the mention scan asks it of the whole article at every stretch it reads."""
    curly = "\u201cThe allies\u201d \u2013 said the envoy \u2013 will meet."
    spaced = "The allies\u00a0said the envoy will meet."
    for text, expected in ((curly, True), (spaced, False)):
        before = scan_module._outside_ascii.cache_info().hits
        assert scan_module.ascii_classes(text) is expected
        assert scan_module.ascii_classes(text) is expected
        assert scan_module._outside_ascii.cache_info().hits > before


# Invented stretches before a stance noun's place, for ``governing._WORDS_BEFORE`` (its runs
# possessive): words after a comma, a window opening inside a word, hyphens and curly
# apostrophes, a line break before the noun, and no space before it.
WORDS_BEFORE_TEXTS = [
    "Yesterday, as expected, our three key demands",
    "the Kremlin\u2019s long-standing security concerns",
    "overwhelmingly, they set out Norway\u2019s firm\nposition",
    "a call; the five well-known allied conditions ",
    "nothing,demands",
    "and then the President\u2019s own words were   firm ",
]


@pytest.mark.parametrize("text", WORDS_BEFORE_TEXTS)
def test_the_possessive_words_before_start_where_the_backtracking_ones_did(text: str) -> None:
    backtracking = re.compile(r"(?:[\w\u2019'-]+\s+){1,4}$")
    for end in range(len(text) + 1):
        for start in range(0, end + 1, 3):
            old = backtracking.search(text, start, end)
            new = governing._WORDS_BEFORE.search(text, start, end)
            assert (old and old.span()) == (new and new.span())


# Invented: a text holding cues of several lexicons the one pass reads (a stance, a
# measure, a contact mode, a time) and of one it does not (the forces nouns, searched in
# windows), so that a question may come before the pass, after it, or be the one that runs it.
SCAN_QUESTION_TEXT = (
    "On Monday Finland urged Russia to pull back its troops. The ministers spoke by phone "
    "and agreed to impose sanctions if tanks cross the border."
)


def _cuts(text: str) -> tuple[list[int], list[int]]:
    """The stretches asked about: from every third word start to every fourth word end."""
    cuts = [0, *(m.end() for m in re.finditer(r"\s", text)), len(text)]
    return cuts[::3], cuts[::4]


def _answers(scan: TextScan, order: list[str]) -> list[object]:
    """Each lexicon's matches over every stretch of words, asked of the scan in ``order``."""
    lexicon = load_lexicon()
    starts, ends = _cuts(scan.text)
    found: list[object] = []
    for name in order:
        pattern = getattr(lexicon, name)
        for start in starts:
            for end in ends:
                found.append((name, start, end, [m.span() for m in scan.find(pattern, start, end)]))
                first = scan.first(pattern, start, end)
                at = scan.at(pattern, start, end)
                found.append((first and first.span(), at and at.span()))
    return found


def _searched(text: str, order: list[str]) -> list[object]:
    """The same answers read off each lexicon's own search of the whole text, with no
    scan: the matches wholly inside each stretch, the first of them, and the one starting
    at the stretch's start."""
    lexicon = load_lexicon()
    starts, ends = _cuts(text)
    found: list[object] = []
    for name in order:
        spans = [m.span() for m in getattr(lexicon, name).finditer(text)]
        for start in starts:
            for end in ends:
                inside = [(a, b) for a, b in spans if start <= a and b <= end]
                found.append((name, start, end, inside))
                at = next(((a, b) for a, b in spans if a == start and b <= end), None)
                found.append((inside[0] if inside else None, at))
    return found


@pytest.mark.parametrize(
    "order",
    [
        ["stances", "punitive", "force_nouns", "contact_modes", "when"],
        ["force_nouns", "when", "stances", "contact_modes", "punitive"],
    ],
)
def test_the_scans_answers_are_the_same_whichever_question_runs_the_pass(
    order: list[str],
) -> None:
    """The questions read a lexicon already found from the table the pass filled and call
    ``_all`` for the rest: a windowed lexicon's ``may_find`` may run the pass before any
    question, and a lexicon the pass does not read is found on the first question. Either
    way each answer is what the lexicon's own search of the whole text gives."""
    expected = _searched(SCAN_QUESTION_TEXT, order)
    assert any(answer[3] for answer in expected[::2])  # the text holds matches to find
    asked_first = TextScan(SCAN_QUESTION_TEXT)
    lexicon = load_lexicon()
    assert asked_first.may_find(lexicon.force_nouns, 0, len(SCAN_QUESTION_TEXT))
    assert _answers(asked_first, order) == expected
    assert _answers(TextScan(SCAN_QUESTION_TEXT), order) == expected
    # the windowed lexicon's matches, as its own search finds them
    direct = [m.span() for m in lexicon.force_nouns.finditer(SCAN_QUESTION_TEXT)]
    scanned = asked_first.find(lexicon.force_nouns, 0, len(SCAN_QUESTION_TEXT))
    assert [SCAN_QUESTION_TEXT[a:b] for a, b in direct] == ["troops", "tanks"]
    assert [m.span() for m in scanned] == direct


def test_a_cues_category_is_its_group_names_first_part_asked_once_or_again() -> None:
    """``category`` keeps each group name's category in a table: the same answer as the
    name's first part, on the first question and on every later one."""
    lexicon = load_lexicon()
    matches = [
        m
        for pattern in (lexicon.stances, lexicon.punitive, lexicon.contact_modes)
        for m in pattern.finditer(SCAN_QUESTION_TEXT)
    ]
    assert {m.lastgroup.split("__")[0] for m in matches if m.lastgroup} >= {"demand", "phone_call"}
    for m in matches * 2:
        assert m.lastgroup is not None
        assert category(m) == m.lastgroup.split("__", 1)[0]
    assert category(re.match(r"(?P<warn__3>x)", "x")) == "warn"  # type: ignore[arg-type]


# Invented: a short readout with a contact, a position and a movement.
READOUT = (
    "President Anna Berg of Finland spoke by phone with Chancellor Jonas Lind of Sweden on "
    "Monday. Berg said Finland strongly condemns the build-up of Russian forces. Sweden "
    "will deploy 200 troops to Gotland, Lind said."
)


@pytest.mark.parametrize("enabled", [True, False])
def test_an_article_is_read_with_the_collector_paused_and_left_as_it_was(
    enabled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cyclic collector is off while an article is read, and as the caller had it
    after (on, or off where a caller turned it off); what is found is the same."""
    seen: list[bool] = []
    split = extract_module.split_sentences

    def split_and_look(text: str) -> list[tuple[int, int]]:
        seen.append(gc.isenabled())
        return split(text)

    expected = extract_module.extract_article(Article(id="r", text=READOUT))
    assert expected.positions
    assert expected.diplomatic_contacts
    assert expected.military_movements
    monkeypatch.setattr(extract_module, "split_sentences", split_and_look)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        found = extract_module.extract_article(Article(id="r", text=READOUT))
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
    assert seen == [False]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "We are imposing costs, and Ms. Hale will walk you through them in a moment.",
        "I WANT TO TAKE YOU THROUGH the measures. They are severe.",
        "We are constantly told that the troops are moving back, but tanks roll on",
        "As we were also told every day for a week that they would leave, they stayed",
        # Look-alikes: the gate's word inside another ("throughout", "foretold") or alone.
        "Throughout the day the envoys walked through the old town; nothing was foretold.",
        "We talked it through. Nobody told us anything.",
    ],
)
def test_the_preview_and_told_that_searches_gated_find_what_they_found(text: str) -> None:
    """A briefing's preview (``non_positions._PREVIEW``) and "we were told that" before a
    movement (``movement_assertion._TOLD_THAT``) are searched only in a stretch holding
    "through" and "told": the same spans as the plain search in every stretch."""
    from summarise.extraction.backends.baseline import movement_assertion, non_positions
    from summarise.extraction.backends.baseline.literal_gates import gated_search

    assert required_texts(non_positions._PREVIEW) == ("through",)
    assert required_texts(movement_assertion._TOLD_THAT) == ("told",)
    scan = TextScan(text)
    for pattern in (non_positions._PREVIEW, movement_assertion._TOLD_THAT):
        for start in range(0, len(text) + 1, 3):
            for end in range(start, len(text) + 1, 5):
                found = gated_search(scan, pattern, text, start, end)
                plain = pattern.search(text, start, end)
                assert (found and found.span()) == (plain and plain.span())


@pytest.mark.parametrize(
    "text",
    [
        "Canada sent a second shipment of 200 anti-tank weapons and the latest batch of rifles.",
        "the US announced $350 million worth of Javelin missiles and a drawdown of $1.2 "
        "BILLION in security assistance",
        "Three cargoes of ammunition arrived, then further consignments of mortars.",
        # Look-alikes: the gate's words elsewhere ("shipments" with no "of", "millions"
        # of people), and no opening at all.
        "Shipments resumed; millions of people watched 300 troops cross the border.",
        "The tanks moved north.",
    ],
)
def test_the_forces_phrase_opening_searched_where_held_is_the_one_searched_everywhere(
    text: str,
) -> None:
    """``movement_phrases.noun_phrase_start`` searches a window before the forces' head
    words for a shipment or an amount opening the phrase only where the window holds one of
    the words every opening holds: the same start from every place in the text."""
    from summarise.extraction.backends.baseline import movement_phrases

    assert required_texts(movement_phrases._NP_OPENING) is not None
    for start in range(len(text) + 1):
        plain = movement_phrases._NP_OPENING.search(
            text, max(0, start - movement_phrases._OPENING_REACH), start
        )
        expected = plain.start() if plain is not None else start
        assert movement_phrases.noun_phrase_start(text, start) == expected
    opened = any(
        movement_phrases.noun_phrase_start(text, start) < start for start in range(len(text) + 1)
    )
    assert opened is not text.startswith(("Shipments", "The tanks"))


# Invented: a readout whose sentences hold a movement's trigger, a fight's, both, or
# neither; "the deployment of consular staff" holds a trigger's word and is let through
# (the readers, not the gate, tell it is no movement: the gate only asks whether a
# trigger stands).
MOVING_READOUT = (
    "The ministers met in Oslo on Tuesday. Norway will deploy 300 soldiers to Lithuania "
    "next month, the minister said. Russian artillery shelled the outskirts of Kharkiv "
    "overnight. The ministers discussed energy prices and the deployment of consular staff. "
    "Columns of tanks moved towards the border while rockets hit the city. "
    "Both sides agreed to meet again."
)


def test_a_sentence_with_no_movement_or_fight_trigger_is_turned_away_and_no_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``_movements_in`` asks the one pass whether a sentence holds an activity or a combat
    trigger before gathering what the readers need: the sentences it turns away are those
    in which both readers find no trigger, and the items are those read with every
    sentence let through."""
    lexicon = load_lexicon()
    article = Article(id="m", text=MOVING_READOUT)
    read: list[int] = []
    movements = extract_module.find_movements

    def reads(text: str, sentence: Sentence, *args: object, **kwargs: object) -> object:
        read.append(sentence.index)
        return movements(text, sentence, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extract_module, "find_movements", reads)
    gated = extract_module.extract_article(article)
    assert gated.military_movements
    spans = extract_module.clause_spans(MOVING_READOUT, split_sentences(MOVING_READOUT))
    scan = TextScan(MOVING_READOUT)
    triggered = [
        index
        for index, (start, end) in enumerate(spans)
        if scan.find(lexicon.activities, start, end) or scan.find(lexicon.combat, start, end)
    ]
    assert read == triggered
    assert 0 < len(triggered) < len(spans)  # some turned away, some read
    read.clear()
    monkeypatch.setattr(extract_module, "_may_move", lambda _: True)
    assert extract_module.extract_article(article) == gated
    assert read == list(range(len(spans)))


@pytest.mark.parametrize(
    "text",
    [
        "We also reject the deployment. Russia would ALSO face costs, and Also the allies.",
        "A conflict like that would also unsettle markets; Ministers also-ran nothing.",
        # Look-alikes: the adverb's letters inside other words, and no adverb at all.
        "The Alsophila fern and a salsa band; nothing else was said.",
        "But we shall guard each metre of our land.",
    ],
)
def test_a_new_point_read_where_the_adverb_is_held_is_the_one_read_everywhere(text: str) -> None:
    """``new_points.makes_new_point`` reads the words between a sentence's start and its
    cue's end for "also" only where the article's substring test finds it there: the same
    answer as reading them everywhere."""
    from summarise.extraction.backends.baseline.grammar import load_grammar
    from summarise.extraction.backends.baseline.new_points import _openers, makes_new_point
    from summarise.extraction.backends.baseline.patterns import WORD

    adverbs = load_grammar().new_point_adverbs
    scan = TextScan(text)
    # the test turns away the texts with no "also" in them, look-alikes' letters included
    assert scan.may_hold(("also",), 0, len(text)) is ("also" in text.lower())
    answers = set()
    for start in range(0, len(text), 7):
        for cue_start in range(start, len(text), 5):
            for cue_end in (cue_start, min(len(text), cue_start + 12)):
                opening = text[start:cue_start].lstrip(" \t\n\"'\u201c\u2018\u2014-")
                plain = bool(_openers().match(opening)) or any(
                    m.group().lower() in adverbs for m in WORD.finditer(text, start, cue_end)
                )
                assert makes_new_point(scan, start, (cue_start, cue_end)) is plain
                answers.add(plain)
    assert answers == ({False} if "lsophila" in text else {True, False})
