"""Subjects and their verbs of saying or of stance, read without a parser.

The subject of a sentence is its first mention that is not a modifier and stands at the
start of a clause: after nothing, an introductory phrase ending in a comma ("During the
talks with X, the President …"), a time expression ("On Tuesday Mr Johnson …") or a
subordinator (", as Nato allies expressed …"). Its predicate is a verb of saying,
informing or stance within a few words of it ("Russia fiercely opposes"), or one joined
to its first verb ("spoke to the Russian president and expressed …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention, possessing_state
from summarise.extraction.backends.baseline.patterns import (
    OPENING_MARKS,
    TOKEN,
    category,
    window_after,
)
from summarise.extraction.backends.baseline.people import apposed_title, appositive_role
from summarise.extraction.backends.baseline.quotes import QuoteZones, Zone
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import BE, HAVE
from summarise.extraction.backends.baseline.word_classes import alternation

QUOTE_MARKS = frozenset({"\u201c", "\u201d", '"', "\u2018", "\u2019"})
_INTRO_END = re.compile(r",\s*$")
# An enumerated heading before a clause: "Second, costs: today the Treasury is designating
# …", "Third, our Allies: I spoke this morning with …". A list item's label is a noun
# phrase with no verb, and the clause after its colon has its own subject (Quirk et al.
# App. III.20); "First, let me be clear: Russia will pay" is no heading: a clause's words
# (a pronoun, "let", a form of "be") end in that colon, and its speaker holds what follows.
_NOT_IN_HEADING = r"(?!(?i:let|me|us|i|we|you|it|this|that|there|be|am|is|are|was|were)\b)"
_HEADING = re.compile(
    rf"\W*(?i:{alternation('enumerators')}),\s+(?:{_NOT_IN_HEADING}[\w\u2019'-]+\s+){{0,2}}"
    rf"{_NOT_IN_HEADING}[\w\u2019'-]+:\s+"
)
# Prepositions opening a span of time (Quirk et al. 8.56-8.59): "from today", "since Monday".
_SPAN_OPENER = re.compile(r"\b(?:from|since|until|till|as\s+of|starting)\s+$", re.IGNORECASE)
# A subordinate clause with its own subject: "Tensions have soared, as Nato allies …".
_SUBORDINATE = re.compile(
    r",\s+(?:as|while|after|when|because|since|although|though|whereas)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Nothing but a quotation mark and an article before a mention: it opens the sentence.
_CLEAN_BEFORE = re.compile(OPENING_MARKS.pattern + r"(?:(?:[Tt]he|[Aa]n?)\s+)?")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b)")
# The article an item of a list may keep before its name.
_ITEM_ARTICLE = re.compile(r"\b(?:the|a|an)\s*$", re.IGNORECASE)
# An attempt is the subject's act, not its saying: "the enemy is trying to regroup" tells
# what the enemy does (another's charge if anyone's), so its subject holds nothing by it.
_ATTEMPT = re.compile(rf"(?:{BE})\s+(?:\w+\s+)?(?:trying|attempting)\s+to\b", re.IGNORECASE)
_TRAILING_ARTICLE = re.compile(r"(?:the|a|an)\s*$", re.IGNORECASE)
# A possessive determiner right before a mention: "our Foreign Minister X".
_TRAILING_OWNER = re.compile(r"\b(?:our|my|their|his|her|its|your)\s*$", re.IGNORECASE)
# "It is hoped that …", "it was feared": no one is the subject.
_IMPERSONAL = re.compile(
    r"\s+(?:is|was|has been|had been)\s+(?:\w+ly\s+)?(?:hoped|feared|expected|understood|"
    r"believed|thought|said|reported|claimed|likely|clear|time|important|possible)\b"
)
# An appositive or relative clause between a subject and its verb: ", who …,".
_APPOSITIVE = re.compile(r",[^,;:.!?\u201c\u201d\"]{1,120},\s*")
_MAX_GAP_WORDS = 3
_APPOSED_NAME = re.compile(r",[ \t]*")
# A state's title before a name, without commas: "Poland's foreign minister ".
_OWNED_TITLE = re.compile(
    r"[\s\u201c\"]*(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+"
    r"(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)\s+"
)
# A later verb of the same subject: "… and expressed", or a participle clause after a
# comma, whose subject is the main clause's (Quirk et al. 15.58): ", saying", ", asking
# Japan to …" (the predicate reader takes it only where a cue of saying or stance starts).
_COORDINATED = re.compile(
    rf"(?:,\s+|\s+)and\s+(?:(?:{HAVE}|also|then|later)\s+)?|"
    r",\s+(?=[a-z]+ing\b)"
)
# What opens a clause with a subject of its own: "…, and President Putin said".
_NEW_CLAUSE = re.compile(r"(?:[,;]|\band|\bbut|\bwhile)\s+(?:the\s+)?$", re.IGNORECASE)
_AND_PARTY = re.compile(r"\s+and\s+(?:the\s+)?")
_LIST_COMMA = re.compile(r",\s+(?:and\s+)?(?:the\s+)?")
_THAT = re.compile(r"\s*(?:that\s+)?(?:the\s+)?")
_SAID_NOTHING = re.compile(r"(?:this|so|it)\b\W*$", re.IGNORECASE)
# Stances a state or body takes by an act of its own, in a finite verb ("Russia demanded
# guarantees", "NATO rejected the proposal"): the guide gives a view reported of another
# party to that party. Charges, commitments and warnings are left out: their words also
# describe conduct ("Russia violated", "Russia continues to mass troops").
_REPORTED_ACTS = frozenset({"support", "oppose", "demand", "deny"})
_FINITE = re.compile(r"[a-z]+(?:ed|s)\b")
_MODAL = re.compile(r"(?:needs|has)\b")


@dataclass(frozen=True)
class Predicate:
    start: int
    end: int
    # A verb of saying with something said after it ("noted that …", not "said this").
    says: bool

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


# "Mr President, you have said …": the address names the "you" after it.
_YOU_AFTER = re.compile(r",\s*you\b", re.IGNORECASE)


class SubjectReader:
    """Finds subjects and predicates in the sentences of one article."""

    def __init__(self, text: str, zones: QuoteZones) -> None:
        self.text = text
        self.zones = zones
        self.lexicon = load_lexicon()
        self.grammar = load_grammar()
        self._verb_starts: dict[tuple[int, int], frozenset[int]] = {}

    def subject(
        self, s: Sentence, zone: Zone | None = None, last_body: ActorRef | None = None
    ) -> Mention | None:
        """The sentence's subject. Inside a quotation (``zone``) the quotation's own
        sentence is read; "it" takes the body that was the last sentence's subject."""
        start = s.start if zone is None else max(s.start, zone.start + 1)
        for m in s.mentions:
            if m.start < start:
                continue
            inside = self.zones.at(m.start)
            if inside is not None and inside != zone:
                continue
            # The cheap tests first: reading what stands before a mention is the dear one.
            if m.possessive or m.adjective or m.kind == "outlet":
                continue
            if m.kind == "body" and m.ref is None:
                continue
            if self._vocative(m):
                continue
            if not self._opens_clause(s, m, start):
                continue
            if m.kind == "office" and m.ref is None:
                named = self._apposed_name(s, m)
                if named is not None:
                    return named
            if m.kind == "pronoun" and m.text.lower() in ("it", "its"):
                if last_body is None or _IMPERSONAL.match(self.text, m.end):
                    return None
                m.ref = last_body
            return m
        return None

    def _vocative(self, m: Mention) -> bool:
        """ "Mr President, as you know, …", "…, Mr President, is offensive": the one spoken
        to, set off by commas and named with a form of address, is no subject; unless
        "you" follows, whom it names ("Mr President, you have said …")."""
        words = m.text.split()
        first = words[0].lower() if words else ""
        if first not in self.grammar.address_forms or _YOU_AFTER.match(self.text, m.end):
            return False
        after = self.text[m.end : m.end + 1]
        before = self.text[max(0, m.start - 2) : m.start].strip()
        return after in (",", "?", "!") and (before in ("", ",") or before[-1:] in ".:")

    def _apposed_name(self, s: Sentence, m: Mention) -> Mention | None:
        """ "The Kremlin spokesman, Ivan Orlov, said": the office names the person after it."""
        gap = _APPOSED_NAME.match(self.text, m.end)
        if gap is None:
            return None
        return next(
            (
                n
                for n in s.mentions
                if n.start == gap.end() and n.kind == "person" and n.ref is not None
            ),
            None,
        )

    def _opens_clause(self, s: Sentence, m: Mention, start: int) -> bool:
        heading = _HEADING.match(self.text, start, m.start)
        if heading is not None:
            start = heading.end()
        before = self.text[start : m.start]
        if _state_body(s, m) or _state_official(s, m):
            # "Russia's Ministry of Defence insists …", "Finland's Foreign Minister X said
            # …": the possessive is the body's or the title's determiner, read as "the" is.
            before = _STATE_OWNER.sub("", before)
        if _CLEAN_BEFORE.fullmatch(before):
            return True
        owned = _OWNED_TITLE.fullmatch(before)
        if owned is not None and owned["head"].lower() in self.grammar.title_heads:
            return m.kind == "person"  # "Poland's foreign minister Jan Kowal will …"
        if self._listed(s, m):
            return False
        opened = _INTRO_END.search(before) or _SUBORDINATE.search(before)
        if not opened and not _lead_words_only(before):
            # "On Tuesday Mr Johnson urged …": a time expression may open the sentence.
            times = s.scan.find(self.lexicon.when, start, m.start)
            for t in reversed(times):
                # … with the preposition opening a span from or to it: "From today Russia …".
                span = _SPAN_OPENER.search(self.text, start, t.start())
                cut = span.start() if span is not None else t.start()
                before = before[: cut - start] + before[t.end() - start :]
        last = _last_word(before)
        if last is not None and last in self.grammar.prepositions:
            return False
        owner = _TRAILING_OWNER.search(before) if _owned_subject(m) else None
        if owner is not None:
            # "Next week our Foreign Minister Dmytro Kuleba will come to Oslo", "our Western
            # partners keep repeating that …": a possessive determiner before a titled name
            # or a group is part of the subject's noun phrase, as "the" is; "our" itself is
            # no subject (a possessive).
            before = before[: owner.start()]
            if _lead_words_only(before):
                return True
        elif last in ("the", "a", "an"):
            if all(w in load_grammar().lead_words for w in _words(before)[:-1]):
                return True
            before = _TRAILING_ARTICLE.sub("", before)
        elif _lead_words_only(before):
            return True
        return bool(_INTRO_END.search(before) or _SUBORDINATE.search(before))

    def _listed(self, s: Sentence, m: Mention) -> bool:
        """A mention after a comma that follows another mention, with the list going on,
        is an item of a list ("representatives of Germany, France and …")."""
        # An item may keep its article: "the European Union, the United Kingdom and …".
        before = _ITEM_ARTICLE.sub("", self.text[s.start : m.start]).rstrip()
        if not before.endswith(",") or not _LIST_GOES_ON.match(self.text, m.end):
            return False
        if m.kind == "person" and apposed_title(self.text, m.start) is not None:
            return False  # "Spain's ambassador to the UN, Carlos Ruiz, told …"
        comma = s.start + len(before) - 1
        return any(comma - 1 <= n.end <= comma for n in s.mentions if n is not m)

    def predicate(self, s: Sentence, subject: Mention) -> Predicate | None:
        """The subject's verb of saying or stance: near it, or joined to its first verb."""
        pos = subject.end
        role = appositive_role(self.text, pos)
        gap = _APPOSITIVE.match(self.text, pos, s.end)
        if role is not None and role.end <= s.end:
            pos = role.end
        elif gap is not None:
            pos = gap.end()
        starts = self._starts(s)
        if not starts:
            return None
        words = 0
        for m in TOKEN.finditer(self.text, pos, s.end):
            if m.start() in starts:
                found = self._at(s, m.start())
                if found is not None and not (
                    subject.kind != "first" and _ATTEMPT.match(self.text, found.start)
                ):
                    return found
            word = m.group().lower()
            if word in self.grammar.between_subject_and_verb or word in ("not", "n't", ","):
                continue
            words += 1
            if words > _MAX_GAP_WORDS or not word.isalpha():
                break
        for m in _COORDINATED.finditer(self.text, subject.end, s.end):
            if m.end() not in starts:
                continue
            if self._new_subject_between(s, subject.end, m.start()):
                break
            found = self._at(s, m.end())
            if found is not None:
                return found
        return None

    def _new_subject_between(self, s: Sentence, start: int, end: int) -> bool:
        return any(
            start < n.start < end
            and n.kind in ("person", "office")
            and not n.possessive
            and _NEW_CLAUSE.search(self.text, max(s.start, n.start - 8), n.start)
            for n in s.mentions
        )

    def _starts(self, s: Sentence) -> frozenset[int]:
        """Where the sentence's verbs of saying, informing and stance start: asked for
        the sentence's subject and again for a quotation's, so kept per sentence."""
        key = (s.start, s.end)
        starts = self._verb_starts.get(key)
        if starts is None:
            lexicon = self.lexicon
            starts = self._verb_starts[key] = frozenset(
                m.start()
                for pattern in (lexicon.speech, lexicon.inform, lexicon.stances)
                for m in s.scan.find(pattern, s.start, s.end)
            )
        return starts

    def _at(self, s: Sentence, pos: int) -> Predicate | None:
        scan, lexicon = s.scan, self.lexicon
        hit = scan.at(lexicon.speech, pos, s.end)
        if hit is not None:
            rest = self.text[hit.end() : s.end].strip(" ,")
            says = bool(rest) and _SAID_NOTHING.match(rest) is None
            return Predicate(hit.start(), hit.end(), says)
        hit = scan.at(lexicon.inform, pos, s.end) or scan.at(lexicon.stances, pos, s.end)
        return Predicate(hit.start(), hit.end(), False) if hit is not None else None

    def coordinated(self, s: Sentence, subject: Mention) -> bool:
        """ "The Prime Minister and President Putin welcomed …", "Norway and Sweden agreed":
        two parties as one."""
        return self.partner(s, subject) is not None

    def partner(self, s: Sentence, subject: Mention) -> Mention | None:
        """The party joined to the subject by "and", of its kind: person or body."""
        after = _AND_PARTY.match(self.text, subject.end, s.end)
        if after is None:
            # "Estonia, Latvia and Finland demand …": the first of a list of parties.
            after = _LIST_COMMA.match(self.text, subject.end, s.end)
            if after is None or not self._list_goes_on(s, after.end()):
                return None
        if subject.ref is None or subject.possessive or subject.adjective:
            return None
        nxt = next((m for m in s.mentions if m.start >= after.end()), None)
        if nxt is None or nxt.start != after.end() or nxt.ref is None:
            return None
        if nxt.possessive or nxt.adjective:
            return None
        person = nxt.ref.is_person or nxt.kind == "office"
        return nxt if person == subject.ref.is_person else None

    def _list_goes_on(self, s: Sentence, pos: int) -> bool:
        """After "X, " another party and then "and"/"," with a third: a list, not an
        appositive ("Anna Berg, President of Austria, said …")."""
        nxt = next((m for m in s.mentions if m.start >= pos), None)
        if nxt is None or nxt.start != pos:
            return False
        more = _LIST_COMMA.match(self.text, nxt.end, s.end) or _AND_PARTY.match(
            self.text, nxt.end, s.end
        )
        return more is not None and any(m.start == more.end() for m in s.mentions)

    def reported_within(
        self, s: Sentence, predicate: Predicate
    ) -> tuple[Mention, Predicate] | None:
        """A verb of saying whose complement reports someone else's words or stance:
        "Downing Street said Mr Johnson emphasised …", "France said Russia demanded …"."""
        if s.scan.at(self.lexicon.speech, predicate.start, predicate.end) is None:
            return None
        gap = _THAT.match(self.text, predicate.end, s.end)
        return self.reported_at(s, gap.end() if gap is not None else predicate.end)

    def reported_at(self, s: Sentence, pos: int) -> tuple[Mention, Predicate] | None:
        """A party saying or taking a stance in the clause that opens at ``pos``: the
        complement of a verb of saying, or the clause after a fronted source ("According to
        Downing Street, Mr Johnson emphasised …")."""
        inner = next((m for m in s.mentions if m.start >= pos), None)
        if inner is None or inner.start > pos + 4 or inner.ref is None:
            return None
        if inner.kind not in ("person", "office", "body") or inner.possessive or inner.adjective:
            # "considers the Russian demands unacceptable": a demonym before its noun
            # names no one who speaks, whatever verb the noun looks like.
            return None
        rest = self.text[inner.end : window_after(self.text, inner.end, 60, s.end)]
        for w in TOKEN.finditer(rest):
            hit = self.lexicon.speech.match(rest, w.start(), len(rest))
            if hit is None:
                hit = self.lexicon.stances.match(rest, w.start(), len(rest))
                if hit is not None and inner.kind == "body" and not _stance_act(hit):
                    return None
            if hit is not None:
                return inner, Predicate(inner.end + hit.start(), inner.end + hit.end(), True)
            word = w.group()
            if (
                word.lower() not in self.grammar.between_subject_and_verb
                and word not in QUOTE_MARKS
            ):
                return None
        return None


# A state's possessive right before a mention, its name one or two words.
_STATE_OWNER = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+$")


def _state_body(s: Sentence, m: Mention) -> bool:
    """ "Russia's Ministry of Defence", "Ukraine's General Staff": a body of the state whose
    possessive stands right before it, which opens the subject as "the" does (the
    possessive is the body's determiner, Quirk et al. 5.12), not a subject of its own."""
    if m.kind != "body" or m.ref is None or m.ref.kind not in ("government", "military"):
        return False
    owner = _state_possessive(s, m)
    return owner is not None and owner.country == m.ref.country


def _state_official(s: Sentence, m: Mention) -> bool:
    """ "Finland's Foreign Minister Anna Berg", "Poland's President Jan Kowal": a titled
    person whose state's possessive stands right before the title, which opens the subject
    as a state's possessive opens its body (the possessive is the title's determiner); the
    comma-less form of "Anna Berg, Finland's Foreign Minister"."""
    return m.kind == "person" and m.title is not None and _state_possessive(s, m) is not None


def _state_possessive(s: Sentence, m: Mention) -> ActorRef | None:
    """The state whose possessive stands right before ``m`` in the sentence."""
    return possessing_state(next((n for n in reversed(s.mentions) if n.end <= m.start), None), m)


def _owned_subject(m: Mention) -> bool:
    """A mention a possessive determiner may open as a subject: a person, or a group named
    by more than its relation to the speaker ("our Western partners", not "our partners",
    whose view relayed_views leaves to nobody: no one the rules can name)."""
    return m.kind == "person" or (m.kind == "group" and len(m.text.split()) > 1)


def _words(before: str) -> list[str]:
    """The words and marks of ``before``, lower-cased, without quotation marks."""
    return [w.lower() for w in TOKEN.findall(before) if w not in QUOTE_MARKS]


def _lead_words_only(before: str) -> bool:
    """Whether every one of ``_words(before)`` is a lead word ("and", "but", "later"), or
    there are none: asked of every mention a subject may be, so it stops at the first other
    word rather than reading all that stands before the mention."""
    lead = load_grammar().lead_words
    return all(
        m.group().lower() in lead for m in TOKEN.finditer(before) if m.group() not in QUOTE_MARKS
    )


def _last_word(before: str) -> str | None:
    """The last of ``_words(before)``, or None, read from the end: no word or mark spans
    a space, so the stretch after the last space is read alone, and one further back only
    where that holds nothing but quotation marks."""
    rest = before
    while True:
        parts = rest.rsplit(None, 1)
        if not parts:
            return None
        tokens: list[str] = TOKEN.findall(parts[-1])
        for w in reversed(tokens):
            if w not in QUOTE_MARKS:
                return w.lower()
        if len(parts) == 1:
            return None
        rest = parts[0]


def _stance_act(hit: re.Match[str]) -> bool:
    """A finite verb of a stance a party takes by saying it: "demanded", "rejects"."""
    word = hit.group().lower()
    return (
        category(hit) in _REPORTED_ACTS
        and _FINITE.match(word) is not None
        and _MODAL.match(word) is None
    )
