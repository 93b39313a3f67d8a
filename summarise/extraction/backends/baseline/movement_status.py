"""How far along a movement is: planned, ongoing or completed.

Apart from ``movements`` because status is read from the words that govern a trigger,
whatever its activity, forces or owner; combat reads it the same way. Whether the text
asserts a movement at all is ``movement_assertion``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.extraction.backends.baseline.lexicon import load_lexicon, movement_status_of
from summarise.extraction.backends.baseline.patterns import category, window_end
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.verb_forms import BE, HAVE
from summarise.extraction.backends.baseline.word_classes import alternation, forms
from summarise.schema import Activity, MovementStatus

_DEFAULT_STATUS: dict[Activity, MovementStatus] = {
    "mass": "ongoing",
    "alert": "ongoing",
    "other": "ongoing",
    "withdraw": "ongoing",
}
_STATUS_ORDER: tuple[MovementStatus, ...] = ("planned", "completed", "ongoing")
_STATUS_BEFORE = 40
_STATUS_AFTER = 20
# An order, decision or approval and the infinitive it governs: "ordered … to deploy".
_ORDER = re.compile(
    r"\b(?:order(?:s|ed)?|instruct(?:s|ed)?|direct(?:s|ed)|command(?:s|ed)|tasked|decided|"
    r"decision|approv(?:e|es|ed)|authori[sz](?:e|es|ed))\b"
    r"[^.;:]*?\bto\b",
    re.IGNORECASE,
)
ORDER_BEFORE = 120


# A movement named by a noun ("the deployment of …", "a shipment of …", "the arrival of …"):
# its status is told by the verb the whole noun phrase is subject of ("… was completed
# today", "… had arrived"), however long the phrase.
NOMINAL = re.compile(
    r"(?:ments?|tions?|sions?|[vw]als?|ery|eries|exercises?|drills?)$", re.IGNORECASE
)
_NOMINAL_AFTER = 160
# A state reached stays: forces built up or put on alert are a build-up or an alert that
# stands ("NATO had built up its forces"), not an event over.
_STANDING_ACTIVITIES = frozenset({"mass", "alert"})


# An event noun as the subject of a predicate of going on: "The offensive launched last
# week continues", "Russia's offensive, launched four days ago, is still under way". The
# present forms only, not the be and have classes: "was continuing" is not going on now.
_DETERMINED = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)|['\u2019]s)"
    r"\s+(?:[\w-]+\s+){0,3}$"
)
_GOING_ON = re.compile(
    r"[^.;:!?]{0,60}?\b(?:continues|continue|goes on|go on|(?:is|are)\s+(?:still\s+)?"
    r"(?:continuing|under ?way|ongoing|going on)|(?:has|have)\s+(?:begun|started))\b",
    re.IGNORECASE,
)
_DETERMINER_REACH = 40

# A movement noun dated in the past by its own phrase is an event over, whatever the tense
# of the clause it stands in ("expressed concern about the arrival of three landing ships
# at Sevastopol last week", "the recent deliveries of weapons … only encourage"): a
# premodifier "recent", or a past time adjunct inside the noun phrase, before any comma.
_RECENT = re.compile(r"\brecent\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)
_PAST_IN_PHRASE = re.compile(
    r"[^,;:.!?]{0,80}?\b(?:(?:last|past|previous)\s+(?:week|weekend|month|night)|"
    r"over\s+the\s+(?:past|last)\s+(?:few\s+|\w+\s+)?(?:days|week|weeks|month|weekend)|"
    r"yesterday)\b",
    re.IGNORECASE,
)
# How far before the trigger the words of its own verb or noun phrase are looked for: a
# premodifier ("recent"), an operator of aspect ("were", "kept").
_PHRASE_REACH = 40


# The trigger as a progressive's -ing form, or the -ing form after a verb of beginning or
# keeping on (Quirk et al. 3.52, 16.39), or after "being" in the passive: "are returning to
# their permanent bases", "have begun arriving", "NATO keeps bringing new battalions", "are
# being brought up". The movement is going on, whatever else its clause tells as done
# ("the units that took part in the drills are returning", "which had completed their
# exercises"). A modal's "will be returning" (no finite "be") is left to the clause's words.
# The operator kept apart tells the past ("were moving", "kept sending", "had been moving")
# from the present ("are moving", "has kept sending").
_PROGRESSIVE_BEFORE = re.compile(
    rf"\b(?:(?P<have>{HAVE})\s+)?(?:(?P<be>{BE}|been)\s+"
    rf"(?:(?:{alternation('progressive_adverbs')})\s+)?"
    rf"|(?P<aspect>{alternation('aspect_verbs')}|{alternation('aspect_verb_pasts')})\s+)$",
    re.IGNORECASE,
)
_BEING_BEFORE = re.compile(rf"\b(?P<be>{BE})\s+being\s+$", re.IGNORECASE)
_ING = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
_PAST_OPERATORS = forms("be_pasts") | forms("aspect_verb_pasts")
_PAST_PERFECT = "had"


# "there are 3,000 troops in Latvia": the existential in the present states a presence now.
_EXISTENTIAL = re.compile(r"there\s", re.IGNORECASE)


def status_of_trigger(
    scan: TextScan, clause_start: int, clause_end: int, trigger: re.Match[str], activity: Activity
) -> MovementStatus:
    """The status the trigger's clause tells; an event noun that is the subject of a
    predicate of going on is going on, whatever participle modifies it ("launched last
    week" is the noun's reduced relative clause, not the clause's verb)."""
    if _going_on(scan.text, clause_start, clause_end, trigger) or _EXISTENTIAL.match(
        trigger.group()
    ):
        return "ongoing"
    nominal = NOMINAL.search(trigger.group()) and activity not in _STANDING_ACTIVITIES
    after = _NOMINAL_AFTER if nominal else _STATUS_AFTER
    status = status_in(
        scan,
        max(clause_start, trigger.start() - _STATUS_BEFORE),
        min(clause_end, trigger.end() + after),
        activity,
    )
    if status != "planned" and _ordered(scan, clause_start, trigger.start()):
        return "planned"
    if nominal and status != "planned" and _told_as_past(scan.text, clause_end, trigger):
        return "completed"
    if status == "completed" and activity in _STANDING_ACTIVITIES:
        return "ongoing"
    aspect = _progressive(scan.text, clause_start, trigger) if status != "planned" else None
    if aspect is None:
        return status
    if aspect.past and load_lexicon().past_times.search(scan.text, clause_start, clause_end):
        return "completed"
    return "ongoing"


@dataclass(frozen=True)
class _Aspect:
    """A progressive or a verb of beginning or keeping on before the trigger, and whether
    its operator is past: "kept sending ships to the Black Sea last year", "were moving
    tanks in December" tell a stretch a past time closes, an event over; with no such time
    they tell what was going on when told, and may go on still."""

    past: bool


def _progressive(text: str, clause_start: int, trigger: re.Match[str]) -> _Aspect | None:
    """The trigger as the verb of a progressive, of a verb of beginning or keeping on, or
    of a progressive passive (a movement told as going on), or None."""
    window = max(clause_start, trigger.start() - _PHRASE_REACH)
    being = _BEING_BEFORE.search(text, window, trigger.start())
    if being is not None:
        return _Aspect(being.group("be").lower() in _PAST_OPERATORS)
    if _ING.match(trigger.group()) is None:
        return None
    found = _PROGRESSIVE_BEFORE.search(text, window, trigger.start())
    if found is None:
        return None
    if found.group("have") is not None:
        return _Aspect(found.group("have").lower() == _PAST_PERFECT)
    operator = found.group("be") or found.group("aspect")
    return _Aspect(operator.lower() in _PAST_OPERATORS)


def _going_on(text: str, clause_start: int, clause_end: int, trigger: re.Match[str]) -> bool:
    """Whether the trigger is a noun (a determiner or possessor before it) and the subject
    of a predicate of going on in its clause."""
    window = max(clause_start, trigger.start() - _DETERMINER_REACH)
    if _DETERMINED.search(text, window, trigger.start()) is None:
        return False
    return _GOING_ON.match(text, trigger.end(), clause_end) is not None


def _told_as_past(text: str, clause_end: int, trigger: re.Match[str]) -> bool:
    """Whether a movement noun's own phrase dates it in the past: "recent" before it, or a
    past time adjunct after it before the phrase's first comma."""
    if _RECENT.search(text, max(0, trigger.start() - _PHRASE_REACH), trigger.start()):
        return True
    return _PAST_IN_PHRASE.match(text, trigger.end(), clause_end) is not None


def _ordered(scan: TextScan, clause_start: int, start: int) -> bool:
    """ "I order the Minister to put the deterrence forces on a special mode of combat
    duty": an order or decision opening the clause makes the movement it governs planned,
    however long the infinitive between them."""
    window = max(clause_start, start - ORDER_BEFORE)
    return _ORDER.search(scan.text, window, start) is not None


def status_in(scan: TextScan, start: int, end: int, activity: Activity) -> MovementStatus:
    """The status the words of ``scan.text[start:end]`` tell, a word the window cuts left
    out (``window_end``), else the activity's default."""
    stop = window_end(scan.text, end)
    found = {
        movement_status_of(category(m))
        for m in load_lexicon().movement_status.finditer(scan.text, start, stop)
    }
    for status in _STATUS_ORDER:
        if status in found:
            return status
    return _DEFAULT_STATUS.get(activity, "unclear")
