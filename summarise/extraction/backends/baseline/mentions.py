"""Every place a text mentions a party, before deciding who each one is.

Capitalised runs (``names``) give people, offices, states, seats of government and
organisations; lower-case office phrases ("the prime minister", "a Downing Street
spokesman") and organisation forms ("the alliance"), pronouns, first-person words, joint
subjects ("the leaders") and sides ("the Russian side") are found by their own scan
(``word_scans``); governments named by a noun ("The Government has decided", "the
Government of Canada") by ``government_nouns``. Overlaps are settled earliest-then-longest.
What each mention refers to is ``people``'s job.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from summarise.actors import phrase_key as _phrase_key
from summarise.actors import vocabulary
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.government_nouns import (
    GovernmentNaming,
    departments_by_field,
    governments_of_states,
    own_governments,
)
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.names import NamedRun, find_runs, surname_of
from summarise.extraction.backends.baseline.patterns import window_after
from summarise.extraction.backends.baseline.refs import (
    ActorRef,
    government,
    organisation,
    state,
)
from summarise.extraction.backends.baseline.titles import Title, read_title
from summarise.extraction.backends.baseline.word_scans import of_state_end, word_scans

MentionKind = Literal[
    "person", "office", "body", "outlet", "pronoun", "first", "joint", "side", "group"
]

_POSSESSIVE = re.compile(r"['\u2019]s?(?![\w])")
# The marks a possessive after a mention opens on: tested first, as most mentions have none.
_APOSTROPHES = ("'", "\u2019")
# A lower-case noun after a capitalised country word makes it an adjective: "Russian troops".
_NOUN_AFTER = re.compile(r"[ \t]+(?:[a-z][\w-]*)")
_GOVERNING = re.compile(
    r"[ \t]+(?P<word>government|administration|authorities|leadership|regime|side|officials|"
    r"(?:(?:foreign|defen[cs]e|interior|finance)[ \t]+)?ministry)\b"
)
_LED_BODY = re.compile(r"[ \t]+(?:administration|government)\b")
_TITLE_WORDS = re.compile(r"[\s\-\u2013]+")
_COMPOUND_PART = re.compile(r"[^\s\-\u2013]+(?:\s+[^\s\-\u2013]+)*")
# A capital before a noun names a thing, not a party: "the Minsk agreements", "Geneva talks".
# Readouts capitalise the noun ("the Minsk Agreements", "the Lisbon Declaration"), which
# then runs on in the name: a capitalised head counts when the grammar lists it as a
# capitalised word that is no name.
_THING_HEAD = (
    r"[\w-]*(?:ments?|tions?|ions?|talks|format|process|protocols?|accords?|declarations?|"
    r"summits?|meetings?|packages?|documents?|treat(?:y|ies)|charter)"
)
# The head is matched whole, its first letter included ("talks", "Package"), and a
# capitalised one may take an of-phrase ("the Minsk Package of Measures").
_MODIFIED_NOUN = re.compile(r"[ \t]+(?=[a-z])" + _THING_HEAD + r"\b")
_CAPITAL_HEAD = re.compile(
    r"(?P<seat>.+?)[ \t]+(?P<head>(?=[A-Z])(?i:" + _THING_HEAD + r"))(?:[ \t]+of[ \t]+.+)?$"
)
_FOR_OWNER = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")
# How far the party a spokesperson speaks for may run after "for" ("a spokesman for the
# Ministry of Foreign Affairs"): the window ends between words (``window_after``), so no
# name's last word is read cut short ("the Ministry of Defen|ce").
_OWNER_REACH = 60
_LOWER_OFFICE_HEAD = re.compile(
    r"(?:(?<![\w])(?P<det>the|The|a|an|An|A|his|His|her|Her|its|Its|their|Their|our|Our)[ \t]+)"
    r"(?P<mods>(?:[\w\u2019'-]+[ \t]+){0,3}?)$"
)


@lru_cache(maxsize=8192)
def phrase_key(text: str) -> tuple[str, ...]:
    """The vocabulary's key of a phrase; the same names recur through an article."""
    return _phrase_key(text)


def possessing_state(before: Mention | None, m: Mention) -> ActorRef | None:
    """The state whose possessive is ``before``, the mention right before ``m`` with at most a
    space between them ("Finland's Foreign Minister …", "Russia's Ministry of Defence"): the
    possessive is the determiner of what follows it, not a party of its own."""
    if before is None or not before.possessive or m.start - before.end > 1:
        return None
    return before.ref if before.ref is not None and before.ref.kind == "state" else None


def states_own_body(name: str) -> bool:
    """A body every state has by this name: a ministry named by its field alone ("Ministry
    of Defence") or a body of a state's forces ("the General Staff"). Whose it is the text
    must say, so the vocabulary's entry (the UK's, or none's) need not be the one meant."""
    key = phrase_key(name)
    return key[:1] == ("ministry",) or key in _states_bodies()


@cache
def _states_bodies() -> frozenset[tuple[str, ...]]:
    """Bodies named alike in every state (grammar.toml `states_bodies`), as keys."""
    return frozenset(phrase_key(b) for b in read_data("grammar.toml")["states_bodies"])


@dataclass(slots=True)
class Mention:
    """A place that names a party; ``ref`` is filled in by resolution."""

    start: int
    end: int
    kind: MentionKind
    text: str
    title: Title | None = None
    name: str | None = None
    honorific: bool = False
    possessive: bool = False
    adjective: bool = False
    place: bool = False
    ref: ActorRef | None = None
    # A spokesperson's principal: whose words they speak.
    principal: ActorRef | None = None
    # Set by resolution when the mention could not be told apart from others.
    unresolved: bool = False
    # The determiner of a lower-case office ("a spokesman", "his spokesman").
    det: str = ""
    # "a spokesperson for Johnson's administration": the mention spoken for.
    speaks_for: Mention | None = None
    # "the Biden administration": the surname of the person whose government it is.
    led_by: str | None = None
    # Whom a capital speaking stands for, its government ("Moscow says …"); acted on, the state.
    voice: ActorRef | None = None
    # "the enemy", "the occupiers": in a text of one side of the war the other side, in
    # anyone else's no one (``resolve``).
    adversary: bool = False
    # "The Government has decided …", "The Administration will …": a state's own text names
    # its government by the noun alone, capitalised (``resolve``: the publisher's).
    own_government: bool = False

    @property
    def spokesperson(self) -> bool:
        return self.principal is not None


# Between two parties of a list: "A, B and the C".
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_ADJACENT = re.compile("")


def listed(
    text: str, mentions: list[Mention], start: int, first_gap: re.Pattern[str] = _ADJACENT
) -> Iterator[Mention]:
    """The mentions a list names from ``start``: the first after ``first_gap`` (none by
    default: it opens at ``start``), each next after a comma or "and". Callers stop early
    at the first mention their list cannot hold."""
    pos, gap = start, first_gap
    for m in mentions:
        if m.start < pos:
            continue
        if gap.fullmatch(text, pos, m.start) is None:
            return
        yield m
        pos, gap = m.end, LIST_GAP


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """The mentions of ``text[start:end]`` in reading order, none overlapping."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for run in find_runs(text, start, stop):
        found.extend(_from_run(text, run))
    scans = word_scans()
    for begin, end_at, m in scans.matches(text, start, stop):
        group = m.lastgroup if m.lastgroup != "demonym" else "side"
        written = text[begin:end_at]
        if m["side"] is not None:
            country = vocabulary().country_phrases.get(phrase_key(m["demonym"]))
            ref = state(country) if country else None
            found.append(Mention(begin, end_at, "side", written, ref=ref))
        elif group == "joint":
            found.append(Mention(begin, end_at, "joint", written))
        elif group == "group":
            ref = ActorRef(m["gname"] or m["gname2"], "other")
            found.append(Mention(begin, end_at, "group", written, ref=ref))
        elif group == "adversary":
            found.append(Mention(begin, end_at, "body", written, adversary=True))
        elif group == "body":
            ref = scans.lower_body_refs[written]
            stop = of_state_end(text, end_at)
            found.append(Mention(begin, stop, "body", text[begin:stop], ref=ref))
        elif group == "office":
            mention = _lower_office(text, begin, end_at, start)
            if mention is not None:
                found.append(mention)
        elif not _DUMMY_IT.match(text, begin):
            kind: MentionKind = "first" if group == "first" else "pronoun"
            found.append(Mention(begin, end_at, kind, written))
    if not _names_un(text):
        found = [m for m in found if not _needs_un(m)]
    departments = departments_by_field(text, found, len(text) if end is None else end)
    found.extend(_body_mention(text, g) for g in departments + own_governments(text, start, stop))
    # Ahead of the run that reads the same words as an unknown name: the sort keeps order.
    found[:0] = [_body_mention(text, g) for g in governments_of_states(text, start, stop)]
    found.sort(key=lambda m: (m.start, m.start - m.end))
    chosen: list[Mention] = []
    last_end = -1
    for mention in found:
        if mention.start >= last_end:
            _mark_possessive(text, mention)
            chosen.append(mention)
            last_end = mention.end
    return chosen


def _body_mention(text: str, naming: GovernmentNaming) -> Mention:
    """A government named by its noun (``government_nouns``) as a body mention."""
    return Mention(
        naming.start,
        naming.end,
        "body",
        text[naming.start : naming.end],
        ref=naming.ref,
        own_government=naming.own,
    )


# "It is important to …", "it is Russia that …": the "it" of an extraposed subject or of a
# cleft (Quirk et al. 18.33, 18.25) stands for no party; nor with the infinitive's own
# subject in a for-phrase ("It is an honour for me to host you", Quirk et al. 15.9).
_DUMMY_IT = re.compile(
    r"[Ii]t(?:['\u2019]s|\s+(?:is|was|will\s+be|would\s+be|remains))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:for\s+(?:me|us|him|her|them)\s+)?(?:to|that)\b"
)


_UN_NAMED = re.compile(r"\b(?:UN|U\.N\.|United Nations)\b")
_UN_FORMS = ("UN", "U.N.", "United Nations")


def _names_un(text: str) -> bool:
    """``_UN_NAMED.search(text)``: the expression tries every character of an article, a
    substring test finds at once that most articles hold none of its forms."""
    return any(form in text for form in _UN_FORMS) and _UN_NAMED.search(text) is not None


def _needs_un(m: Mention) -> bool:
    """A bare "Security Council" is the UN's only where the text names the UN; many
    states have a council of that name."""
    return m.ref is not None and m.ref.country == "UN" and not _UN_NAMED.search(m.text)


def _mark_possessive(text: str, mention: Mention) -> None:
    # A pronoun has its own possessive forms: "He's" is "he is" or "he has".
    clitic = mention.kind in ("pronoun", "first")
    if mention.text.endswith(("'s", "\u2019s")) or (
        not clitic
        and text.startswith(_APOSTROPHES, mention.end)
        and _POSSESSIVE.match(text, mention.end)
    ):
        mention.possessive = True
    if mention.kind == "pronoun" and mention.text.lower() in ("his", "her", "their", "its"):
        mention.possessive = True
    if mention.kind == "first" and mention.text.lower() in ("our", "my"):
        mention.possessive = True


def _from_run(text: str, run: NamedRun) -> list[Mention]:
    title = run.title
    span = text[run.start : run.end]
    governed = _governing_body(text, run)
    if governed is not None:
        return [Mention(run.start, run.end, "body", span, ref=governed)]
    if run.name is not None:
        outlet = vocabulary().outlet_phrases.get(phrase_key(run.name))
        if outlet is not None:
            ref = ActorRef(outlet.name, "other", outlet.country)
            return [Mention(run.start, run.end, "outlet", span, ref=ref)]
        led = _LED_BODY.match(text, run.end)
        if led is not None and run.title is None:
            # "the Biden administration" is a government, its leader's.
            led_text = text[run.start : led.end()]
            return [Mention(run.start, led.end(), "body", led_text, led_by=surname_of(run.name))]
        person = Mention(
            run.start, run.end, "person", span, title=title, name=run.name, honorific=run.honorific
        )
        return [person]
    if title is None:
        return []
    if title.office is not None or _headed(title):
        return [Mention(run.start, run.end, "office", span, title=title)]
    if "-" in span or "\u2013" in span:
        compound = _compound(text, run.start, run.end)
        if compound:
            return compound
    body = _body(text, run.start, run.end, title)
    return [body] if body is not None else []


def _governing_body(text: str, run: NamedRun) -> ActorRef | None:
    """A state's word before a governing noun names its government ("the Russian
    Government"), or the body the vocabulary knows by that phrase; before another noun
    ("Government officials") it only modifies."""
    grammar = load_grammar()
    words = text[run.start : run.end].split()
    if words[-1].lower() not in grammar.governing_nouns:
        return None
    after = _NOUN_AFTER.match(text, run.end)
    if after is not None and after.group().strip() in grammar.governed_nouns:
        return None
    org = vocabulary().organisation_phrases.get(phrase_key(text[run.start : run.end]))
    if org is not None:
        return ActorRef(org.name, org.kind, org.country)
    country = run.title.country if run.title is not None else None
    return government(country) if country is not None else None


def _compound(text: str, start: int, end: int) -> list[Mention]:
    """ "Russian-US talks", "the NATO-Russia Council": each side of a hyphenated pair of
    parties is a mention of its own, a modifier of what follows."""
    parts = [(m.start(), m.end()) for m in _COMPOUND_PART.finditer(text, start, end)]
    if len(parts) < 2 or not any(text[a:b] in "-\u2013" for a, b in _gaps(parts)):
        return []
    found: list[Mention] = []
    for a, b in parts:
        title = read_title(text[a:b])
        body = _body(text, a, b, title) if title.country or title.body else None
        if body is None:
            return []
        body.adjective = True
        found.append(body)
    return found


def _gaps(parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a[1], b[0]) for a, b in itertools.pairwise(parts)]


def _headed(title: Title) -> bool:
    return _has_head(title.text)


@lru_cache(maxsize=4096)
def _has_head(title: str) -> bool:
    heads = load_grammar().title_heads
    return any(w.lower() in heads for w in _TITLE_WORDS.split(title))


def _body(text: str, start: int, end: int, title: Title) -> Mention | None:
    """A country, seat or organisation; "the Russian government" is its government."""
    words = phrase_key(text[start:end])
    vocab = vocabulary()
    governing = _GOVERNING.match(text, end)
    if title.body is not None and title.body not in vocab.countries:
        org = organisation(title.body)
        if org is not None and _of_another_state(org, title):
            # "the Russian Ministry of Defence": the vocabulary may know the whole phrase.
            whole = vocab.organisation_phrases.get(words)
            if whole is not None:
                org = ActorRef(whole.name, whole.kind, whole.country)
            elif not states_own_body(org.name):
                org = None  # a ministry unknown by this state is its own (resolve)
        if org is None:
            return None
        return Mention(start, end, "body", text[start:end], ref=org)
    country = title.country or title.body
    if country is None:
        return None
    if _capital_thing(text[start:end], country):
        return None
    if words in vocab.seat_phrases and words not in vocab.country_phrases:
        capital = any(phrase_key(c) == words for c in vocab.countries[country].capitals)
        if not capital:
            return Mention(start, end, "body", text[start:end], ref=government(country))
        if governing is not None and governing["word"] != "side":
            end = governing.end()
            # "the Kiev authorities", "the Kiev regime" are the state (the guide)
            stands = state if governing["word"] in ("authorities", "regime") else government
            return Mention(start, end, "body", text[start:end], ref=stands(country))
        genitive = text[start:end].endswith(("'s", "\u2019s"))
        if not genitive and _MODIFIED_NOUN.match(text, end) is not None:
            # "the Minsk agreements": a thing named after a city, no party; "Moscow's
            # allegation" is the state's.
            return None
        return Mention(start, end, "body", text[start:end], ref=state(country), place=True)
    if governing is not None and governing["word"] != "side":
        end = governing.end()
        return Mention(start, end, "body", text[start:end], ref=government(country))
    adjective = _is_adjective(text, start, end)
    return Mention(
        start, end, "body", text[start:end], ref=state(country), adjective=adjective, place=True
    )


def _of_another_state(org: ActorRef, title: Title) -> bool:
    """ "the Polish Senate": a state's body named after another state is that state's
    own body of the name, not the vocabulary's ("Senate" is the US Senate's form)."""
    return org.country is not None and title.country is not None and org.country != title.country


def _capital_thing(words: str, country: str) -> bool:
    """ "Minsk Agreements", "Lisbon Declaration": a capital and a capitalised thing it names."""
    found = _CAPITAL_HEAD.fullmatch(words)
    if found is None or found["head"] not in load_grammar().not_names:
        return False
    seat = phrase_key(found["seat"])
    return any(phrase_key(c) == seat for c in vocabulary().countries[country].capitals)


def _is_adjective(text: str, start: int, end: int) -> bool:
    """A demonym before a noun ("Russian troops"), not a country ("Russia") nor a people
    ("the Russians")."""
    word = text[start:end]
    if word.endswith(("'s", "\u2019s")):
        return False
    entry = vocabulary().country_phrases.get(phrase_key(word))
    if entry is None:
        return False
    demonyms = vocabulary().countries[entry].demonyms
    return word in demonyms and not word.endswith("s") and _NOUN_AFTER.match(text, end) is not None


def _lower_office(text: str, begin: int, end: int, floor: int) -> Mention | None:
    """ "the prime minister", "a Downing Street spokesman", "his spokesman": an office
    in lower case (the scan's match at ``text[begin:end]``), with what stands before it
    back to its determiner."""
    head = _LOWER_OFFICE_HEAD.search(text, max(floor, begin - 60), begin)
    if head is None:
        return None
    start = head.start("det") if head["det"] else head.start()
    phrase = text[head.start("mods") : end]
    title = read_title(phrase)
    mention = Mention(start, end, "office", text[start:end], title=title)
    mention.det = head["det"].lower()
    owner = _FOR_OWNER.match(text, end)
    if owner is not None and title.office in ("spokesperson", "press secretary"):
        runs = find_runs(
            text, owner.end(), window_after(text, owner.end(), _OWNER_REACH, len(text))
        )
        if runs and runs[0].start == owner.end():
            mention.end = owner.end()
            mention.speaks_for = next(iter(_from_run(text, runs[0])), None)
    return mention
