"""The lexicon, compiled once into what the rules match with (the grammar's closed word
classes are ``grammar``'s).

The data files hold regular-expression fragments grouped by class (a stance, an activity,
a contact mode); each class becomes one scanner that reports which class matched, so a
sentence is read by a handful of scans rather than one per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, cast, get_args

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.patterns import LexiconPattern, guarded_alternation
from summarise.extraction.backends.baseline.stance_cues import harm_believed, stance_cues
from summarise.extraction.backends.baseline.verb_forms import PREDICTIVE_MODALS
from summarise.extraction.backends.baseline.word_classes import alternation
from summarise.schema import (
    Activity,
    ContactMode,
    ContactStatus,
    MovementStatus,
    QuantityUnit,
    Stance,
)

_FLAGS = re.IGNORECASE
# The `[decided]` cue of an attempt: a verb of attempting, with "again" and the like, right
# before the infinitive ("the occupiers tried again to advance"); the verbs are grammar's,
# which ``movement_subjects`` reads as well.
_ATTEMPTED = (
    rf"(?:{alternation('conative_verbs')})"
    r"(?: again| once again| once more| repeatedly)?(?=\s*$)"
)


@dataclass(frozen=True)
class Lexicon:
    """Scanners built from ``data/lexicon.toml``."""

    speech: LexiconPattern
    inform: LexiconPattern
    passive: LexiconPattern
    postposed: LexiconPattern
    cataphoric: LexiconPattern
    stances: LexiconPattern
    punitive: LexiconPattern
    punitive_taken: LexiconPattern
    punitive_ready: LexiconPattern
    # A verb of bearing a cost and its object's determiner and modifiers, before the noun.
    punitive_suffered: re.Pattern[str]
    conditions: LexiconPattern
    decree_operative: LexiconPattern
    decree_verbs: LexiconPattern
    joint: re.Pattern[str]
    activities: LexiconPattern
    combat: LexiconPattern
    force_nouns: LexiconPattern
    force_modifiers: re.Pattern[str]
    giving_verbs: re.Pattern[str]
    agent_groups: re.Pattern[str]
    movement_status: LexiconPattern
    hypothetical: LexiconPattern
    decided: LexiconPattern
    contact_modes: LexiconPattern
    title_modes: LexiconPattern
    contact_status: LexiconPattern
    contact_requests: LexiconPattern
    contact_acceptances: LexiconPattern
    contact_stops: LexiconPattern
    contact_nouns: re.Pattern[str]
    reply_nouns: re.Pattern[str]
    running_nouns: re.Pattern[str]
    negotiating: re.Pattern[str]
    going: re.Pattern[str]
    attending: re.Pattern[str]
    awaiting: re.Pattern[str]
    fulfilled: re.Pattern[str]
    contact_topics: LexiconPattern
    when: LexiconPattern
    # Times a month or more back, which close a stretch told in the past (``[time] past``).
    past_times: re.Pattern[str]
    topic_keeps_cue: LexiconPattern
    issues: re.Pattern[str]
    inadmissible: re.Pattern[str]
    hostile_acts: re.Pattern[str]
    # What is given when help is offered (``[assistance] given``), a regex fragment.
    assistance_given: str
    readiness_words: re.Pattern[str]
    # Evidence said to belie a claim ("tells a different story"), a claim heard before, a
    # harm warned of said to be here already: a deny cue that stands for the claim before
    # it (``[rebuttals]``).
    rebuttals: re.Pattern[str]
    # A maxim in the generic "you" held against a party's act ("You don't move forces 6,000
    # miles for an exercise"): an accuse cue that may stand for the sentence before
    # (``[maxims]``).
    maxims: re.Pattern[str]
    # The next move put on a party ("The ball is in their court"): a demand cue that may
    # stand for the party of the sentence before (``[onus]``).
    onus: re.Pattern[str]
    # A charge made by the words for the conduct itself ("a deliberate choice", "pumping
    # Ukraine with weapons"): an accuse cue, no charge of one's own side's act
    # (``[conduct]``).
    conduct: re.Pattern[str]
    # A war's course assessed by what a party has not achieved: an `other` cue a speaker
    # holds (``[assessments]``).
    assessments: re.Pattern[str]
    # A question tagged as the speaker's musing ("…, I wonder?", ``[wondered]``), answered
    # after "if not" ("Who is this for, if not for an offensive?"), or one of who would
    # believe what was just said ("Who seriously believes this?"): a statement, not a
    # question, its tag or question word an accuse cue and a believer's "who" a deny cue.
    wondered_question: re.Pattern[str]
    wondered: re.Pattern[str]
    abetted: re.Pattern[str]
    upheld: re.Pattern[str]
    withheld: tuple[str, ...]
    responses: tuple[str, ...]
    resistances: tuple[str, ...]
    outcomes: re.Pattern[str]
    voiced: re.Pattern[str]
    # Voiced nouns that are no cue of their own ("ultimatum"), by first word: their stance.
    voiced_stances: dict[str, Stance]
    voiced_charges: re.Pattern[str]
    alleged_intent: re.Pattern[str]
    habitual_phrases: tuple[str, ...]
    habitual: re.Pattern[str]
    reason_phrases: tuple[str, ...]
    reasons: re.Pattern[str]
    courtesy: re.Pattern[str]
    courtesy_occasions: tuple[str, ...]
    courtesy_celebrated: tuple[str, ...]
    courtesy_wished_states: tuple[str, ...]
    courtesy_wished_things: tuple[str, ...]
    courtesy_passed_on: tuple[str, ...]
    # The acts of a call by kind (``act_kinds``): asking for talks, for military
    # de-escalation (``[act_kinds]``).
    talks_acts: re.Pattern[str]
    de_escalation_acts: re.Pattern[str]


def _speech(data: dict[str, Any]) -> list[str]:
    """The verbs of saying, each that is a verb of believing no verb of saying before a harm
    its subject is charged with believing it can do (``harm_believed``)."""
    believing = data["wished_harm"]["believing"]
    return [
        harm_believed(verb, data, cue=False) if verb in believing else verb
        for verb in data["predicates"]["speech"]
    ]


def _words(fragments: list[str]) -> LexiconPattern:
    """One class of fragments, scanned through a trie of their first letters."""
    return LexiconPattern({"cue": fragments}, _FLAGS)


def check_classes(data: dict[str, Any]) -> None:
    """Every class a table names must be a value of the schema, checked when the data is
    read: otherwise a mistyped or new class fails only on the first article holding one of
    its words, far from the edit that caused it. ``ignore`` is a stance table's own class:
    words that look like stances and are not (the stage drops them)."""
    tables: dict[str, tuple[frozenset[str], str]] = {
        "stances": (_STANCES | {"ignore"}, "stance"),
        "activities": (_ACTIVITIES, "activity"),
        "contact_modes": (_MODES, "contact mode"),
        "title_modes": (_MODES, "contact mode"),
        "movement_status": (_MOVEMENT_STATUSES, "movement status"),
        "contact_status": (_CONTACT_STATUSES, "contact status"),
        "contact_requests": (_CONTACT_STATUSES, "contact status"),
        "force_nouns": (_UNITS, "quantity unit"),
    }
    for table, (allowed, what) in tables.items():
        for name in data[table]:
            if name not in allowed:
                known = ", ".join(sorted(allowed))
                raise ValueError(
                    f"lexicon.toml [{table}] names no {what} {name!r}; the schema's are: {known}"
                )


@cache
def load_lexicon() -> Lexicon:
    """``data/lexicon.toml`` compiled, once per process: every rule asks for it, often per
    sentence, and compiling the stance table's hundreds of fragments is the costly part.
    Its classes are checked against the schema's first (``check_classes``), so that a
    mistyped class fails here, not on the first article holding one of its words."""
    data = read_data("lexicon.toml")
    check_classes(data)
    predicates = data["predicates"]
    return Lexicon(
        speech=_words([*_speech(data), *predicates["relayed"]]),
        inform=_words(predicates["inform"]),
        passive=_words(predicates["passive"]),
        postposed=_words(predicates["postposed"]),
        cataphoric=_words(predicates["cataphoric"]),
        stances=LexiconPattern(stance_cues(data), _FLAGS),
        punitive=LexiconPattern({k: data["punitive"][k] for k in ("action", "measure")}, _FLAGS),
        punitive_taken=_words(data["punitive"]["taken"]),
        punitive_ready=_words(data["punitive"]["ready"]),
        punitive_suffered=re.compile(
            rf"\b(?:{'|'.join(data['punitive']['suffered'])})\s+(?:(?!that\b)[\w\u2019'-]+\s+){{0,3}}$",
            _FLAGS,
        ),
        conditions=_words(data["conditions"]["cues"]),
        decree_operative=_words(data["decrees"]["operative"]),
        decree_verbs=_words(data["decrees"]["verbs"]),
        joint=re.compile(
            r"(?<![\w-])(?=[tbpa])(?:" + "|".join(data["joint"]["subjects"]) + r")(?![\w-])", _FLAGS
        ),
        activities=_activities(data["activities"], data["forces"]["placed"]),
        combat=_combat(data["combat"]),
        force_nouns=LexiconPattern(data["force_nouns"], _FLAGS),
        force_modifiers=re.compile(
            r"(?:" + "|".join(data["forces"]["modifiers"]) + r")$", re.IGNORECASE
        ),
        giving_verbs=re.compile(r"(?:" + "|".join(data["forces"]["giving"]) + r")", re.IGNORECASE),
        agent_groups=re.compile(
            r"(?P<group>(?:" + "|".join(data["forces"]["group_modifiers"]) + r")\s+(?:armed\s+)?"
            r"(?:" + "|".join(data["forces"]["group_nouns"]) + r"))\b",
            _FLAGS,
        ),
        movement_status=LexiconPattern(data["movement_status"], _FLAGS),
        hypothetical=_words(data["hypothetical"]["cues"]),
        decided=_words(data["decided"]["cues"] + [_ATTEMPTED]),
        contact_modes=LexiconPattern(data["contact_modes"], _FLAGS),
        title_modes=LexiconPattern(data["title_modes"], _FLAGS),
        contact_status=LexiconPattern(data["contact_status"], _FLAGS),
        contact_requests=LexiconPattern(data["contact_requests"], _FLAGS),
        contact_acceptances=_words(data["contact_acceptances"]["cues"]),
        contact_stops=_words(data["contact_stops"]["cues"]),
        contact_nouns=_ending([*data["contact_nouns"]["nouns"], *data["contact_nouns"]["replies"]]),
        reply_nouns=_ending(data["contact_nouns"]["replies"]),
        running_nouns=_ending(data["contact_nouns"]["running"]),
        negotiating=_ending(data["contact_nouns"]["negotiating"]),
        going=re.compile(r"(?:" + "|".join(data["contact_lookalikes"]["going"]) + r")"),
        attending=re.compile(
            r"\b(?:to\s+)?(?:" + "|".join(data["contact_lookalikes"]["attending"]) + r")"
            r"\s+(?:[\w-]+\s+){0,4}$",
            re.IGNORECASE,
        ),
        awaiting=re.compile(
            r"\b(?:" + "|".join(data["contact_lookalikes"]["awaiting"]) + r")"
            r"\s+(?:for\s+)?(?:(?:a|an|the|its|their)\s+)?(?:[\w,-]+\s+){0,3}$",
            re.IGNORECASE,
        ),
        fulfilled=re.compile(
            r"\s+(?:(?:its|their|our|his|her|the|all|these|those|such|any)\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:" + "|".join(data["contact_lookalikes"]["fulfilled"]) + r")\b",
            re.IGNORECASE,
        ),
        contact_topics=_words(data["contact_topics"]["subject"]),
        when=_words(data["time"]["when"]),
        past_times=_alternation(data["time"]["past"]),
        topic_keeps_cue=_words(data["topics"]["keeps_cue"]),
        issues=_alternation([word for area in data["issues"].values() for word in area]),
        inadmissible=re.compile("|".join(data["judgements"]["inadmissible"]), _FLAGS),
        hostile_acts=_alternation(data["judgements"]["hostile_acts"]),
        assistance_given=data["assistance"]["given"],
        readiness_words=_alternation(data["readiness"]["words"]),
        rebuttals=_alternation(data["rebuttals"]["cues"]),
        maxims=_alternation(data["maxims"]["cues"]),
        onus=_alternation(data["onus"]["cues"]),
        conduct=_alternation(data["conduct"]["cues"]),
        assessments=_alternation(data["assessments"]["cues"]),
        wondered_question=re.compile(
            "|".join(f"(?:{data['wondered'][q]})" for q in ("question", "disbelieved_question")),
            _FLAGS,
        ),
        wondered=_alternation([*data["wondered"]["cues"], *data["wondered"]["disbelieved"]]),
        abetted=_alternation(data["judgements"]["abetted"]),
        upheld=_alternation(data["judgements"]["upheld"]),
        withheld=tuple(data["conditions"]["withheld"]),
        responses=tuple(data["conditions"]["responses"]),
        resistances=tuple(data["conditions"]["resistances"]),
        outcomes=_outcomes(data["outcomes"]),
        voiced=re.compile(r"(?:" + "|".join(data["voiced"]["nouns"]) + r")(?![\w-])", _FLAGS),
        voiced_stances={w: stance_of(s) for w, s in data["voiced"]["stances"].items()},
        voiced_charges=_alternation(data["voiced"]["charges"]),
        alleged_intent=_alternation(data["alleged_intent"]["cues"]),
        habitual_phrases=tuple(data["time"]["habitual"]),
        habitual=_alternation(data["time"]["habitual"]),
        reason_phrases=tuple(data["reasons"]["phrases"]),
        reasons=_alternation(data["reasons"]["phrases"]),
        courtesy=re.compile("|".join(data["courtesy"]["cues"]), _FLAGS),
        courtesy_occasions=tuple(data["courtesy"]["occasions"]),
        courtesy_celebrated=tuple(data["courtesy"]["celebrated"]),
        courtesy_wished_states=tuple(data["courtesy"]["wished_states"]),
        courtesy_wished_things=tuple(data["courtesy"]["wished_things"]),
        courtesy_passed_on=tuple(data["courtesy"]["passed_on"]),
        talks_acts=_alternation(data["act_kinds"]["talks"]),
        de_escalation_acts=_alternation(data["act_kinds"]["de_escalation"]),
    )


def _ending(fragments: list[str]) -> re.Pattern[str]:
    """Fragments as one pattern matched at the end of a phrase: a trigger's head noun."""
    return re.compile(r"(?:" + "|".join(fragments) + r")$", re.IGNORECASE)


def _alternation(fragments: list[str]) -> re.Pattern[str]:
    """Fragments as one pattern searched for anywhere, a match found and not classed. The
    lookahead for their first characters (``guarded_alternation``) turns a word start
    away before every alternative is tried there: the same matches, in half the time for
    the longer lists (the issues, the reasons)."""
    return re.compile(r"\b" + guarded_alternation(fragments) + r"\b", _FLAGS)


def _outcomes(data: dict[str, list[str]]) -> re.Pattern[str]:
    """A modal, perhaps an adverb, and a verb of what follows: "would not lead"."""
    adverbs = "|".join(data["adverbs"])
    verbs = "|".join(data["verbs"])
    return re.compile(rf"\b(?:{PREDICTIVE_MODALS})(?:\s+(?:{adverbs}))?\s+(?:{verbs})\b", _FLAGS)


def _combat(data: dict[str, list[str]]) -> LexiconPattern:
    """The combat wordings by where the attacker stands: a launch verb with its event noun
    ("launched a full-scale invasion") is one more wording with the attacker as subject."""
    events = "|".join(data["events"])
    modifiers = "|".join(data["launch_modifiers"])
    launched = [f"{verb} (?:(?:{modifiers}) ){{0,4}}(?:{events})" for verb in data["launch"]]
    under_way = "|".join(data["under_way"])
    event = [rf"{e}(?: of [\w\s\u2019'-]{{1,60}}?)? (?:{under_way})" for e in data["events"]]
    impact = f"(?:{'|'.join(data['impacts'])})"
    return LexiconPattern(
        {
            "subject": data["subject"] + launched,
            "agent": data["agent"],
            "event": event,
            "projectile": [p.replace("{impact}", impact) for p in data["projectile"]],
        },
        _FLAGS,
    )


def _activities(data: dict[str, list[str]], placed: str) -> LexiconPattern:
    """The movement triggers by activity, the forces a verb of placing must have right after
    it written once (``{placed}``): "stations", "surges", "masses" and "ferried" read the
    same forces, so a noun added there reaches all of them."""
    return LexiconPattern(
        {
            name: [f.replace("{placed}", placed) for f in fragments]
            for name, fragments in data.items()
        },
        _FLAGS,
    )


def _named(category: str, allowed: frozenset[str], what: str) -> str:
    """A cue's class, checked against the schema's values: the data file may name no other."""
    if category not in allowed:
        raise ValueError(f"lexicon.toml names no {what} {category!r}")
    return category


def stance_of(category: str) -> Stance:
    return cast(Stance, _named(category, _STANCES, "stance"))


def activity_of(category: str) -> Activity:
    return cast(Activity, _named(category, _ACTIVITIES, "activity"))


def mode_of(category: str) -> ContactMode:
    return cast(ContactMode, _named(category, _MODES, "contact mode"))


def movement_status_of(category: str) -> MovementStatus:
    return cast(MovementStatus, _named(category, _MOVEMENT_STATUSES, "movement status"))


def contact_status_of(category: str) -> ContactStatus:
    return cast(ContactStatus, _named(category, _CONTACT_STATUSES, "contact status"))


_STANCES = frozenset(get_args(Stance))
_ACTIVITIES = frozenset(get_args(Activity))
_MODES = frozenset(get_args(ContactMode))
_MOVEMENT_STATUSES = frozenset(get_args(MovementStatus))
_CONTACT_STATUSES = frozenset(get_args(ContactStatus))
_UNITS = frozenset(get_args(QuantityUnit))
