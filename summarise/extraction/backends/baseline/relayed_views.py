"""A third party's view relayed in a speaker's words: that party's, or nobody's.

"They insist that Russia must withdraw", "Our partners are convinced that the sanctions will
work", "Some governments argue that …": the clause's subject is a third person with a verb
of saying or believing and its that-clause, so what follows is that party's view, which the
speaker reports (the guide: a view a speaker attributes to another party is theirs). Where
the subject is a party the rules resolve, attribution gives the view to it; where it is not
(a pronoun with no antecedent, a group of no one state), the view is still not the
speaker's own, and the clause is nobody's: precision before recall. The party may also be
named outside the subject: the agent of the speaker's being told ("We are told daily, by
Western capitals, that …"), or the place of an impersonal "they" or "those" ("In Moscow
they keep repeating that …", "those in Moscow who are telling their people that …": its
authorities); told by no one named, the view is nobody's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import WORD
from summarise.extraction.backends.baseline.quotes import Zone
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.subjects import SubjectReader

# The verb's that-clause, perhaps after the one it is said to: "insist that", "assure us
# that", "keep telling the world that".
_THAT = re.compile(r"\s+(?:[\w\u2019'-]+\s+){0,3}?that\b", re.IGNORECASE)
# Where the clause before the verb opens: after a comma, a colon or a dash ("After the
# talks, the Americans insist …").
_CLAUSE_START = re.compile(r".*[,;:\u2013\u2014]\s*", re.DOTALL)
# Words that make the part before the verb no third person's noun phrase: the speaker and
# the one spoken to ("I must say that", "let me stress that", "as you know"), a placeholder
# or demonstrative ("It is clear that", "This confirms that"), a subordinator or relative.
_NOT_THIRD = frozenset(
    {
        *("i", "me", "my", "we", "us", "you", "your"),
        *("it", "this", "that", "these", "those", "there", "here"),
        *("what", "which", "who", "whom", "whose", "let", "as", "if", "when", "while"),
        *("because", "so", "since", "though", "although"),
        *("one", "everyone", "nobody", "anyone", "someone", "nothing"),
    }
)
_MAX_WORDS = 6
# What may open a group named by what it is, capitalised as the sentence's first word:
# "Some governments argue that …", "Our partners are convinced that …".
_OPENERS = frozenset(
    {"the", "some", "many", "most", "all", "both", "several", "other", "our", "their", "these"}
)


# Indefinite pronouns standing alone as the subject: "Some say that …", "Others have written
# that …", "Many claim that …". Whoever they are, what they say is not the speaker's view.
_INDEFINITE = frozenset({"some", "others", "many"})


@cache
def _relational_heads() -> frozenset[str]:
    """ "partners", "allies": after "our" a group of others named by their relation to the
    speaker, whose view is theirs ("our partners are convinced that …")."""
    return frozenset(w.lower() for w in read_data("grammar.toml")["relational_heads"])


def _unnamed_sayer(text: str, s: Sentence) -> bool:
    """The sentence opens (or its clause after a fronted phrase opens) with a third person's
    noun phrase that no mention resolves, followed by a verb of saying or believing with a
    that-clause: "Blinken and his deputies insist that …", "Our partners are convinced that
    …". The speaker's own "we"/"I", "our" own side, and "It is clear that" are not."""
    verb = s.scan.first(load_lexicon().speech, s.start, s.end)
    if verb is None or _THAT.match(text, verb.end(), s.end) is None:
        return False
    opening = _CLAUSE_START.match(text, s.start, verb.start())
    start = opening.end() if opening is not None else s.start
    written = [w.group() for w in WORD.finditer(text, start, verb.start())]
    words = [w.lower() for w in written]
    if len(words) > _MAX_WORDS or _NOT_THIRD.intersection(words):
        return False
    between = load_grammar().between_subject_and_verb
    if words and words[0] in _INDEFINITE and all(w in between for w in words[1:]):
        return True  # "Some say that …", "Others have claimed that …": unnamed others
    if all(w in between or w in _OPENERS for w in words):
        # No subject of its own here: "…, for their part, are now telling …", or the
        # verb is a noun after its article ("The claims of the Pentagon that …").
        return False
    if any(w[0].isupper() for w in written[1:]) or (
        written[0][0].isupper() and words[0] not in _OPENERS
    ):
        # A name the rules do not resolve ("Putin has told the world that …") is left to
        # the stages after, which give another side's act it relays to that side.
        return False
    if "our" in words:
        # "our partners", "our Western colleagues": others; "our ministry" is the speaker's.
        return any(w in _relational_heads() for w in words[words.index("our") + 1 :])
    return True


def _unheld_subject(text: str, s: Sentence, subject: Mention) -> bool:
    """A subject that opens its clause and holds nothing the rules can name: "they" (a
    third person plural; "he" or "she" in a spokesperson's words is often their principal,
    who speaks through them) or a party left unresolved. Not "as they are fond of saying",
    a parenthesis in the speaker's own clause."""
    if subject.kind == "pronoun":
        if subject.text.lower() != "they":
            return False
    elif subject.kind == "first" or subject.ref is not None:
        return False
    opening = _CLAUSE_START.match(text, s.start, subject.start)
    start = opening.end() if opening is not None else s.start
    return not text[start : subject.start].strip()


def unnamed_says(text: str, s: Sentence) -> bool:
    """The sentence has no subject the rules know and opens on unnamed others' saying ("Some
    have written that …", "Our partners are convinced that …", ``_unnamed_sayer``): not the
    view of a statement's voice either. A "they" of no antecedent is left to the voice
    there: an address's "They say whatever they need to say" is its own charge."""
    return s.subject is None and _unnamed_sayer(text, s)


def another_says(
    text: str,
    s: Sentence,
    subjects: SubjectReader,
    zone: Zone | None,
    last_body: ActorRef | None,
) -> bool:
    """The clause's subject is a third party whose verb of saying reports what it says
    ("They insist that …", "Our partners are convinced that …") and who holds no position
    the rules can name: what it says is its view, not the speaker's, so it is nobody's.
    ``zone``: the quotation the sentence is read in, if any."""
    subject = subjects.subject(s, zone, last_body) if zone is not None else s.subject
    if subject is None:
        return zone is None and _unnamed_sayer(text, s)
    if not _unheld_subject(text, s, subject):
        return False
    predicate = subjects.predicate(s, subject)
    return predicate is not None and predicate.says


# The speaker told something by others, in the passive: "We are told every day, by Western
# capitals, that …", "we have been assured by Washington that …", "Now we are told that …",
# also recalled or dated ("I recall that back in 1990 we were assured that …", "In 1997 we
# were promised that …": what they were promised, not what they promise); or the audience
# an address speaks to ("You are being told that Ukraine is a threat": what their own
# rulers tell them, which the speaker answers, not the speaker's view).
_TOLD = re.compile(
    r"(?:[^,;:]{1,40},\s*)?"
    r"(?:(?:I|we)\s+(?:would\s+like\s+to\s+|want\s+to\s+|must\s+)?(?:recall|remember)\s+"
    r"(?:that\s+)?)?"
    r"(?:(?:back\s+)?in\s+(?:\d{4}|the\s+(?:early\s+|late\s+)?\d{4}s|those\s+(?:years|days))\s+)?"
    r"(?:now\s+|and\s+|but\s+)?(?:we|I|you)\s+"
    r"(?:are|am|were|was|have\s+been|had\s+been|keep\s+being|get|got)\s+"
    r"(?:(?:\w+\s+){0,2}?)(?:told|assured|informed|promised|reminded)\b",
    re.IGNORECASE,
)
# Where its that-clause opens, past the agent and the time words: ", that …".
_TOLD_THAT = re.compile(r"[^.;:!?]{0,120}?\bthat\b", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:the\s+)?", re.IGNORECASE)
# "In Moscow they keep repeating that …": the impersonal "they" of a place, its authorities.
_IN_PLACE = re.compile(r"(?:[^,;:]{1,40},\s*)?in\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Relayed:
    """Another's view the speaker relays, and whose it is when the text names them: the
    agent of "we are told by X that …", the place of "in Moscow they say that …"."""

    source: Mention | None
    # The relaying words up to the "that" of what is relayed: "we are told, by X, that".
    verb: tuple[int, int]

    def claims(self, s: Sentence) -> list[Claim]:
        """The sentence's claim: its source's, or none when no source is named."""
        source = self.source
        holder = None if source is None else source.voice or source.principal or source.ref
        if source is None or holder is None:
            return []
        return [Claim("reported", holder, None, s.start, s.end, source, self.verb, says=True)]


def relayed_source(text: str, s: Sentence) -> Relayed | None:
    """The sentence relays what others tell the speaker ("We are told, by Western capitals,
    that Russia is about to attack"), or what "they" say in a place ("In Moscow they keep
    repeating that …"): the view is the agent's or the place's authorities', and nobody's
    when no agent is named ("Now we are told that …"), never the speaker's own."""
    told = _TOLD.match(text, s.start, s.end)
    if told is not None:
        that = _TOLD_THAT.match(text, told.end(), s.end)
        if that is None:
            return None
        agent = next(
            (
                m
                for m in s.mentions
                if told.end() <= m.start < that.end()
                and m.ref is not None
                and _BY.search(text, told.end(), m.start) is not None
            ),
            None,
        )
        return Relayed(agent, (told.start(), that.end()))
    they = next((m for m in s.mentions if m.kind == "pronoun"), None)
    if they is None or they.text.lower() != "they":
        return None
    place = next((m for m in s.mentions if m.end <= they.start and m.ref is not None), None)
    if place is None or _IN_PLACE.fullmatch(text, s.start, place.start) is None:
        return None
    if text[place.end : they.start].strip():
        return None  # "In Moscow they …": the place, then "they"
    verb = s.scan.first(load_lexicon().speech, they.end, s.end)
    that = None if verb is None else _THAT.match(text, verb.end(), s.end)
    if verb is None or that is None:
        return None
    return Relayed(place, (verb.start(), that.end()))


def take_relayed(text: str, s: Sentence) -> bool:
    """Whether ``s`` relays another's view (``relayed_source``); its claim, if its source is
    named, is added to the sentence, and nothing else may claim it."""
    told = relayed_source(text, s)
    if told is not None:
        s.claims.extend(told.claims(s))
    return told is not None


# "those in Moscow who are now telling their own people that …": the people of a place who
# say something are its authorities, as the impersonal "they" of a place is.
_THOSE_IN = re.compile(r"\bthose\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_WHO = re.compile(r"\s+who\s+", re.IGNORECASE)
_THOSE_REACH = len("those in the ")
# Between "who" and its verb of saying: auxiliaries and adverbs ("who are now telling").
_WHO_GAP = 3


def those_in_place(text: str, s: Sentence) -> None:
    """Splits off a relative clause that relays the view of "those in" a place ("I want to
    reply to those in Moscow who are telling their people that Ukraine was preparing …"): the
    speaker's claim ends before "those", and what follows is the place's authorities'."""
    if not s.claims:
        return
    for place in s.mentions:
        holder = place.voice or place.ref
        # "who" after the place first: a match where it stands, cheaper than the search.
        who = _WHO.match(text, place.end, s.end)
        if holder is None or who is None:
            continue
        those = _THOSE_IN.search(text, max(s.start, place.start - _THOSE_REACH), place.start)
        if those is None:
            continue
        verb = s.scan.first(load_lexicon().speech, who.end(), s.end)
        gap = verb and len(WORD.findall(text, who.end(), verb.start()))
        that = verb and _THAT.match(text, verb.end(), s.end)
        if verb is None or that is None or gap is None or gap > _WHO_GAP:
            continue
        s.claims = [
            replace(c, end=min(c.end, those.start())) for c in s.claims if c.start < those.start()
        ]
        s.claims.append(
            Claim(
                "reported",
                holder,
                None,
                those.start(),
                s.end,
                place,
                (verb.start(), that.end()),
                says=True,
            )
        )
        return
