"""Where a position's topic begins, when not right after its cue.

Cut after its cue, a topic can state the opposite of what was said ("will prohibit new
investment" → "new investment") or nothing at all ("would be a tragic miscalculation" →
"miscalculation"). These rules move the start back to the cue or a negation before it,
to the subject a predicate nominal judges, to the antecedent of a relative clause, or on
past the addressee of "told" and the party thanked ("thanked Poland for its help"), so the
topic names the proposition.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon, stance_of
from summarise.extraction.backends.baseline.patterns import (
    FULL_STOP,
    WARNING_VERB,
    WORD,
    category,
    window_after,
    word_alternation,
)
from summarise.extraction.backends.baseline.topics import topic_span
from summarise.extraction.backends.baseline.verb_forms import (
    BE,
    HAVE,
    MODALS,
    PREDICTIVE_MODALS,
    VERB_NEGATION,
)
from summarise.schema import Stance


def topic_start(text: str, cue: tuple[int, int], stance: Stance, floor: int, stop: int) -> int:
    """Where a topic begins: after its cue, but at the cue when cut after it the topic
    would state the opposite ("will prohibit new investment", "refused to hold talks"), and
    at a negation before the cue ("under no circumstances will we give in"). A stance that
    states the polarity itself (support, oppose, deny) needs neither, nor a cue with
    nothing after it ("don't worry, …")."""
    start, end = cue
    if stance in _POLAR:
        return end
    if load_lexicon().topic_keeps_cue.match(text, start, end) is not None:
        begin: int | None = start
    else:
        begin = _negation_before(text, floor, start)
        # "will not defend": a pledge not to act; a cue that is a negation of its own
        # class ("don't trust" is a charge) keeps its object as the topic.
        if begin is None and stance == "commit" and _NEGATION_INSIDE.search(text, start, end):
            begin = start
    if begin is None or _polar_cue(text, start, end) or not _runs_past(text, begin, end, stop):
        return end
    return begin


def _polar_cue(text: str, start: int, end: int) -> bool:
    """A cue of support or rejection, whose negation the stance has already taken in
    ("did not rule out further sanctions" is a threat of further sanctions)."""
    found = load_lexicon().stances.match(text, start, end)
    return found is not None and stance_of(category(found)) in _POLAR


def _runs_past(text: str, begin: int, pos: int, stop: int) -> bool:
    topic = topic_span(text, begin, stop)
    return topic is not None and topic[1] > pos


_POLAR: frozenset[str] = frozenset({"support", "oppose", "deny"})
# A cue that negates inside itself: a verb group's negation ("will not defend") or "no".
_NEGATION_INSIDE = re.compile(rf"{VERB_NEGATION}|\bno\b", re.IGNORECASE)
_NEGATION_WORDS = 3
_NEGATION_REACH = 40


def _negation_before(text: str, floor: int, pos: int) -> int | None:
    """The start of a negation among the few words before ``pos`` (with a preposition
    that governs it: "under no circumstances"); "not only" adds, it does not negate."""
    grammar = load_grammar()
    reach = max(floor, pos - _NEGATION_REACH)
    if word_alternation(grammar.negation).search(text, reach, pos) is None and not any(
        c in text[reach:pos] for c in "'\u2019"
    ):
        return None  # most cues have no negation near: the word-by-word look is skipped
    words = list(WORD.finditer(text, reach, pos))
    words = words[-_NEGATION_WORDS:]
    for i, w in enumerate(words):
        lower = w.group().lower()
        negation = lower in grammar.negation or lower.endswith(("n't", "n\u2019t"))
        if not negation or text[w.end() : w.end() + 6].lower() == " only ":
            continue
        if i > 0 and words[i - 1].group().lower() in grammar.prepositions:
            return words[i - 1].start()
        return w.start()
    return None


# A predicate nominal: "any further incursion would be a tragic miscalculation", "an
# invasion would be "a disaster for the world"": the cue is said of its subject, which is
# the proposition.
_PREDICATE_NOMINAL = re.compile(
    rf"\s(?:{PREDICTIVE_MODALS}|{BE})\s+(?:be\s+)?[\u201c\"]?"
    r"(?:a|an|the)\s+[\u201c\"]?(?:[\w-]+\s+){0,2}[\u201c\"]?$",
    re.IGNORECASE,
)


def subject_before(text: str, start: int, cue: int) -> tuple[int, int] | None:
    """The subject of a predicate nominal whose head is the cue at ``cue``."""
    found = _PREDICATE_NOMINAL.search(text[start:cue])
    if found is None or found.start() == 0:
        return None
    # The subject stands next to its verb: "Namely, it is a way to …" has "it".
    clause = _CLAUSE_MARK.split(text[start : start + found.start()])[-1]
    words = clause.split()
    if not words or words[-1].lower() in _EXPLETIVES:
        return None  # "there is a distinct possibility …": the proposition follows
    return start + found.start() - len(clause), start + found.start()


_EXPLETIVES = frozenset({"there", "it", "here"})


_CLAUSE_MARK = re.compile(r"[,;:\u2013\u2014]")


# A predicate adjective: "any attempt to change the status quo by force was unacceptable",
# "these claims are completely baseless": the judgement is said of its subject, which is
# what the view is about. Only an adjective that ends its clause (or is said "to us"): one
# that goes on ("is ready to talk", "is responsible for the escalation") takes its own
# complement, and its subject is the holder or the party charged.
_PREDICATE_ADJECTIVE = re.compile(
    rf"\s(?:{BE}|(?:{PREDICTIVE_MODALS})\s+(?:not\s+)?be)\s+(?:not\s+)?(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_ADJECTIVE_ENDS = re.compile(
    r"(?:\s+(?:to|for)\s+(?:us|me|them|anyone|everyone|anybody))?\s*(?:[,;:.!?\u2013\u2014)\"\u201d]|$)",
    re.IGNORECASE,
)
# A subject that is a pronoun or a demonstrative names nothing by itself ("this is
# unacceptable", "we are grateful"): the topic the cue gives stays.
_PRONOUN_SUBJECTS = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "which", "who", "what", "there", "here"}
)
_BARE_SUBJECTS = _PRONOUN_SUBJECTS | {"this", "that", "these", "those", "everything", "all"}
_SUBJECT_OPENER = re.compile(r"\s*(?:that\s+)?", re.IGNORECASE)


def judged_subject(
    text: str, start: int, cue: tuple[int, int], stance: Stance, end: int
) -> tuple[int, int] | None:
    """The subject a predicate adjective cue (``cue``) of support or rejection judges, when
    the cue ends its clause ("any attempt to alter the status quo with force was
    unacceptable, wherever it happened" is about the attempt, not where it took place);
    None otherwise. A warning or a charge said of a subject ("Russia will be responsible")
    names the party warned or charged there, not what the view is about."""
    if stance not in _POLAR:
        return None
    found = _PREDICATE_ADJECTIVE.search(text, max(start, cue[0] - 40), cue[0])
    if found is None or found.start() <= start:
        return None
    if _ADJECTIVE_ENDS.match(text, cue[1], end) is None and cue[1] < end:
        return None
    return _subject_before(text, start, found.start())


def _subject_before(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """Where the subject of the verb at ``verb`` sits: its clause's words before it, after a
    saying and its addressee and an opening "that"; None for a pronoun or a demonstrative."""
    clause = _CLAUSE_MARK.split(text[start:verb])[-1]
    begin = verb - len(clause)
    # "The Foreign Minister said the demands … were unacceptable": after the saying.
    for said in load_lexicon().speech.finditer(text, begin, verb):
        begin = past_addressee(text, said.end(), verb)
    opener = _SUBJECT_OPENER.match(text, begin, verb)
    subject = topic_span(text, opener.end() if opener is not None else begin, verb)
    words = [] if subject is None else text[subject[0] : subject[1]].split()
    if not words or words[0].lower() in _PRONOUN_SUBJECTS:
        return None
    if len(words) == 1 and words[0].lower() in _BARE_SUBJECTS:
        return None
    return subject


# A denial whose object is anyone at all names no party and nothing at issue ("the exercise
# is not directed against anyone", "the forces … posed no threat to anyone", "is aimed at no
# third country"): what is denied is said of its clause's subject, the exercise or the
# forces, and that is what the view is about.
_ANYONE = re.compile(
    r"(?:^|\s(?:against|to|at)\s+)"
    r"(?:any|no)(?:one|body|\s+(?:third\s+|other\s+)?(?:country|countries|state|states))$",
    re.IGNORECASE,
)
# The subject's verb: the first auxiliary of its clause, or "pose" ("poses no threat").
_SUBJECTS_VERB = re.compile(rf"\s(?:{BE}|{HAVE}|{MODALS}|pose[sd]?)\b", re.IGNORECASE)
_THAT = re.compile(r"\bthat\s", re.IGNORECASE)


def denied_subject(
    text: str, start: int, cue: tuple[int, int], stance: Stance, topic: str
) -> tuple[int, int] | None:
    """The subject of a denial whose topic ends on an indefinite object ("anyone", "is
    directed against any third country"), its verb before the cue or the cue's own ("poses
    no threat"); None otherwise."""
    if stance != "deny" or _ANYONE.search(topic) is None:
        return None
    thats = list(_THAT.finditer(text, start, cue[0]))
    begin = thats[-1].end() if thats else start  # "we have said many times that these …"
    verb = _SUBJECTS_VERB.search(text, begin, cue[1])
    if verb is None:
        return None
    # "the movement of troops on our territory, including the checks …, poses no threat":
    # an aside between commas before the verb; the subject stands before it.
    aside = _ASIDE_BEFORE.search(text, begin, verb.start() + 1)
    return _subject_before(text, begin, verb.start() if aside is None else aside.start())


_ASIDE_BEFORE = re.compile(r",[^,]*,\s$")


# A charge or a measure named by a noun takes its object with "against" ("war crimes against
# the civilian population", "a new package of sanctions against Russia"): cut after the cue,
# the topic opens on the preposition and names neither the charge nor the measure.
_AGAINST = re.compile(r"against\b", re.IGNORECASE)


def with_cue(text: str, cue: tuple[int, int], topic: tuple[int, int]) -> tuple[int, int] | None:
    """The cue and the topic right after it (``topic``: where it sits), when the topic opens
    on "against"; None otherwise, and for a warning's verb ("warned against an escalation",
    "cautioned against"): what is warned against is the topic, and the stance says the
    warning."""
    if _AGAINST.match(text, topic[0], topic[1]) is None:
        return None
    if WARNING_VERB.match(text, cue[0], cue[1]) or topic[0] < cue[1]:
        return None
    if text[cue[1] : topic[0]].strip():
        return None
    return cue[0], topic[1]


# Working with partners is how a pledge is kept, not what it pledges: "will work with our
# Allies and partners to impose severe costs on Russia" pledges the costs, "will work with
# the Member States to accelerate the refilling of gas storage" the refilling.
_WORK_WITH = re.compile(r"\bwork(?:s|ing|ed)?\s+(?:closely\s+|together\s+)?with\s", re.IGNORECASE)
_PURPOSE_TO = re.compile(r"\s(?:in\s+order\s+)?to\s+(?=[a-z])")
# The clause's end: a strong mark, a dash, a full stop that is no abbreviation's ("work with
# U.S. partners to …").
_CLAUSE_ENDS = re.compile(rf"[;:!?\u2013\u2014]|{FULL_STOP}")
# Long enough for a list of partners ("Allies, the OSCE and other partners").
_PARTNERS_REACH = 80


def worked_for(
    text: str, cue: tuple[int, int], topic: tuple[int, int], end: int
) -> tuple[int, int] | None:
    """What working with partners is for, when the topic after the cue (``topic``: where it
    sits) names the work or the partners ("work with our Allies", "suppliers and market
    participants to ensure …"): the words after its "to"; None otherwise."""
    work = _WORK_WITH.search(text, cue[0], topic[1])
    if work is None:
        return None
    reach = window_after(text, work.end(), _PARTNERS_REACH, end)
    stop = _CLAUSE_ENDS.search(text, work.end(), reach)
    purpose = _PURPOSE_TO.search(text, work.end(), reach if stop is None else stop.start())
    if purpose is None or not _partners_only(text, work.end(), purpose.start()):
        return None
    return topic_span(text, purpose.end(), end)


def _partners_only(text: str, start: int, end: int) -> bool:
    """Only the partners between "with" and "to": a preposition there ("with Congress on a
    package to support Ukraine") opens a phrase whose own "to" says what it is for."""
    prepositions = load_grammar().prepositions - {"of"}
    return not any(w.group().lower() in prepositions for w in WORD.finditer(text, start, end))


# A cue that is the verb of a relative clause ("the open-door policy, which contradicts
# the indivisibility of security") is said of the clause's antecedent: that is the topic.
_RELATIVE_BEFORE = re.compile(r"(?:,\s*)?\b(?:which|that)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_ANTECEDENT_WORDS = 6
ANTECEDENT_STANCES: frozenset[str] = frozenset({"oppose", "accuse", "warn", "threaten"})


def antecedent_before(text: str, start: int, cue: int, stance: Stance) -> tuple[int, int] | None:
    """The noun phrase a relative clause opened just before the cue at ``cue`` is said of:
    the words back to a preposition or a clause mark."""
    if stance not in ANTECEDENT_STANCES:
        return None
    relative = _RELATIVE_BEFORE.search(text, max(start, cue - 30), cue)
    if relative is None:
        return None
    grammar = load_grammar()
    words = list(WORD.finditer(text, max(start, relative.start() - 80), relative.start()))
    first = None
    for w in reversed(words[-_ANTECEDENT_WORDS:]):
        between = text[w.end() : first.start() if first is not None else relative.start()]
        if _CLAUSE_MARK.search(between) or w.group().lower() in grammar.prepositions:
            break
        first = w
    if first is None:
        return None
    return first.start(), relative.start()


# "told reporters the deployment was …": the addressee of a verb of telling is not what
# was said.
_TOLD = re.compile(r"\btol(?:d|ls?|ling)\s*$", re.IGNORECASE)
_ADDRESSEE = re.compile(
    r"\s*(?:reporters|journalists|the press|the media|lawmakers|parliament|him|her|them|us|me|"
    r"you|(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,2})\s+(?:that\s+)?"
)


def past_addressee(text: str, pos: int, end: int) -> int:
    """``pos`` moved past the addressee of a verb of telling just before it."""
    if _TOLD.search(text, max(0, pos - 10), pos) is None:
        return pos
    found = _ADDRESSEE.match(text, pos, end)
    return found.end() if found is not None else pos


# Thanks and praise take the party thanked as their object and what it is thanked for after
# "for" ("thanked the British Prime Minister for the second batch of anti-tank weapons";
# congratulations: "on"): the topic is what it is thanked for, the party its target.
_THANKS = re.compile(r"thank|grateful|gratitude|congratulat|commend|prais", re.IGNORECASE)
_PARTY_THANKED = re.compile(
    r"\s+(?:to\s+)?(?P<party>(?!(?:for|on)\b)[^,;:.!?()\u2013\u2014]{1,80}?)\s+(?P<for>for|on)\s+"
    r"(?P<own>(?:its|their|his|her)\s|[a-z]+ing\b)?",
    re.IGNORECASE,
)
_PARTY_WORDS = 8
_PRONOUNS_THANKED = frozenset({"you", "him", "her", "them", "us", "me", "everyone", "all"})


def thanked_for(text: str, cue: tuple[int, int], end: int) -> tuple[str | None, int] | None:
    """After a cue of thanks or praise and the party thanked: where what it is thanked
    for begins, with the party when that is the party's own ("thanked Poland for its help"
    is Poland's help; "for being among the first" is Poland's doing), else None for the
    party; None when no party stands between the cue and "for" ("grateful for the support")."""
    if _THANKS.match(text, cue[0], cue[1]) is None:
        return None
    found = _PARTY_THANKED.match(text, cue[1], end)
    if found is None or len(found["party"].split()) > _PARTY_WORDS:
        return None
    if found["for"].lower() == "on" and not text[cue[0] : cue[1]].lower().startswith("congratulat"):
        return None
    party = found["party"]
    if found["own"] is None or party.lower() in _PRONOUNS_THANKED:
        return None, found.end("for") + 1
    if found["own"].strip().lower().endswith("ing"):
        return None  # "for being among the first": the party is the subject of the doing
    party = re.sub(r"^(?:the|personally)\s+", "", party, flags=re.IGNORECASE)
    return party, found.end("for") + 1
