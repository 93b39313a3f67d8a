"""An item's arguments read off its clause: the target, the topic, the time.

Shallow on purpose (no parser): the topic is the phrase after the stance cue, cut at the
first clause boundary, with the cue's own function words ("support for", "the importance
of", "that") stepped over, so a topic names the issue and never the stance word; the
target is the first party named after the cue that is not the holder's own side.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_grammar, load_lexicon
from summarise.extraction.backends.baseline.mentions import LIST_GAP, Mention
from summarise.extraction.backends.baseline.patterns import trie_pattern
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import BE, MODALS
from summarise.extraction.backends.baseline.word_classes import alternation
from summarise.extraction.sentences import ABBREVIATIONS

# A number with thousands separators is one word ("3,000 more troops"): its comma ends
# no topic.
# So is an abbreviation with its full stops ("U.S. troops"): its last stop ends no topic,
# nor does a title's or a month's ("Mr. Lukashenko's claims", ``_abbreviations``).
_TOKEN = r"\d{1,3}(?:,\d{3})+(?![\d,])|(?:[A-Z]\.){2,}|[\w\u2019'.-]*\w|[^\w\s]"


@cache
def _tokens() -> re.Pattern[str]:
    """The words of a topic, an abbreviation with its full stop one of them."""
    return re.compile(rf"{_abbreviations()}|{_TOKEN}")


def _abbreviations() -> str:
    """The words written with a full stop that ends no sentence (``extraction.sentences``:
    titles and ranks before a name, "Mr.", "Gen.", "Col.", months before a day, "Feb."),
    the stop included: it ends no topic either ("rejects Gen. Gerasimov's demands").

    The expression is tried at every word of a topic's stretch, before the plain token:
    the words are letters only, so a lookahead for letters, a stop and a space lets every
    other word skip the list, and the list is a trie rather than 46 alternatives (the
    topic tokens over the open articles in half the time; the same tokens)."""
    return rf"(?=[^\W\d_]+\.\s)(?i:{trie_pattern(ABBREVIATIONS)})\."


_STOP_MARKS = frozenset(
    {",", ";", ":", ".", "!", "?", "(", ")", "\u2013", "\u2014", "\u201c", "\u201d", '"'}
)
_SKIP_LEADING = frozenset(
    {
        "for",
        "to",
        "of",
        "that",
        "on",
        "about",
        "with",
        "in",
        "over",
        "regarding",
        "the",
        "his",
        "her",
        "its",
        "their",
        "our",
        "a",
        "an",
        "and",
        "concerning",
        "as",
        "it",
        "this",
        "you",
        "also",
        "very",
        "much",
        "so",
        "your",
        "them",
        "us",
        "him",
        "again",
        "once",
    }
)
_CLOSING_QUOTES = frozenset({"\u201d", '"'})
_QUOTES = frozenset({"\u201c", "\u201d", '"'})
# Punctuation next to a quotation mark that makes it the end of a quotation, not of a
# quoted word inside the phrase.
_QUOTE_CLOSERS = frozenset(",.;:!?")
# Long enough for a noun phrase with its complement ("sanctions heavier than anything we
# have done before"), short enough to stay a topic, not the sentence.
MAX_TOPIC_WORDS = 12
# Days and months: "on Monday", "in March" say when, not what or where.
CALENDAR_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
CALENDAR = re.compile(rf"(?:the\s+)?{CALENDAR_NAMES}\b")
_AND_AFTER = 4
_CUE_TAILS = re.compile(
    r"\s*(?:(?:the\s+)?(?:importance|need|necessity|commitment|support|concern|hope|"
    r"gratitude|readiness|intention|position)\s+(?:of|for|to|about|that|regarding)\s+)",
    re.IGNORECASE,
)
# An aside between "that" and its clause, which says where the view comes from, not what
# it is: "said that, in his view, …", "said that, according to its estimates, …".
_THAT_ASIDE = re.compile(r"\s*that,\s+[^,;:.!?]{1,60},\s+", re.IGNORECASE)
# A stance noun as a subject, its content after a copula and a colon: "our central demand
# is still this: guarantees that …", "our concern is simple: the build-up".
_COPULA_COLON = re.compile(rf"\s*(?:{BE}|remains?|remained)(?:\s+[\w-]+){{0,2}}\s*:\s+")


@cache
def _trailing_words() -> frozenset[str]:
    """Words a topic may not end on; built once, as a union is a new set every time."""
    return _SKIP_LEADING | load_grammar().prepositions


def topic_after(text: str, start: int, end: int) -> str | None:
    """The phrase naming the issue after position ``start``, or None."""
    span = topic_span(text, start, end)
    return None if span is None else text[span[0] : span[1]]


def topic_span(
    text: str, start: int, end: int, *, past_manner: bool = True
) -> tuple[int, int] | None:
    """Where the phrase ``topic_after`` names sits in ``text``: what reads on from it (its
    last conjunct, the purpose of the work it names) starts there, never at an earlier copy
    of the same words that a search for them would find first. A manner adjunct before the
    object is stepped over (``_MANNER``) when an object follows it (``past_manner``), and
    ends the object after it."""
    tail = (
        _CUE_TAILS.match(text, start, end)
        or _COPULA_COLON.match(text, start, end)
        or _THAT_ASIDE.match(text, start, end)
    )
    if tail is not None:
        start = tail.end()
    grammar = load_grammar()
    words: list[tuple[int, int]] = []
    manner_end = -1
    for m in _tokens().finditer(text, start, end):
        token = m.group()
        lower = token.lower()
        if not words and m.start() < manner_end:
            continue
        manner = _MANNER.match(text, m.start(), end) if lower == "in" and past_manner else None
        if manner is not None:
            if words:
                break  # "condemn the attack in the strongest terms": the adjunct ends it
            manner_end = manner.end()
            continue
        if token in _STOP_MARKS:
            # '…," the President said': after a quotation closed, the reporting clause.
            if token in _QUOTES and _quoted_word(text, m.start(), m.end(), end):
                continue
            if words or (token in _CLOSING_QUOTES and text[m.start() - 1 : m.start()] in ",."):
                break
            continue
        # A clause opener ends the topic; "and" only once the topic has some length
        # ("support for peace and security" keeps both).
        opener = lower in grammar.clause_openers or lower in ("and", "but", "which", "who")
        if words and opener and (lower != "and" or len(words) >= _AND_AFTER):
            break
        if not words and lower in _SKIP_LEADING:
            continue
        words.append(m.span())
        if len(words) >= MAX_TOPIC_WORDS:
            break
    trailing = _trailing_words()
    while words and (
        text[words[-1][0] : words[-1][1]].lower() in trailing
        or _dangling(text, words[-1], words[0][0])
    ):
        words.pop()
    if not words:
        # "we condemn it in the strongest terms": with no object after it, the cut as before.
        return None if manner_end < 0 else topic_span(text, start, end, past_manner=False)
    first, last = words[0][0], words[-1][1]
    while first < last and text[first] in _TOPIC_STRIPPED:
        first += 1
    while last > first and text[last - 1] in _TOPIC_STRIPPED:
        last -= 1
    return (first, last) if first < last else None


# A manner adjunct of official condemnation between a cue and its object ("condemns in the
# strongest terms the unprovoked aggression of …", "rejects in the strongest possible terms
# these attacks"): how the stance is put, not what it is about.
_MANNER = re.compile(
    r"in\s+(?:the\s+)?(?:strongest|clearest|firmest|no\s+uncertain)\s+(?:possible\s+)?terms\b",
    re.IGNORECASE,
)
# What a topic neither begins nor ends on.
_TOPIC_STRIPPED = frozenset(' ,.;:\u201c\u201d"')


# A modal the phrase ran into, its verb left outside: "demands for a halt to NATO
# enlargement would, if accepted, divide Europe" is about the halt; "to European partners
# should Russia cut off deliveries" ends before its condition. Lower case only ("in May"
# is a month); not after a pronoun, where the verb is left out on purpose ("all the help
# we can"); and not the noun "will" ("a lack of political will"). "Be" and "have" stay:
# they end a clause as main verbs ("every means it has").
_MODAL = re.compile(rf"(?:{MODALS})")
_BEFORE_KEPT = re.compile(
    r"(?:I|we|you|they|he|she|it|political|good|the|free|own|popular)\s+$", re.IGNORECASE
)


def _dangling(text: str, word: tuple[int, int], start: int) -> bool:
    return (
        _MODAL.fullmatch(text, *word) is not None
        and _BEFORE_KEPT.search(text, start, word[0]) is None
    )


def _quoted_word(text: str, start: int, end: int, stop: int) -> bool:
    """A quotation mark around words inside the phrase ("the "unprecedented" build-up"),
    not one that closes a quotation before its reporting clause ('…," he said')."""
    before = text[start - 1 : start]
    after = text[end:stop].lstrip()[:1]
    return bool(after) and before not in _QUOTE_CLOSERS and after not in _QUOTE_CLOSERS


def plain_topic(topic: str) -> str:
    """A topic without the article's quotation marks, which it does not quote whole."""
    if not any(q in topic for q in _QUOTES):
        return topic
    return " ".join(topic.translate(_NO_QUOTES).split())


_NO_QUOTES = str.maketrans("", "", '\u201c\u201d"')


def target_after(
    text: str,
    mentions: list[Mention],
    start: int,
    end: int,
    holder: ActorRef,
    *,
    charged: bool = False,
) -> ActorRef | None:
    """The first party after ``start`` that is not the holder's own side, in the cue's own
    clause: a party named in a relative or reason clause after it ("thanks for the unity
    of the West, which surprised Mr Putin") is not whom the stance is directed at, nor is
    one named as a place ("tensions in Eastern Europe"), or listed with one ("end users in
    Russia and Belarus"), nor, for a charge (``charged``), the party attacked."""
    # Where the clause ends is looked for only once a party could be the target: most
    # cues have none after them. No mention from ``end`` on, or past the clause's end once
    # known, can be the target, nor can any after it (mentions are in order and never
    # overlap), so the place and attacker checks stop there.
    clause_end: int | None = None
    place_end: int | None = None
    for m in mentions:
        if m.start < start:
            continue
        if m.start >= end or (clause_end is not None and m.end > clause_end):
            break
        if m.ref is None:
            continue
        if m.kind in ("first", "outlet", "joint"):
            continue
        if _named_as_place(text, start, m, place_end):
            place_end = m.end
            continue
        if charged and _attacked().search(text, max(start, m.start - _ATTACKED_REACH), m.start):
            continue  # "Russia's war against Ukraine": the party attacked is not charged
        if charged and _supplied().search(text, max(start, m.start - _GOAL_REACH), m.start):
            continue  # "pump weapons into Ukraine": the party supplied is not charged
        if m.ref.side == holder.side or m.ref == holder:
            continue
        if clause_end is None:
            clause_end = _side_clause(text, start, end)
        if m.end > clause_end:
            continue
        return m.ref
    return None


@cache
def _attacked() -> re.Pattern[str]:
    """The party an attack is made on ("war against Ukraine", "an attack on Ukraine", "the
    invasion of Ukraine"): a charge or a warning of the attack is aimed at the attacker.
    The attacks are the lexicon's combat events and the grammar's nouns of a charged
    attack that no combat is read from ("aggression")."""
    events = "|".join(read_data("lexicon.toml")["combat"]["events"])
    return re.compile(
        rf"(?<![\w-])(?:(?:{events}|{alternation('attack_nouns')})"
        r"\s+(?:against|on)|invasion\s+of)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


_ATTACKED_REACH = 30


@cache
def _supplied() -> re.Pattern[str]:
    """The party arms are supplied to ("supplying Ukraine with weapons", "pump weapons into
    Ukraine", "supplies of weapons to Ukraine"): a charge of the supply is aimed at the
    supplier, its clause's subject (``subject_party``), not at the recipient."""
    return re.compile(
        rf"(?<![\w-])(?:{alternation('supplying_words')})"
        r"(?:\s+(?:[\w\u2019'-]+\s+){0,4}?(?:into|to))?\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def _named_as_place(text: str, start: int, m: Mention, place_end: int | None) -> bool:
    """A party named as where something is or goes, or listed after one that is ("in the
    EU and NATO": both are places); an owner or an adjective after "and" names a party of
    its own ("tensions in Eastern Europe and Russia's role in them")."""
    listed = place_end is not None and not (m.possessive or m.adjective)
    if listed and LIST_GAP.fullmatch(text, place_end or 0, m.start) is not None:
        return True
    if _LOCATIVE.search(text, max(start, m.start - _LOCATIVE_REACH), m.start) is not None:
        return True
    return _goal().search(text, max(start, m.start - _GOAL_REACH), m.start) is not None


@cache
def _goal() -> re.Pattern[str]:
    """Where forces go or people flee from: "these forces are not going to Ukraine", "send
    U.S. forces into Moldova", "people fleeing Ukraine" name a movement's goal or source, a
    place, not whom the view is aimed at; "send weapons to Ukraine" names the recipient.
    The forces are the lexicon's troops, the nouns a movement's forces are read by."""
    forces = "|".join(read_data("lexicon.toml")["force_nouns"]["troops"])
    going, sending, fleeing = (
        alternation(n) for n in ("going_verbs", "sending_verbs", "fleeing_verbs")
    )
    return re.compile(
        rf"(?<![\w-])(?:(?:{going})\s+(?:to|into)"
        rf"|(?:{sending})"
        rf"(?:\s+[\w.\u2019'-]+){{0,3}}?\s+(?:{forces})\s+(?:to|into)"
        rf"|{fleeing})\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


_GOAL_REACH = 60


_LOCATIVE = re.compile(
    r"(?<![\w-])(?:in|across|throughout|within|near|around)\s+(?:the\s+)?$", re.IGNORECASE
)
_LOCATIVE_REACH = 20


def _side_clause(text: str, start: int, end: int) -> int:
    """Where a relative or reason clause or an aside set off by a dash or a bracket
    ("measures if demands - including a commitment not to include Ukraine - are not met")
    after ``start`` begins, or ``end``."""
    aside = _ASIDE.search(text, start, end)
    if aside is not None:
        end = aside.start()
    opener = word_alternation(load_grammar().side_clause_openers).search(text, start, end)
    return opener.start() if opener is not None else end


@cache
def word_alternation(words: frozenset[str]) -> re.Pattern[str]:
    """One search for any of ``words``, rather than a look at every word."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])", re.IGNORECASE
    )


_ASIDE = re.compile(r"\s[-\u2013\u2014]\s|\(")


def owner_before(
    text: str, mentions: list[Mention], start: int, cue: int, holder: ActorRef
) -> ActorRef | None:
    """ "Kiev's chronic sabotage of …": with no party after the cue, the owner of the
    conduct named just before it is the target."""
    for m in reversed(mentions):
        if m.end > cue or m.start < start:
            continue
        if not m.possessive or m.ref is None or m.ref.side == holder.side:
            return None
        gap = text[m.end : cue].split()
        return m.ref if len(gap) <= _OWNER_GAP else None
    return None


_OWNER_GAP = 3


def subject_party(
    text: str, mentions: list[Mention], start: int, cue: int, holder: ActorRef
) -> ActorRef | None:
    """ "Russia refused to hold the meeting", "the Russian troops must leave our land": with
    no party named after the cue, a charge or a demand is aimed at its clause's subject, the
    party named first in the clause (after "that", when it is reported) with at most a
    determiner or a conjunction before it; never the holder's own side."""
    grammar = load_grammar()
    for m in mentions:
        if m.start < start or m.end > cue or m.kind in _NO_TARGET_KINDS or m.ref is None:
            continue
        if m.ref.side == holder.side or m.ref == holder:
            continue  # the one reporting ("Ana Rusu said that …"), or the holder's own side
        marks = [i for i, c in enumerate(text[start : m.start]) if c in _SUBJECT_MARKS]
        clause_from = start + marks[-1] + 1 if marks else start
        gap = [w.lower() for w in text[clause_from : m.start].split()]
        if "that" in gap:
            gap = gap[len(gap) - gap[::-1].index("that") :]  # "said on Monday that the …"
        if any(w not in grammar.determiners and w not in _JOINING for w in gap):
            return None
        return m.ref
    return None


_NO_TARGET_KINDS = frozenset({"first", "outlet", "joint"})
_SUBJECT_MARKS = frozenset(",;:\u2013\u2014")
_JOINING = frozenset({"that", "and", "but", "so"})

# "a threat" (of a party, or to one): the party posing it is named before it, if at all.
THREAT = re.compile(r"threat\b", re.IGNORECASE)


def threatener(
    text: str, mentions: list[Mention], start: int, cue: int, holder: ActorRef
) -> ActorRef | None:
    """Another party named, as owner or adjective, within a few words before the cue: a
    threat with no one named as posing it ("calling it a threat to Moldova" of a build-up
    already warned of) charges no one anew."""
    for m in reversed(mentions):
        if m.end > cue or m.start < start:
            continue
        near = len(text[m.end : cue].split()) <= _THREATENER_GAP
        other = m.ref is not None and m.ref.side != holder.side
        return m.ref if near and other and (m.possessive or m.adjective) else None
    return None


_THREATENER_GAP = 4


def when_in(sentence: Sentence) -> str | None:
    m = sentence.scan.first(load_lexicon().when, sentence.start, sentence.end)
    return m.group() if m is not None else None


# How parties spoke is never what they spoke about ("over the phone"); a purpose after it
# is ("over the phone in an attempt to stop the war").
_PURPOSE = re.compile(r"\s*(?:in (?:an attempt|a bid|order) to|to)\s+", re.IGNORECASE)


# "spoke for about an hour": "about" an amount of time says how long, not what about.
_DURATION = re.compile(r"(?:(?:an?|one|two|three|half an?|\d+)\s+)?(?:hours?|minutes?)\b")


def contact_topic(text: str, start: int, end: int) -> str | None:
    """What was discussed: after "about", "on", "to discuss"; "on Monday" says when."""
    grammar = load_grammar()
    for m in load_lexicon().contact_topics.finditer(text, start, end):
        span = topic_span(text, m.end(), end)
        if span is None:
            continue
        topic = text[span[0] : span[1]]
        if CALENDAR.match(topic) or _DURATION.match(topic):
            continue
        if topic.split()[0].lower() in grammar.media:
            medium_end = span[0] + len(topic.split()[0])
            purpose = _PURPOSE.match(text, medium_end, end)
            if purpose is None:
                continue
            return topic_after(text, purpose.end(), end)
        return topic
    return None


_LOCATION = re.compile(
    r"\b(?:in|at)\s+(?P<place>(?:the\s+)?(?:[A-Z][\w\u2019'-]+)(?:\s+[A-Z][\w\u2019'-]+){0,2})"
)
_CLAUSE_END = re.compile(
    r"[;:.!?]|,\s+(?:which|who|as|while|where|after|amid)\b|\s(?:amid|as|while)\s"
)


def place_after(text: str, start: int, end: int) -> str | None:
    """Where parties met: "in Geneva", "at the Elysee", in the trigger's own clause; "an
    invasion in Ukraine" places an event, not the meeting; "a meeting in the Normandy
    format" names who meets (a format stands for its states), not where."""
    stop = _CLAUSE_END.search(text, start, end)
    found = _LOCATION.search(text, start, stop.start() if stop is not None else end)
    if found is None or CALENDAR.fullmatch(found["place"]):
        return None  # "to visit Warsaw in May": a time, not a place
    if found["place"].removeprefix("the ") in dict(load_grammar().formats):
        return None
    before = text[max(start, found.start() - 30) : found.start()].split()
    if before and before[-1].lower().strip(",") in load_grammar().event_nouns:
        return None
    return found["place"]


# A date belongs to a contact when it follows the trigger at once: "by phone on January 2".
_DATED_AFTER = 3
# "We spoke on the phone only last Saturday": a focusing adverb (Quirk et al. 8.116) before
# the date limits the date, which is still the contact's own.
_FOCUSING = re.compile(r"\s+(?:only|just|as recently as)(?=\s)")
_PLACED = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,2}")


def dated_after(sentence: Sentence, trigger: re.Match[str]) -> str | None:
    """The time expression right after a trigger, which is the contact's own: "will come
    here in two days", "by phone on January 2"."""
    lexicon = load_lexicon()
    starts = [trigger.end()]
    # "their talks in Beijing on February 4": the place the contact was held may come first;
    # but "met in March" is dated at once, and a month is no place to step over.
    placed = _PLACED.match(sentence.text, trigger.end(), sentence.end)
    if placed is not None:
        starts.append(placed.end())
    focused = _FOCUSING.match(sentence.text, starts[-1], sentence.end)
    if focused is not None:
        starts.append(focused.end())
    for start in starts:
        dated = sentence.scan.first(lexicon.when, start, sentence.end)
        if dated is not None and dated.start() - start <= _DATED_AFTER:
            return dated.group()
    return None


def same_time(a: str | None, b: str | None) -> bool:
    """Two time expressions that may name one occasion: either unstated, or the same words
    ("on Monday", "Monday")."""
    return a is None or b is None or _time_key(a) == _time_key(b)


_TIME_PREPOSITION = re.compile(r"^(?:on|in|at|during|earlier|later|the)\s+")


def _time_key(when: str) -> str:
    return _TIME_PREPOSITION.sub("", when.lower()).strip()
