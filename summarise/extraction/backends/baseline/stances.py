"""Which stance a clause takes: its cues by class, with negation, condition and object.

The first cue of the clause decides, as the main verb comes first in English ("thanked X
for its support against aggression" is thanks, not an accusation). Rules refine it:
a punitive measure under a condition or held ready is a threat ("if Russia invades, we
will impose costs", "we are prepared to take further measures"), and taken it is a
commitment ("will face sanctions"; not "the sanctions were a mistake"); a negated support
is opposition ("do not support"), and a negated rejection a threat when it keeps a measure
in reserve ("did not rule out sanctions"), else support; a commitment to a party's
sovereignty or integrity is support for that party; carrying on ("continuing to") takes the
stance of what is carried on; and a warning that alleges intent ("warned that Russia plans
to …") is an accusation. A conditional with no stance word takes the stance its main
clause's grammar gives (``conditionals``): "if Russia invades, there will be no meeting".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarise.extraction.backends.baseline.conditionals import conditional_stance
from summarise.extraction.backends.baseline.governing import (
    CONTINUING,
    INTENT,
    MODAL,
    WARNED_THAT,
    WORD,
    governing,
    subject_words,
)
from summarise.extraction.backends.baseline.lexicon import load_grammar, load_lexicon, stance_of
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.schema import Stance

_NEGATION_WINDOW = 3
_IF_PHRASES = ("if", "whether")
_IF_CLAUSE = re.compile(r"\b(?:" + "|".join(_IF_PHRASES) + r")\b", re.IGNORECASE)
_PHRASE_STOP = re.compile(r"[,;:.!?]|\s[\u2013\u2014]\s")
_HOPE_FOR = re.compile(
    r"\s+(?:that\s+)?(?:(?:the\s+)?[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)*|they|it|you)\s+(?:would|will)\s|"
    r"\s+for\s+(?:\w+\s+){0,3}(?:support|assistance|help|steps|aid)\b"
)
# A noun, perhaps after a determiner or a qualifier, and a future: "that our partners will".
_HOPED_NOUN = re.compile(
    r"\s+(?:that\s+)?(?:(?:the|our|its|their|his|her|all|other)\s+)?(?:[A-Z]\w+\s+)?"
    r"(?P<noun>[a-z]+)\s+(?:would|will)\s"
)
# Whether "we must act" pledges or urges is unclear: "other", which a speaker's own
# remarks do not report, rather than a guess.
SELF_OBLIGATION: Stance = "other"
_CARRIED_WINDOW = 40
_FUTURE = re.compile(r"will\b", re.IGNORECASE)
_TO_VERB = re.compile(r"\s*(?:to\s+)?")
_REFUSAL = re.compile(r"refus", re.IGNORECASE)
_WARNING_VERB = re.compile(r"warn|caution", re.IGNORECASE)
# "supported by a Voyager", "backed by": a participle describing, not a stance taken.
_PASSIVE_BY = re.compile(r"\s+by\b")
# "I would like to emphasise": a polite form, no modal of taking a measure.
_POLITE = re.compile(r"\s+like\b")


@dataclass(frozen=True)
class StanceCue:
    stance: Stance
    start: int
    end: int
    # Where a stated reason or earlier event after the cue begins: the topic ends there.
    until: int | None = None
    # The stance comes from a punitive measure, whose agent may not be the holder.
    measure: bool = False
    # Read from a conditional's grammar alone, with no word of war and peace needed.
    conditional: bool = False


def read_stance(
    scan: TextScan,
    start: int,
    end: int,
    *,
    speech_predicate: bool,
    condition_from: int | None = None,
    negation_from: int | None = None,
) -> StanceCue | None:
    """The stance of ``text[start:end]``, or None when the clause takes none.

    A clause with only a verb of saying ("noted that …") is ``other``; one with no cue at
    all and no such verb takes no stance. Cues inside a stated reason ("in response to its
    brutal invasion", "to deter Russian aggression") describe the cause, not the stance.
    A condition may open the sentence before the clause's subject (``condition_from``):
    "If Russia invades, Germany will impose sanctions", and it governs every clause
    coordinated after it ("If Russia attacks, it will bear the responsibility, and it will
    face severe costs"). A negation may stand between the subject and the verb, before
    the clause read (``negation_from``): "did not rule out".
    """
    text = scan.text
    lexicon = load_lexicon()
    cues = scan.find(lexicon.stances, start, end)
    found = scan.find(lexicon.punitive, start, end)
    if not cues and not found and not speech_predicate:
        # No cue, no measure, no verb of saying: only a conditional's grammar gives a stance.
        return _conditional(scan, start, end)
    reasons = _reasons(scan, start, end) if cues else []
    if reasons:
        cues = [m for m in cues if not any(a <= m.start() < b for a, b in reasons)]
    opening = start if condition_from is None else min(start, condition_from)
    condition = scan.first(lexicon.conditions, opening, end)
    punitive, ready = _measures(text, start, end, found)
    if punitive is not None and condition is not None:
        return StanceCue("threaten", punitive.start(), punitive.end(), measure=True)
    if ready is not None:
        return StanceCue("threaten", ready.start(), ready.end(), measure=True)
    # "The railways continue to run": carrying on that carries no stance and that nobody
    # undertakes reports a state of affairs, and is no cue.
    cues = [c for c in cues if not _idle_aspect(text, start, c, cues)]
    chosen = governing(text, _deciding(text, start, cues))
    decider, first = chosen if chosen is not None else (None, None)
    if punitive is not None and (first is None or punitive.start() < first.start()):
        return StanceCue("commit", punitive.start(), punitive.end(), measure=True)
    if first is not None and CONTINUING.fullmatch(first.group()):
        # "continuing to try to find a diplomatic solution", "will continue to support
        # Ukraine", "continues to sabotage the agreements": carrying on is aspect; the
        # stance is what is carried on, if it has one.
        carried = next((c for c in cues if c.start() >= first.end() and _carried(c, first)), None)
        if carried is not None:
            decider = first = carried
    if first is not None and decider is not None:
        until = min((a for a, _ in reasons if a >= first.end()), default=None)
        floor = start if negation_from is None else min(start, negation_from)
        stance = _refined(text, start, end, decider, floor)
        # "will impose": a commitment whose verb is a measure.
        measure = punitive is not None and first.start() <= punitive.start() < first.end()
        return StanceCue(stance, first.start(), first.end(), until, measure=measure)
    return _undecided(scan, start, end, cues, condition, speech_predicate=speech_predicate)


def _measures(
    text: str, start: int, end: int, found: list[re.Match[str]]
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The clause's first punitive measure it takes itself, and the first it holds ready.
    Whether the clause takes a measure is one question for all its measure nouns; "the
    sanctions imposed by the West" (a passive action) is another's measure; "we are
    prepared to take further measures" holds one ready anywhere in the clause."""
    taken = any(category(m) != "action" for m in found) and _taken(text, start, end)
    measures = [
        m
        for m in found
        if (taken or category(m) == "action") and not _PASSIVE_BY.match(text, m.end())
    ]
    ready_before = load_lexicon().punitive_ready
    ready = next((m for m in measures if ready_before.search(text, start, m.start())), None)
    return (measures[0] if measures else None), ready


def _deciding(text: str, start: int, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The cues that may decide the clause's stance: not a verb of saying or an ignored
    word, not a participle describing ("supported by"), and not one's own aim ("we are
    trying to find a solution": what is aimed at is the cue)."""
    return [
        c
        for c in cues
        if category(c) not in ("other", "ignore")
        and not _PASSIVE_BY.match(text, c.end())
        and not (
            category(c) == "accuse" and INTENT.fullmatch(c.group()) and _self_bound(text, start, c)
        )
    ]


def _undecided(
    scan: TextScan,
    start: int,
    end: int,
    cues: list[re.Match[str]],
    condition: re.Match[str] | None,
    *,
    speech_predicate: bool,
) -> StanceCue | None:
    """The stance of a clause no cue decides: a conditional's grammar, a predicted
    consequence (a warning), else ``other`` for a cue or a verb of saying, else none."""
    text = scan.text
    # A participle before "by" describes ("allies feeling threatened by Russia"): no cue.
    cues = [c for c in cues if category(c) != "ignore" and not _PASSIVE_BY.match(text, c.end())]
    conditional = _conditional(scan, start, end)
    if conditional is not None:
        return conditional
    if (cues or speech_predicate) and condition is not None:
        # The guide: a predicted consequence is a warning ("if Ukraine joins NATO, there
        # will be a war"); the condition's own clause predicts nothing.
        outcomes = load_lexicon().outcomes
        outcome = outcomes.search(text, _phrase_end(text, condition.end(), end), end)
        outcome = outcome or outcomes.search(text, start, condition.start())
        if outcome is not None:
            return StanceCue("warn", start, start)
    if cues:
        return StanceCue("other", cues[0].start(), cues[0].end())
    if speech_predicate:
        return StanceCue("other", start, start)
    return None


def _conditional(scan: TextScan, start: int, end: int) -> StanceCue | None:
    found = conditional_stance(scan, start, end)
    return None if found is None else StanceCue(*found, conditional=True)


def _carried(cue: re.Match[str], aspect: re.Match[str]) -> bool:
    """What "continue to" carries on: support anywhere near ("continuing to try to find a
    diplomatic solution"), any other stance only as the verb itself ("continues to
    sabotage"; not the object of "continue to disclose Russian disinformation")."""
    gap = cue.start() - aspect.end()
    if category(cue) == "support":
        return gap <= _CARRIED_WINDOW
    # The verb itself, after "continue" or "will continue to".
    verb = _TO_VERB.fullmatch(cue.string, aspect.end(), cue.start()) is not None
    return verb and category(cue) not in ("commit", "other", "ignore")


def _idle_aspect(text: str, start: int, cue: re.Match[str], cues: list[re.Match[str]]) -> bool:
    """ "Continue to" that carries no stance ("the railways continue to run") and that the
    holder does not undertake."""
    return (
        CONTINUING.fullmatch(cue.group()) is not None
        and not any(c.start() >= cue.end() and _carried(c, cue) for c in cues)
        and not _undertaken(text, start, cue)
    )


@cache
def _undertaking_words() -> frozenset[str]:
    """Subjects that can undertake to carry on, built once: a body that governs, a polity,
    a pronoun."""
    grammar = load_grammar()
    pronouns = grammar.person_pronouns | grammar.plural_pronouns | {"it"}
    return grammar.governing_nouns | grammar.polity_nouns | pronouns


def _undertaken(text: str, start: int, aspect: re.Match[str]) -> bool:
    """Carrying on is a commitment only when a party undertakes it: in the future ("will
    continue to engage"), or with the speaker ("we are continuing to consult", "the United
    States and our allies continue to prepare"), a name ("Ukraine continues to …"), a
    polity ("the state continues to …") or a pronoun as its subject; not "the railways
    continue to run"."""
    if _FUTURE.match(aspect.group()):
        return True
    grammar = load_grammar()
    if any(w.lower() in grammar.first_person for w in WORD.findall(text[start : aspect.start()])):
        return True
    before = subject_words(text, start, aspect.start(), grammar.auxiliaries)
    if not before:
        return True
    head = before[-1]
    return head[:1].isupper() or head.lower() in _undertaking_words()


def _reasons(scan: TextScan, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of stated reasons and conditions, whose cues are not the holder's stance:
    "if our partners continue to arm them", "whether talks must go on" state what might
    be. Looked for only where a clause has cues to drop, and only where a phrase may occur."""
    text = scan.text
    lexicon = load_lexicon()
    reasons = (
        [
            (m.start(), _phrase_end(text, m.end(), end))
            for m in lexicon.reasons.finditer(text, start, end)
        ]
        if scan.may_hold(lexicon.reason_phrases, start, end)
        else []
    )
    if scan.may_hold(_IF_PHRASES, start, end):
        reasons += [
            (m.start(), _phrase_end(text, m.end(), end))
            for m in _IF_CLAUSE.finditer(text, start, end)
        ]
    return reasons


def _refined(text: str, start: int, end: int, cue: re.Match[str], floor: int) -> Stance:
    """The cue's class, with what follows it taken into account; a negation is looked for
    from ``floor``."""
    stance = stance_of(category(cue))
    negated = (
        stance in ("support", "oppose")
        and _negated(text, floor, cue.start())
        and not _negative(cue.group())
    )
    if stance == "support" and negated:
        return "oppose"
    if (
        stance == "demand"
        and _negated(text, floor, cue.start())
        and not _negative(cue.group())
        and not MODAL.fullmatch(cue.group())
    ):
        # "did not expect a breakthrough", "we are not asking for anything": a demand
        # denied is none; what is left is an assessment.
        return "other"
    if stance == "oppose" and negated:
        # "did not rule out further sanctions" keeps a measure in reserve: a threat (CAMEO
        # 13); "does not oppose the talks" takes their side.
        measure = load_lexicon().punitive.search(text, cue.end(), end)
        return "threaten" if measure is not None else "support"
    if (
        stance == "oppose"
        and load_lexicon().inadmissible.fullmatch(cue.group())
        and load_lexicon().hostile_acts.search(text, start, end)
    ):
        # The guide: condemning another party's action is `accuse`, rejecting a decision,
        # proposal or policy `oppose`; "the shelling of Kharkiv is unacceptable" condemns.
        return "accuse"
    if stance == "accuse" and _REFUSAL.match(cue.group()) and _own(text, start, cue):
        # Refusing is a charge when told of another party ("Russia refused to meet"), and
        # a rejection when the holder refuses (CAMEO 12): "we refuse to negotiate".
        return "oppose"
    if stance == "warn" and _alleges_intent(text, end, cue):
        return "accuse"
    if stance == "warn" and _warns_of_measure(text, end, cue):
        return "threaten"
    if stance == "demand" and MODAL.fullmatch(cue.group()) and _self_bound(text, start, cue):
        return SELF_OBLIGATION
    if stance == "commit" and load_lexicon().upheld.search(text, cue.end(), end):
        return "support"
    # Hoping that another party will act, or for more help, is asking for it.
    if (
        stance == "support"
        and cue.group().lower().startswith("hop")
        and (_HOPE_FOR.match(text, cue.end(), end) or _hoped_of_party(text, cue.end(), end))
    ):
        return "demand"
    return stance


def _hoped_of_party(text: str, pos: int, end: int) -> bool:
    """ "Expressed hope that partners would provide more air defence", "hopes the allies
    will act": a party named by a common noun ("partners", "the government") is hoped to
    act, as a name is."""
    found = _HOPED_NOUN.match(text, pos, end)
    if found is None:
        return False
    grammar = load_grammar()
    noun = found.group("noun").lower()
    return noun in grammar.party_nouns or noun in grammar.governing_nouns


def _alleges_intent(text: str, end: int, cue: re.Match[str]) -> bool:
    """ "warned that Russia plans to install a puppet" alleges hostile intent: the guide
    labels it an accusation (stance by content, not by reporting verb). A charge named
    inside a warning ("its aggression would be met with unity") leaves it a warning."""
    if WARNED_THAT.match(text, cue.start(), end) is None:
        return False
    intent = load_lexicon().alleged_intent
    return intent.search(text, cue.end(), _phrase_end(text, cue.end(), end)) is not None


def _warns_of_measure(text: str, end: int, cue: re.Match[str]) -> bool:
    """ "Warned of retaliatory measures", "cautioned Moscow that it would face sanctions":
    a warning whose object is a punitive measure announces it for later as deterrence,
    which the guide labels a threat; "warned of a disaster" stays a warning, and so does
    a warning about another's measures ("the sanctions imposed by the West")."""
    if _WARNING_VERB.match(cue.group()) is None:
        return False
    stop = _phrase_end(text, cue.end(), end)
    found = list(load_lexicon().punitive.finditer(text, cue.end(), stop))
    return bool(found) and not any(_PASSIVE_BY.match(text, m.end()) for m in found)


def _own(text: str, start: int, cue: re.Match[str]) -> bool:
    """The clause's holder is the cue's subject: the cue opens the clause read (a reported
    "Germany refused to …" is read from its verb) or follows "we" or "I"."""
    return cue.start() == start or _self_bound(text, start, cue)


def _self_bound(text: str, start: int, cue: re.Match[str]) -> bool:
    """ "We must act", "I should add": an obligation the speaker puts on themselves is
    no demand on anyone else."""
    before = subject_words(text, max(start, cue.start() - 30), cue.start())
    return bool(before) and before[-1].lower() in ("we", "i")


def _taken(text: str, start: int, end: int) -> bool:
    """A measure taken by the holder: "will face sanctions", not "the measures taken by
    the West"."""
    return any(
        not _PASSIVE_BY.match(text, m.end()) and not _POLITE.match(text, m.end())
        for m in load_lexicon().punitive_taken.finditer(text, start, end)
    )


def _phrase_end(text: str, pos: int, end: int) -> int:
    stop = _PHRASE_STOP.search(text, pos, end)
    return stop.start() if stop is not None else end


def _negative(words: str) -> bool:
    """A cue that is itself a negation ("do not accept", "never recognise")."""
    return any(_is_negation(w) for w in WORD.findall(words.lower()))


def _negated(text: str, floor: int, pos: int) -> bool:
    words = WORD.findall(text[max(floor, pos - 40) : pos].lower())[-_NEGATION_WINDOW:]
    return any(_is_negation(w) for w in words)


def _is_negation(word: str) -> bool:
    return word in load_grammar().negation or word.endswith(("n't", "n\u2019t"))
