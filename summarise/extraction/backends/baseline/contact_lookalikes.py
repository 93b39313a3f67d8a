"""Contact triggers that report no contact of their own: a host with no guest, people going
somewhere who are not persons, "call on", an occasion named only as a time ("After the
summit, …"), and a medium or a trip that is how one took part in a gathering.

Apart from ``contacts`` because these look-alikes are read from the words around a trigger
before any party is sought, and grow with the constructions the guide excludes, not with
the verb classes.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.contact_conditions import conditional_or_topic
from summarise.extraction.backends.baseline.contact_forms import (
    awaited,
    council_sides,
    signers,
    unsent_reply,
)
from summarise.extraction.backends.baseline.contact_objects import guest_after
from summarise.extraction.backends.baseline.contact_parties import between_at
from summarise.extraction.backends.baseline.contact_where import where_contact
from summarise.extraction.backends.baseline.lexicon import load_lexicon, mode_of
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.times import CALENDAR_NAMES, when_in
from summarise.extraction.backends.baseline.verb_forms import BE, BE_NONFINITE
from summarise.extraction.backends.baseline.word_classes import alternation, forms

_WINDOW = 40
# The passive of "meet X with Y" or "by Y", answered by ("any invasion would be met with
# severe sanctions", "the proposal was swiftly met with silence", "will be met by a firm
# response from NATO"): a form of "be" or "get" (Quirk et al. 3.68), an adverb or none,
# then "met with"/"met by". The reaction it names is no meeting and no letter.
_ANSWERED = re.compile(
    rf"\b(?:{BE}|{BE_NONFINITE}|{alternation('get_forms')})\s+(?:\w+ly\s+)?met\s+(?:with|by)\b",
    re.IGNORECASE,
)
# How far before a reply the act it answers may be met ("be met with a firm response").
_REPLY_REACH = 60
# "was met with by the minister": the passive of "meet with", its agent after "by", a
# meeting still.
_AGENT_NEXT = re.compile(r"\s+by\b", re.IGNORECASE)
# "call on X to", "call for", "call up reservists", "call them": calling as demanding or
# summoning; "meet them halfway": meeting as conceding. "meet on Friday", "meet on the
# margins of" are meetings, and so is "their call on Tuesday".
_NOT_CONTACT_AFTER = {
    "call": re.compile(
        rf"\s+(?:on|upon|for|up|them)\b(?!\s+(?:{CALENDAR_NAMES}|\d))", re.IGNORECASE
    ),
    "meet": re.compile(r"\s+(?:\w+\s+)?halfway\b", re.IGNORECASE),
}
# A contact forsworn or refused ("I have no plans to call him", "will not meet X", "has no
# intention of meeting", "refused to meet", "refrain from travelling to"): negation or a
# verb of abstaining right before the trigger, or before a verb of intent governing it,
# asserts no occasion (the guide: a contact needs one; as a negated movement is none, rule
# 4); so does "not yet" ("has not yet met him"). "not only met …" negates nothing; "would
# not postpone your visit" negates another verb, and stays a visit.
_FORSWORN = re.compile(
    r"(?:\bno\s+(?:plans?|intention|desire|wish)(?:\s+(?:to|of|for))?"
    r"|(?:\b(?:not|never|cannot)|n[\u2019']t)(?!\s+(?:only|just|merely)\b)"
    r"(?:\s+(?:plan|intend|want|wish|expect|going|agree)(?:s|ed|ing)?(?:\s+to)?)?"
    r"|\b(?:refus|declin)(?:e|es|ed|ing)(?:\s+to)?"
    r"|\brefrain(?:s|ed|ing)?\s+from|\bavoid(?:s|ed|ing)?)"
    r"\s+(?:(?:\w+ly|yet)\s+)?$",
    re.IGNORECASE,
)
# A trip warned or advised against ("warned on Monday against travel to Belarus", "advises
# citizens not to travel to Russia", "cautioned against any visit to the region"): a
# travel advisory, whose trip nobody made or planned. Apart from ``_FORSWORN`` because the
# warning is still a view of its own; "travelled to Minsk despite warnings" is a visit.
_ADVISED_AGAINST = re.compile(
    r"\b(?:warn|advis|caution|counsel|recommend|urg)(?:e|es|s|ed|ing)?\b"
    r"(?:\s+[\w'\u2019-]+){0,5}?\s+(?:against|not\s+to)\s+"
    r"(?:(?:an?|any|all|the|non-essential|nonessential|unnecessary|further)\s+)*$",
    re.IGNORECASE,
)
# "will travel to Vienna for a meeting of …": a trip for a gathering is the gathering's.
_FOR_GATHERING = re.compile(r"\bfor\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "will come to Moscow for consultations with X", "will travel to Warsaw to meet X": a trip
# made for a contact with parties of its own (its purpose, Quirk et al. 15.48) is that
# contact's; "heading to Kyiv for consultations" names no one met, so it stays a visit.
_FOR_CONTACT = re.compile(r"\b(?:for|to\s+(?:(?:hold|have)\s+)?)\s*$", re.IGNORECASE)
_PARTIES_NEXT = re.compile(
    r"\s+(?:(?:with|between)\s+)?(?:(?:the|his|her|their|its|our|my)\s+)?"
    # … the people of named parties: "to meet the leaders of Poland and Moldova".
    rf"(?:(?:{alternation('heads_of_parties')})\s+of\s+(?:the\s+)?)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# A medium phrase ("via video link", "by phone") beside a gathering's noun is how one took
# part in it, not a contact of its own.
_MEDIUM = re.compile(r"(?:via|by|over)\b")
_GATHERINGS = frozenset({"meeting", "talks", "summit"})
# "Immediately after the NATO Summit, I spoke …": an occasion named as a time.
_TIME_PHRASE = re.compile(
    r"\b(?:after|before|following|ahead of|since|on the sidelines of|at)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_WITH_NEXT = re.compile(r"\s+with\b")
# "After meeting the minister, …", "Before visiting Kyiv, …": a gerund clause after a
# preposition of time reports the main subject's own contact, not an occasion as a time.
_GERUND_CLAUSE = re.compile(r"(?:after|before|since|following|while|when)\s+\w+ing\b.*", re.I)
# "before his trip to Moscow", "following their talks in Beijing": an occasion in a time
# phrase that names whose it is, an occasion of its own (or the one its owners held).
_OWNED = re.compile(r"(?:\b(?:his|her|their)|\w['\u2019]s)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Hosting verbs (CAMEO 043) are a contact only with a guest as their object: "received
# the Prime Minister", not "received a letter", "welcomed the decision".
HOSTING = re.compile(r"(?:host|receiv|welcom)\w*$")
# "see" in its sense of meeting (WordNet's "see, meet": "Secretary Blinken will see Foreign
# Minister Lavrov") only with a person named as its object, not a person's words ("saw
# President X's statement as a step back"); the lexicon reads it only before a title.
_SEEING = re.compile(r"(?:see|sees|seeing|saw|seen)$")
# The seen person's "of Finland", then the lower-case word after them.
_WORD_AFTER_PERSON = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s+(?P<word>[a-z][\w-]*)\b"
)
# The closed classes a met person may be followed by (grammar.toml after_person_met).
_NOT_VERBS_AFTER_PERSON = frozenset().union(
    *(
        forms(name)
        for name in (
            "after_person_met",
            "prepositions",
            "determiners",
            "coordinators",
            "subordinators",
            "time_heads",
            "between_subject_and_verb",
        )
    )
)


def not_this_contact(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    own: Mention | None,
) -> bool:
    """A trigger that reports no contact here: a host with no guest, a reply awaited or
    neither prepared nor sent, things going somewhere, "call on", a contact forsworn ("no
    plans to call him"), warned against ("warned against travel to Belarus") or offered only
    on a condition ("prepared to meet him if it would help"), and an occasion named only as
    a time ("After the summit, …"), unless it names its own sides ("following the talks
    between A and B")."""
    speaker = sentence.first_person
    word = trigger.group().lower()
    if _without_guests(text, sentence, trigger, own) or awaited(text, sentence, trigger):
        return True
    if unsent_reply(text, sentence, trigger) or answered_with(text, sentence, trigger):
        return True
    if load_lexicon().going.match(word) and (
        own is None or not _is_person(own, speaker) or _forces_going(text, sentence, trigger)
    ):
        return True  # "troops arrived in Poland" is a movement, not a visit
    idiom = _NOT_CONTACT_AFTER.get(word.split()[-1])  # "call", and "to call", "will call"
    if idiom is not None and idiom.match(text, trigger.end()):
        return True
    if word in ("meet", "meets", "met") and load_lexicon().fulfilled.match(text, trigger.end()):
        return True  # "continue to meet its gas supply obligations": meet as fulfil
    if _forsworn(text, sentence, trigger) or conditional_or_topic(text, sentence, trigger):
        return True
    window = max(sentence.start, trigger.start() - _WINDOW)
    if _ADVISED_AGAINST.search(text, window, trigger.start()):
        return True  # "warned against travel to Belarus": an advisory, no trip
    timed = _TIME_PHRASE.search(text, window, trigger.start())
    return bool(
        timed
        and not _WITH_NEXT.match(text, trigger.end())
        and between_at(text, trigger.end(), sentence.end) is None
        and not _OWNED.search(timed[0])
        and not _GERUND_CLAUSE.fullmatch(timed[0] + word)
    )


def answered_with(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """ "would be swiftly met with sanctions", "would be met with a response from the EU",
    "will be met by a firm response from NATO": "met with" in the passive of "meet X with
    Y" is no meeting, and a reply named as what an act is met with or by is a reaction
    foretold, no letter written. The lexicon's lookbehinds keep the passive with nothing
    between out of the triggers; with an adverb between it reaches here. "was warmly met
    with by the minister" (the passive of "meet with", its agent after "by") stays a
    meeting."""
    if trigger.group().lower() == "met with":
        start = max(sentence.start, trigger.start() - _WINDOW)
        return not _AGENT_NEXT.match(text, trigger.end()) and any(
            m.end() == trigger.end() for m in _ANSWERED.finditer(text, start, trigger.end())
        )
    start = max(sentence.start, trigger.start() - _REPLY_REACH)
    return load_lexicon().reply_nouns.search(trigger.group()) is not None and bool(
        _ANSWERED.search(text, start, trigger.start())
    )


def _forsworn(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """ "I have no plans to call him", "will not travel to Moscow": a contact forsworn."""
    return bool(
        _FORSWORN.search(text, max(sentence.start, trigger.start() - _WINDOW), trigger.start())
    )


def forswears_contact(text: str, sentence: Sentence) -> bool:
    """Whether the sentence forswears a contact ("said he is not going to Kyiv"): what was
    said is then the contact not made, a report as a contact made is, and no view."""
    triggers = sentence.scan.find(load_lexicon().contact_modes, sentence.start, sentence.end)
    return any(_forsworn(text, sentence, t) for t in triggers)


def part_of_gathering(
    text: str, sentence: Sentence, trigger: re.Match[str], triggers: list[re.Match[str]]
) -> bool:
    """A medium phrase beside a gathering ("took part via video link in a summit") is how
    one took part in it, and a trip to attend a summit ("will travel to Brussels to attend
    a summit") or made for a gathering ("for a meeting of …") is the gathering's: neither
    is a contact of its own."""
    gatherings = [t for t in triggers if mode_of(category(t)) in _GATHERINGS]
    if _MEDIUM.match(trigger.group().lower()):
        return any(_beside(text, trigger, t) for t in gatherings)
    return mode_of(category(trigger)) == "visit" and any(
        t.start() > trigger.start()
        and (
            (mode_of(category(t)) == "summit" and attended(text, sentence, t))
            or made_for(text, trigger, t)
        )
        for t in gatherings
    )


def made_for(text: str, trip: re.Match[str], gathering: re.Match[str]) -> bool:
    """ "She will travel to Vienna next month for a meeting of the Council", "will travel to
    Warsaw to meet X", "will travel to Warsaw, where she will meet X": the gathering named
    as the trip's purpose, in the trip's own clause or the relative clause of its place."""
    purpose = _FOR_GATHERING.search(text, trip.end(), gathering.start())
    if purpose is None and _PARTIES_NEXT.match(text, gathering.end()):
        # The "where" clause first: "where she is to meet X" holds a "to" of its own.
        purpose = where_contact(text, trip, trip.end(), gathering.start()) or _FOR_CONTACT.search(
            text, trip.end(), gathering.start()
        )
    return purpose is not None and not re.search(r"[,;:]", text[trip.end() : purpose.start()])


def _beside(text: str, one: re.Match[str], other: re.Match[str]) -> bool:
    """Whether two triggers stand in one phrase: near, with no comma between."""
    start, end = min(one.end(), other.end()), max(one.start(), other.start())
    return 0 <= end - start <= _WINDOW and not re.search(r"[,;:]", text[start:end])


def attended(text: str, sentence: Sentence, trigger: re.Match[str]) -> re.Match[str] | None:
    """The verb of going to the gathering ``trigger`` names, which governs its status."""
    return load_lexicon().attending.search(
        text, max(sentence.start, trigger.start() - 70), trigger.start()
    )


def _without_guests(
    text: str, sentence: Sentence, trigger: re.Match[str], own: Mention | None
) -> bool:
    """A hosting verb or "see" with no guest ("received a letter", "see no evidence"), people
    gathered who are not a joint statement's signers ("protesters gathered in Kyiv"), and
    a council not named by its two sides ("the Security Council"): no contact."""
    word = trigger.group().lower()
    if word.startswith("gathered"):
        return not signers(text, sentence, trigger, own)
    if word == "council":
        return not council_sides(text, sentence, trigger) or _channel(text, sentence, trigger)
    seeing = _SEEING.match(word) is not None
    if seeing and _event_seen(text, sentence, trigger.end()):
        return True
    return (seeing or HOSTING.match(word) is not None) and not guest_after(
        text, sentence, trigger.end()
    )


# Between forces and the going verb they are the subject of: a space ("troops arriving"),
# the auxiliaries of a finite verb ("weapons had arrived", "troops will now arrive"), or a
# relative pronoun of things opening its own clause with them ("the troops that have
# arrived in Belarus", "equipment, the first of which will arrive in Kyiv"). "which" and
# "that" after forces never stand for a person, so the visit is nobody's.
_VERB_GAP = re.compile(
    # … or the comma closing an appositive after the noun ("deliveries, including anti-tank
    # weapons, will arrive in Kyiv").
    r"(?:\s*[,\u2014\u2013]\s*(?:the\s+\w+\s+of\s+)?which|\s+(?:that|which)|\s*,)?"
    r"(?:\s+(?:have|has|had|will|would|shall|is|are|was|were|be|been|being|now|already|"
    r"also|just|finally|recently|since|then))*\s+",
    re.IGNORECASE,
)
# Forces coordinated with a person before them, or accompanying one: "Nowak and his troops
# arrived", "Nowak, with his guards, arrived".
_WITH_PERSON = re.compile(r"\b(?:and|with)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _forces_going(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """ "We see NATO troops arriving in Poland", "Nowak, whose troops arrived in
    Vilnius, …", "informed him about the troops that have arrived in Belarus": a going verb
    right after a noun of forces or weapons (or its auxiliaries, or a relative "that" or
    "which" standing for it) has that noun as its subject (the object of a verb of
    perception and its participle, Quirk et al. 16.52; a relative or reported clause's own
    subject), not the clause's person: forces or supplies going somewhere are a movement,
    not a visit. Forces coordinated with the person ("Nowak and his troops arrived") go
    with them, and the visit stays."""
    start = max(sentence.start, trigger.start() - _WINDOW)
    return any(
        _VERB_GAP.fullmatch(text, m.end(), trigger.start())
        and _WITH_PERSON.search(text, start, m.start()) is None
        for m in load_lexicon().force_nouns.finditer(text, start, trigger.start())
    )


def _event_seen(text: str, sentence: Sentence, end: int) -> bool:
    """ "glad to see Chancellor Y taking a firm line", "want to see President X withdraw his
    troops": a person seen with a verb after them (a participle or a bare infinitive, Quirk
    et al. 16.52) is an event perceived, not a meeting; "will see President X on Friday",
    "this morning", "in Sofia" keep the meeting."""
    person = next((m for m in sentence.mentions if m.start >= end), None)
    after = _WORD_AFTER_PERSON.match(text, person.end) if person is not None else None
    return after is not None and after["word"].lower() not in _NOT_VERBS_AFTER_PERSON


# "a diplomatic solution, including through the NATO-Russia Council": a council as the
# means of something (Quirk et al. 9.48 "through" of means), a channel rather than a session.
_THROUGH = re.compile(r"\b(?:through|via)\s+(?:the\s+)?[\w-]+\s+$", re.IGNORECASE)


def _channel(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """A council named as the means of something, with no time to set a session ("a
    solution through the NATO-Russia Council"): no identifiable occasion, so no contact
    (the guide); "talks starting next week … through the NATO-Russia Council" are one."""
    start = max(sentence.start, trigger.start() - _WINDOW)
    return _THROUGH.search(text, start, trigger.start()) is not None and when_in(sentence) is None


def _is_person(subject: Mention, speaker: ActorRef | None) -> bool:
    ref = speaker if subject.kind == "first" else subject.ref
    return ref is not None and ref.is_person
