"""The outlet a statement was given to: its ``via`` (the guide: "he told Sky News", "he told
the BBC"), when the sentence ties the statement to it: "told <outlet>", "in an interview
with <outlet>", "speaking to <outlet>", or "told the network" for the outlet the article
named last. An outlet merely mentioned is no voice.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from summarise.actors import phrase_key, vocabulary
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.patterns import word_start_trie
from summarise.extraction.backends.baseline.quotes import QuoteZones
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence

# What ties a statement to the outlet named right after it.
_TIE = (
    r"\b(?:told|telling|(?i:in\s+an?\s+(?:\w+\s+)?interview\s+(?:with|to))|speaking\s+to|"
    r"in\s+comments\s+to)\s+(?:the\s+)?"
)


# The words "told the network" opens with; a sentence holding neither is not searched.
_TOLD = ("told", "telling")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An outlet named as written, the same right after a tie, and "told the network"."""
    forms = word_start_trie(
        {f for o in vocabulary().outlets for f in (o.name, *o.forms)}, before=r"[\w-]"
    )
    # "NBC News": the network's news service is the network as an outlet.
    named = rf"(?P<outlet>{forms}(?:[ \t]+News)?)(?![\w-])"
    nouns = "|".join(sorted(load_grammar().outlet_nouns, key=len, reverse=True))
    told_the = re.compile(rf"\b(?:{'|'.join(_TOLD)})\s+the\s+(?:{nouns})\b")
    return re.compile(named), re.compile(_TIE + named), told_the


def _ref(written: str) -> ActorRef | None:
    """The outlet as the article writes it ("NBC News"), with the vocabulary's state."""
    phrases = vocabulary().outlet_phrases
    outlet = phrases.get(phrase_key(written)) or phrases.get(
        phrase_key(written.removesuffix(" News"))
    )
    return ActorRef(written, "other", outlet.country) if outlet is not None else None


def _tied(text: str, sentence: Sentence, last: ActorRef | None, named: bool) -> ActorRef | None:
    """The outlet this sentence ties its statement to, if any; ``last`` is the outlet the
    article named most recently, for "told the network"; ``named``: whether the sentence
    may name an outlet at all (``_Named.may_match``)."""
    _, tied, told_the = _patterns()
    m = tied.search(text, sentence.start, sentence.end) if named else None
    if m is not None:
        return _ref(m["outlet"])
    if (
        last is not None
        and sentence.scan.may_hold(_TOLD, sentence.start, sentence.end)
        and told_the.search(text, sentence.start, sentence.end)
    ):
        return last
    return None


def _last_named(text: str, sentence: Sentence) -> ActorRef | None:
    """The last outlet this sentence names, tied or not: what "the network" later means."""
    named, _, _ = _patterns()
    found = list(named.finditer(text, sentence.start, sentence.end))
    return _ref(found[-1]["outlet"]) if found else None


_WORD_CHAR = re.compile(r"[\w-]")


class _Named:
    """Where the article names an outlet, found in one search of the whole text.

    Most sentences name none, and an outlet pattern of every outlet's forms searched in
    each sentence cost more than the rest of this module. A search in a sentence can match
    only where a match of the whole text overlaps it, or where the sentence ends inside a
    word: the pattern looks one character past a match, and a sentence's end hides that
    character. So a sentence is searched only then, and reads the same as before.
    """

    def __init__(self, text: str) -> None:
        named, _, _ = _patterns()
        spans = [m.span() for m in named.finditer(text)]
        self.text = text
        self.starts = [start for start, _ in spans]
        # The matches never overlap, so their ends are in order too.
        self.ends = [end for _, end in spans]

    def may_match(self, start: int, end: int) -> bool:
        if _WORD_CHAR.match(self.text, end):
            return True
        i = bisect.bisect_right(self.ends, start)
        return i < len(self.starts) and self.starts[i] < end


class Outlets:
    """Reads an article's sentences in order, remembering the outlet last named."""

    def __init__(self, text: str, zones: QuoteZones) -> None:
        self.text = text
        self.zones = zones
        self.last: ActorRef | None = None
        self.named = _Named(text)

    def read(self, sentences: list[Sentence]) -> None:
        """ "…," he told Sky News': the statement of the last sentence read reaches us
        through the outlet, its ``via``; so does the rest of the quotation it closes, the
        same speaker's quoted sentences just before."""
        s = sentences[-1]
        named = self.named.may_match(s.start, s.end)
        outlet = _tied(self.text, s, self.last, named)
        if named:
            self.last = _last_named(self.text, s) or self.last
        if outlet is None:
            return
        holders = {c.holder for c in s.claims if c.holder is not None and c.voice != "joint"}
        for claim in s.claims:
            if claim.holder in holders and claim.via is None:
                claim.via = outlet
        for before in reversed(sentences[:-1]):
            if not self.zones.within(before.start, before.end) or not before.claims:
                break
            if any(c.holder not in holders for c in before.claims):
                break
            for claim in before.claims:
                claim.via = claim.via or outlet
