"""Which stance a clause takes: its cues by class, with negation, condition and object.

The first cue of the clause decides, as the main verb comes first in English ("thanked X
for its support against aggression" is thanks, not an accusation). Rules refine it
(``stance_senses``):
a punitive measure under a condition or held ready is a threat ("if Russia invades, we
will impose costs", "we are prepared to take further measures"), and taken it is a
commitment ("will face sanctions"; not "the sanctions were a mistake"); a negated support
is opposition ("do not support"), and a negated rejection a threat when it keeps a measure
in reserve ("did not rule out sanctions"), else support; a commitment to a party's
sovereignty or integrity is support for that party; carrying on ("continuing to") takes the
stance of what is carried on; and a warning that alleges intent ("warned that Russia plans
to …") is an accusation. A conditional with no stance word takes the stance its main
clause's grammar gives (``conditionals``): "if Russia invades, there will be no meeting".
Which punitive measures the clause takes, holds ready, prices or says are borne is read in
``measures_taken``; this module weighs that reading against the clause's other cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarise.extraction.backends.baseline.acts_foretold import act_foretold, condition_foretold
from summarise.extraction.backends.baseline.conditionals import (
    IF_CLAUSE,
    IF_PHRASES,
    INVERTED,
    charge_foretold,
    conditional_pledge,
    conditional_stance,
    measure_supposed,
)
from summarise.extraction.backends.baseline.cue_holders import (
    CONTINUING,
    INTENT,
    subject_words,
)
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.governing import governing
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.measure_kinds import (
    forsworn_measure,
    readied_after,
    unpunitive,
)
from summarise.extraction.backends.baseline.measures_taken import (
    borne_cost,
    measures_taken,
    named_foretold,
    priced,
    withholds,
)
from summarise.extraction.backends.baseline.needs_described import need_described
from summarise.extraction.backends.baseline.patterns import WORD, category, matches_exactly
from summarise.extraction.backends.baseline.restraints import restraint_stance
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.stance_cues import forsworn_own
from summarise.extraction.backends.baseline.stance_senses import (
    PASSIVE_BY,
    phrase_end,
    refined,
    self_bound,
)
from summarise.extraction.backends.baseline.verb_forms import BE
from summarise.schema import Stance

_INVERSION = (INVERTED,)
_CARRIED_WINDOW = 40
_FUTURE = re.compile(r"will\b", re.IGNORECASE)
_TO_VERB = re.compile(r"\s*(?:to\s+)?")
# A copula between a measure and the cue after it: the cue judges the measure.
_JUDGED_BY = re.compile(rf"\s(?:{BE}|would be|will be)(?:\s+\w+ly)?\s+$", re.IGNORECASE)


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
    meet severe costs"). A negation may stand between the subject and the verb, before
    the clause read (``negation_from``): "did not rule out".
    """
    text = scan.text
    lexicon = load_lexicon()
    cues = scan.find(lexicon.stances, start, end)
    found = [m for m in scan.find(lexicon.punitive, start, end) if not unpunitive(text, m)]
    # "will deny Russia the benefits of …": the denial verb withholds from a party (the
    # measure found at the same word), it disputes no claim.
    cues = [c for c in cues if not (category(c) == "deny" and withholds(c, found))]
    # "the technology it needs to sustain its war": a need described, no appeal.
    # One's own act forsworn decides only alone (``_unless_others``).
    cues = _unless_others(
        [c for c in cues if not (category(c) == "demand" and need_described(text, c))]
    )
    if not cues and not found and not speech_predicate:
        # No cue, no measure, no verb of saying: only a conditional's grammar gives a stance.
        return _conditional(scan, start, end)
    reasons = _reasons(scan, start, end) if cues else []
    if reasons:
        cues = [m for m in cues if not any(a <= m.start() < b for a, b in reasons)]
    opening = start if condition_from is None else min(start, condition_from)
    foretold = None if cues else _measure_foretold(scan, (opening, start, end), found)
    if foretold is not None:
        return foretold
    condition = scan.first(lexicon.conditions, opening, end)
    # "a step that will cost the aggressor dearly": after a modal "cost" is the verb, a price
    # foretold of whatever the subject is, not a measure the holder takes.
    punitive, ready = measures_taken(
        text,
        start,
        end,
        [m for m in _outside(text, condition, end, found) if not priced(text, start, m)],
    )
    borne = borne_cost(text, start, end, punitive)
    forsworn = (
        punitive if punitive is not None and forsworn_measure(text, start, punitive) else None
    )
    if borne is not None or forsworn is not None:
        punitive = None
    if ready is not None and any(
        category(c) == "demand" and c.start() < ready.start() for c in cues
    ):
        # "called on the EU to prepare sanctions": readiness asked of a party is the asking.
        ready = None
    if punitive is not None and condition is not None:
        if condition_foretold(text, start, end, condition):
            # "Any further aggression would have massive consequences for Russia": what the
            # act brings is foretold, a warning.
            return StanceCue("warn", condition.start(), condition.end())
        return StanceCue("threaten", punitive.start(), punitive.end(), measure=True)
    if ready is not None:
        if readied_after().match(text, ready.end(), end) is not None:
            # "the export controls we've prepared …": the topic names the measure readied.
            return StanceCue("threaten", ready.start(), ready.start(), measure=True)
        return StanceCue("threaten", ready.start(), ready.end(), measure=True)
    # "The railways continue to run": carrying on that carries no stance and that nobody
    # undertakes reports a state of affairs, and is no cue.
    cues = [c for c in cues if not _idle_aspect(text, start, c, cues)]
    chosen = governing(text, _deciding(text, start, cues))
    decider, first = chosen if chosen is not None else (None, None)
    if decider is not None and (
        act_foretold(text, start, end, decider)
        or charge_foretold(text, start, end, condition, decider)
    ):
        # "Further provocations could lead to escalation", "If Russia moves forward, it
        # would be a war of choice": a consequence foretold.
        return StanceCue("warn", decider.start(), decider.end())
    # "Any ban on our airlines will be met with a mirror closure": a measure the clause's
    # threat answers is the other party's, the threat the holder's; "sanctions are needed
    # now": a measure the clause asks for is asked for, not taken.
    answered = first is not None and category(first) in ("threaten", "demand")
    before = first is None or (punitive is not None and punitive.start() < first.start())
    # "the plan to expel diplomats was counterproductive": a measure judged is the topic.
    judged = (
        first is not None
        and punitive is not None
        and _JUDGED_BY.search(text, punitive.end(), first.start()) is not None
    )
    if punitive is not None and before and not answered and not judged:
        return StanceCue("commit", punitive.start(), punitive.end(), measure=True)
    if first is not None and CONTINUING.fullmatch(first.group()):
        # "continuing to seek a diplomatic solution", "will continue to support
        # Ukraine", "continues to sabotage the agreements": carrying on is aspect; the
        # stance is what is carried on, if it has one.
        carried = next((c for c in cues if c.start() >= first.end() and _carried(c, first)), None)
        if carried is not None:
            decider = first = carried
    if first is not None and decider is not None:
        until = min((a for a, _ in reasons if a >= first.end()), default=None)
        floor = start if negation_from is None else min(start, negation_from)
        stance = refined(text, start, end, decider, floor)
        pledged = conditional_pledge(first, condition) if stance == "commit" else None
        if pledged == "warn" and condition is not None:
            # Resistance foretold: the condition names the conduct warned of, as a
            # conditional's warning with no cue does ("if their troops cross the border").
            return StanceCue("warn", condition.start(), condition.end(), until)
        if stance == "commit" and pledged is None:
            # "would defend Lithuania only if it was invaded": force promised on attack.
            pledged = restraint_stance(text, start, (first.start(), first.end()))
        stance = pledged or stance
        # "will impose": a commitment whose verb is a measure.
        measure = punitive is not None and first.start() <= punitive.start() < first.end()
        return StanceCue(stance, first.start(), first.end(), until, measure=measure)
    if borne is not None:
        # The topic is what bears or brings the cost, as for a consequence predicted.
        return StanceCue("warn", start, start)
    if forsworn is not None:
        # "Serbia would never impose sanctions on Russia": one's own measure forsworn, with
        # no cue of its own, is what the party states it will not do (the guide: `commit`).
        return StanceCue("commit", forsworn.start(), forsworn.end())
    return _undecided(scan, start, end, cues, condition, speech_predicate=speech_predicate)


def _outside(
    text: str, condition: re.Match[str] | None, end: int, found: list[re.Match[str]]
) -> list[re.Match[str]]:
    """The measures outside the condition's own clause, when the clause names one there:
    "In the event that foreign governments seize our reserves, we stand ready to answer
    with curbs" threatens the curbs; the seizure is the act the condition supposes,
    another party's. With none outside, all of them."""
    if condition is None:
        return found
    stop = phrase_end(text, condition.end(), end)
    outside = [m for m in found if not condition.start() <= m.start() < stop]
    return outside or found


def _measure_foretold(
    scan: TextScan, span: tuple[int, int, int], found: list[re.Match[str]]
) -> StanceCue | None:
    """A warning read from a clause with no stance cue whose measures nobody takes: one only
    inside a condition, what the main clause foretells ("If the allies wait for another
    atrocity to impose a ban, they will have paid for the war"), or one only named by
    a participle, what it would do ("sanctions imposed after an invasion would be too
    late"). ``span``: where a condition may open, the clause's start and its end."""
    opening, start, end = span
    supposed = measure_supposed(scan, opening, end, found)
    if supposed is not None:
        return StanceCue("warn", *supposed)
    named = named_foretold(scan.text, start, end, found)
    return None if named is None else StanceCue("warn", named.start(), named.end())


def _deciding(text: str, start: int, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The cues that may decide the clause's stance: not a verb of saying or an ignored
    word, not a participle describing ("supported by"), and not one's own aim ("we are
    trying to find a solution": what is aimed at is the cue) or one's own act told in the
    words of a charge ("we made a deliberate choice")."""
    return [
        c
        for c in cues
        if category(c) not in ("other", "ignore")
        and not PASSIVE_BY.match(text, c.end())
        and not (
            category(c) == "accuse" and INTENT.fullmatch(c.group()) and self_bound(text, start, c)
        )
        and not _own_conduct(text, start, c)
    ]


def _own_conduct(text: str, start: int, cue: re.Match[str]) -> bool:
    """A charge made by the words for the conduct (``[conduct]``: "a deliberate choice",
    "pumping Ukraine with weapons") of the speaker's own side's act ("We made a deliberate
    choice to stay out", "Our decision was a deliberate one") charges nobody: a first
    person before the cue in its clause makes the act the speaker's."""
    found = load_lexicon().conduct.match(text, cue.start())
    if found is None or found.end() != cue.end():
        return False
    first_person = load_grammar().first_person
    return any(w.lower() in first_person for w in WORD.findall(text[start : cue.start()]))


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
    cues = [c for c in cues if category(c) != "ignore" and not PASSIVE_BY.match(text, c.end())]
    conditional = _conditional(scan, start, end)
    if conditional is not None:
        return conditional
    if (cues or speech_predicate) and condition is not None:
        # The guide: a predicted consequence is a warning ("if Ukraine joins NATO, there
        # will be a war"); the condition's own clause predicts nothing.
        outcomes = load_lexicon().outcomes
        outcome = outcomes.search(text, phrase_end(text, condition.end(), end), end)
        outcome = outcome or outcomes.search(text, start, condition.start())
        if outcome is not None:
            return StanceCue("warn", start, start)
    if cues:
        # "I think the negotiations will take a long time": an assessment the speaker holds
        # (``[assessments]``) is the cue, not the verb of thinking that frames it.
        assessments = load_lexicon().assessments
        cue = next(
            (c for c in cues if matches_exactly(assessments, c.string, c.start(), c.end())),
            cues[0],
        )
        return StanceCue("other", cue.start(), cue.end())
    if speech_predicate:
        return StanceCue("other", start, start)
    return None


def _conditional(scan: TextScan, start: int, end: int) -> StanceCue | None:
    found = conditional_stance(scan, start, end)
    return None if found is None else StanceCue(*found, conditional=True)


def _carried(cue: re.Match[str], aspect: re.Match[str]) -> bool:
    """What "continue to" carries on: support anywhere near ("still trying to find a
    diplomatic solution"), any other stance only as the verb itself ("continues to
    sabotage"; not the object of "continue to disclose Russian disinformation")."""
    gap = cue.start() - aspect.end()
    if category(cue) == "support":
        return gap <= _CARRIED_WINDOW
    # The verb itself, after "continue" or "will continue to".
    verb = _TO_VERB.fullmatch(cue.string, aspect.end(), cue.start()) is not None
    return verb and category(cue) not in ("commit", "other", "ignore")


@cache
def _saying_on() -> re.Pattern[str]:
    """A verb of saying carried on: "continues to claim", "will continue to insist"
    (lexicon.toml [predicates] carried_on)."""
    verbs = read_data("lexicon.toml")["predicates"]["carried_on"]
    return re.compile(rf"\s+(?:{'|'.join(verbs)})\b", re.IGNORECASE)


def _idle_aspect(text: str, start: int, cue: re.Match[str], cues: list[re.Match[str]]) -> bool:
    """ "Continue to" that carries no stance ("the railways continue to run") and that the
    holder does not undertake, or that carries on saying ("Moscow continues to claim that
    …"): what is said decides."""
    if CONTINUING.fullmatch(cue.group()) is None:
        return False
    if _saying_on().match(text, cue.end()) is not None:
        return True
    return not any(c.start() >= cue.end() and _carried(c, cue) for c in cues) and not _undertaken(
        text, start, cue
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
            (m.start(), phrase_end(text, m.end(), end))
            for m in lexicon.reasons.finditer(text, start, end)
        ]
        if scan.may_hold(lexicon.reason_phrases, start, end)
        else []
    )
    if scan.may_hold(IF_PHRASES, start, end):
        reasons += [
            (m.start(), phrase_end(text, m.end(), end))
            for m in IF_CLAUSE.finditer(text, start, end)
        ]
    if scan.may_hold(_INVERSION, start, end):
        # "Should Russia continue its aggression, …": the inverted condition's clause.
        reasons += [
            (m.start(), phrase_end(text, m.end(), end))
            for m in scan.find(lexicon.conditions, start, end)
            if m.group().lower().startswith(INVERTED)
        ]
    return reasons


def _unless_others(cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """The clause's cues without the ones that decide only alone (``_forsworn_own``) when
    others stand beside them."""
    return cues if len(cues) < 2 else [c for c in cues if not _forsworn_own(c)]


def _forsworn_own(cue: re.Match[str]) -> bool:
    """One's own act forsworn ("we will not trade our land": the `commit` cue that opens at
    the negation, lexicon.toml [forsworn] own), which decides only a clause with no other
    cue: "we will never leave Moldova without support" is support, "we will not accept" a
    refusal."""
    return category(cue) == "commit" and matches_exactly(
        forsworn_own(), cue.string, cue.start(), cue.end()
    )
