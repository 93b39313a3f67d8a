"""Whether the text asserts a movement at all: a trigger under negation, doubt, a condition
or a demand (rule 4), in a time adjunct, in the matter of a text, stating a practice or told
as history reports none.

Apart from how far along a movement is (``movement_status``) because these guards say
whether there is an event, and ``--explain`` names the one that fired; combat asks
``hypothetical`` the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarise.extraction.backends.baseline.background import (
    identifies_forces,
    in_time_adjunct,
    told_as_history,
)
from summarise.extraction.backends.baseline.drill_mentions import drill_not_told
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.literal_gates import gated_search, search_held
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movement_goals import named_as_goal
from summarise.extraction.backends.baseline.movement_status import NOMINAL, ORDER_BEFORE
from summarise.extraction.backends.baseline.patterns import OPENING_MARKS, category
from summarise.extraction.backends.baseline.practices import stated_practice
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import (
    BE,
    DO,
    HAVE,
    IRREGULAR_PASTS,
    MODALS,
    POSSIBILITY_MODALS,
    PREDICTIVE_MODALS,
)
from summarise.extraction.backends.baseline.word_classes import alternation

_WINDOW = 60
_INFINITIVE = re.compile(r"\bto\s+(?:\w+\s+){0,1}$")


def why_not_asserted(
    text: str,
    sentence: Sentence,
    clause_start: int,
    clause_end: int,
    trigger: re.Match[str],
    *,
    standing: bool,
    this_year: int | None,
) -> str | None:
    """Why the trigger reports no movement, in words for ``--explain`` (the guards are
    several and overlap; a newcomer tracing a lost movement needs the one that fired), or
    None when it is asserted. A trigger under negation, doubt, a condition or a demand
    (rule 4), one in a time adjunct ("after the exercises ended") or in a relative clause
    saying which forces are meant ("units that took part in the drills"), one stating a
    practice ("the exercise ends, the troops go home"), or one told as history reports no
    movement; a reduced relative stating where forces stand (``standing``) is asserted
    whatever governs its clause; forces standing where others are drawn from ("soldiers
    from a brigade already stationed in Germany") are their origin, no movement."""
    if _drawn_from(text, clause_start, trigger):
        return "forces named as where others come from ('soldiers from a brigade stationed in …')"
    if not standing and hypothetical(
        sentence.scan, clause_start, trigger.start(), subjects=sentence.mentions
    ):
        return "hypothetical ('could', 'would', 'if' …)"
    if not standing and _under_fronted_condition(text, sentence.start, trigger.start()):
        return "under a condition opening the sentence ('Should Moscow …, we will …')"
    if not standing and named_as_goal(text, clause_start, trigger):
        return "a goal sought ('a ceasefire and the withdrawal of …', 'demand that … withdraw')"
    if _nominal_gerund(text, sentence, trigger):
        return "a gerund naming the act, not an event ('Sending troops would be …')"
    if _modal_after_noun(text, trigger, clause_end):
        return "a noun whose clause goes on with a modal ('the deployment … could …')"
    if in_time_adjunct(text, clause_start, trigger.start()):
        return "background, it dates another event ('after the …')"
    if _raised_nowhere(text, clause_start, clause_end, trigger):
        return "forces raised with no place: their strength, not a build-up anywhere"
    if _named_by_an_agreement(text, trigger):
        return "weapons named by what an agreement did to them ('withdrawn under the accords')"
    if _matter_of_a_text(text, clause_start, trigger):
        return "the matter of a text ('a draft covering … the withdrawal of …')"
    if _matter_of_a_plan_in_drafting(text, trigger):
        return "the matter of a plan still being drafted ('drafting a plan for reinforcing …')"
    if stated_practice(text, sentence.start, sentence.end, trigger):
        return "a practice, no event ('the exercise ends, the troops go home')"
    if category(trigger) == "exercise" and _END_DATING.match(text, trigger.end(), clause_end):
        return "the drill's end dates what follows ('will end on Sunday, after which …')"
    if category(trigger) == "exercise":
        why = _drill_not_told(text, sentence, clause_start, trigger)
        if why is not None:
            return why
    if told_as_history(text, sentence.start, clause_start, clause_end, this_year):
        return "told as history (a year before the article's)"
    return None


# Forces drawn from a formation standing somewhere: "800 soldiers from an armored brigade
# already stationed in Germany to move to Lithuania" is the soldiers' move, the brigade where
# they come from (their origin), not a movement of its own. The formation is governed by
# "from" right before its reduced relative.
_FROM_STANDING = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,5}?(?:already\s+)?$", re.IGNORECASE
)
_STANDING_PARTICIPLE = re.compile(r"(?:stationed|based|deployed)", re.IGNORECASE)
_FROM_REACH = 60


def _drawn_from(text: str, clause_start: int, trigger: re.Match[str]) -> bool:
    return _STANDING_PARTICIPLE.fullmatch(trigger.group()) is not None and (
        _FROM_STANDING.search(
            text, max(clause_start, trigger.start() - _FROM_REACH), trigger.start()
        )
        is not None
    )


# A drill noun as the subject of its ending, then "after which": "The exercises will end on
# 17 March, after which our units will go back to their home garrisons" dates
# the return by the drill's end (the drill is told where it is reported, not here).
_END_DATING = re.compile(
    r"\s+(?:(?:will|is\s+to|is\s+due\s+to|should)\s+)?(?:end|ends|ended|finish(?:es|ed)?|"
    r"conclude[sd]?)\b[^.;:]{0,60}?,\s+after\s+which\b",
    re.IGNORECASE,
)


def _drill_not_told(
    text: str, sentence: Sentence, clause_start: int, trigger: re.Match[str]
) -> str | None:
    """Why a drill noun tells no drill, if it tells none."""
    if identifies_forces(sentence.scan, clause_start, trigger.start()):
        return "it says which forces are meant ('units that took part in the drills')"
    return drill_not_told(text, clause_start, trigger)


# A condition opening the sentence governs the main clause after it, however long (Quirk et
# al. 15.33): "Should Moscow choose escalation, however, I am prepared to put additional
# forces on alert", "If the Kremlin orders an invasion, which we still hope it will not,
# NATO will move more jets east"; ``hypothetical`` reaches back a few words only. Only a
# main clause of what will or may be done is the condition's: "If you look at the map,
# Russia has moved 100,000 troops to the border" asserts its movement.
_FRONTED_CONDITION = re.compile(
    r"\W*(?:if|unless|should|in\s+case|in\s+the\s+event\s+(?:of|that))\s[^.;:!?]*?,",
    re.IGNORECASE,
)
_PROSPECTIVE = re.compile(
    rf"\b(?:{PREDICTIVE_MODALS}|shall|(?:ready|prepared|willing)\s+to)\b|['\u2019]ll\b",
    re.IGNORECASE,
)


# What will be done may be seeing or telling, and the movement its object clause: "If you
# look at the images, you will see that Russia has moved 100,000 troops" asserts it.
_COMPLEMENT = re.compile(r"\b(?:that|whether|how)\b", re.IGNORECASE)


def _under_fronted_condition(text: str, sentence_start: int, start: int) -> bool:
    """Whether the trigger at ``start`` is in a main clause of what will or may be done
    after a condition opening its sentence, not in a clause that main clause's verb
    takes."""
    condition = _FRONTED_CONDITION.match(text, sentence_start, start)
    if condition is None:
        return False
    prospective = _PROSPECTIVE.search(text, condition.end(), start)
    return prospective is not None and _COMPLEMENT.search(text, prospective.end(), start) is None


# A movement noun as what a text or a round of talks covers, first in its list or after
# others ("a draft text on a truce, the pullback of the troops to their earlier lines and
# …", "a treaty that provides for the withdrawal of forces"): the
# matter of a text is background (the guide), no movement told.
_TEXT_COVERING = re.compile(
    r"\b(?:documents?|drafts?|texts?|agreements?|treaty|memorandum|framework|plan)\s+"
    r"(?:covering|on|providing\s+for|(?:that|which)\s+(?:covers|provides\s+for))\s+"
    r"(?:(?P<listed>[^.;:]{0,80}?)(?:,|\s+and)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_TEXT_REACH = 120
# The items listed before the movement noun are noun phrases; a verb among them ends the
# text's phrase, and what follows ", and" is a clause of its own: "The agreement on grain
# exports was signed in Istanbul, and the deployment of Turkish troops … began". An -ed
# word after a determiner or "of" premodifies ("the agreed lines", "of displaced persons").
_VERB_LISTED = re.compile(
    rf"\b(?:{BE}|{HAVE}|{DO}|{MODALS}|{IRREGULAR_PASTS})\b"
    r"|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bof )\b[a-z]+ed\b",
    re.IGNORECASE,
)


def _matter_of_a_text(text: str, clause_start: int, trigger: re.Match[str]) -> bool:
    """Whether the movement noun at ``trigger`` is in the list of what a text covers."""
    if NOMINAL.search(trigger.group()) is None:
        return False
    window = max(clause_start, trigger.start() - _TEXT_REACH)
    covering = _TEXT_COVERING.search(text, window, trigger.start())
    if covering is None:
        return False
    listed = covering.group("listed")
    return listed is None or _VERB_LISTED.search(listed) is None


# A movement named by a noun or a gerund in what a plan still being drafted is for ("the
# General Staff is drafting a plan for reinforcing the western borders, including the
# deployment of units", "NATO planners are working out plans for the redeployment of …"):
# a proposal not yet decided is no movement (the guide, "Orders and proposals"); a plan
# adopted or announced ("Romania's plan to send four F-16s") is planned and not this.
_PLAN_IN_DRAFTING = re.compile(
    r"\b(?:draft|drafts|drafting|prepar(?:e|es|ing)|develop(?:s|ing)?|elaborat(?:e|es|ing)|"
    r"work(?:s|ing)?\s+(?:out|on)|draw(?:s|ing)?\s+up)\s+(?:[^.;:!?]{0,40}?\s)?"
    r"(?:(?:a|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?plans?\s+(?:for|on)\s+[^.;:!?]*$",
    re.IGNORECASE,
)
_PLAN_REACH = 200


def _matter_of_a_plan_in_drafting(text: str, trigger: re.Match[str]) -> bool:
    """Whether the movement noun or gerund at ``trigger`` is in what a plan still being
    drafted is for; a finite verb ("and deployed") tells its own movement."""
    word = trigger.group().lower()
    if NOMINAL.search(word) is None and not word.endswith("ing"):
        return False
    window = max(0, trigger.start() - _PLAN_REACH)
    return search_held(_PLAN_IN_DRAFTING, text, window, trigger.start()) is not None


# A verb of raising forces (CAMEO 154, "increased its contingents in Poland") reports a
# build-up where its object phrase, or a relative "where" before it, names a place; with
# none ("We will keep strengthening our army and arming it with the newest weapons") it
# states the forces' strength, no build-up anywhere. The object phrase ends at
# the first comma, colon or "and".
_RAISING = re.compile(r"(?:increas|doubl|tripl|boost|expand|augment|strengthen)", re.IGNORECASE)
_OBJECT_PHRASE = re.compile(r"[^,;:]*?(?=\s+and\s|[,;:]|$)")
_PLACE_IN_PHRASE = re.compile(
    r"\b(?:in|into|on|at|near|along|around|across|to|inside|off)\s+(?:the\s+)?(?-i:[A-Z])|"
    r"\b(?:near|along|around|across|inside|off|on)\s+(?:the\s+|its\s+|our\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:borders?|frontier|flank|line|region|coast|sea|territory)\b",
    re.IGNORECASE,
)
_WHERE_BEFORE = re.compile(r"\bwhere\b", re.IGNORECASE)
_WHERE_REACH = 80


def _raised_nowhere(text: str, clause_start: int, clause_end: int, trigger: re.Match[str]) -> bool:
    """Whether a verb of raising forces names no place they are raised in."""
    if category(trigger) != "mass" or _RAISING.match(trigger.group()) is None:
        return False
    window = max(clause_start, trigger.start() - _WHERE_REACH)
    if _WHERE_BEFORE.search(text, window, trigger.start()) is not None:
        return False
    phrase = _OBJECT_PHRASE.match(text, trigger.end(), clause_end)
    end = phrase.end() if phrase is not None else clause_end
    return _PLACE_IN_PHRASE.search(text, trigger.end(), end) is None


# A participle right after a weapons noun with the agreement that moved them as its adjunct
# (a reduced relative, Quirk et al. 17.29): "shelled Donetsk with heavy weapons withdrawn
# under the Minsk agreements" names the weapons by a withdrawal the accords required, and
# tells no withdrawal; "the weapons were withdrawn under the accords" (a finite clause) does.
_WEAPONS_BEFORE = re.compile(
    r"\b(?:weapons|artillery|guns|mortars|launchers|systems|tanks|equipment)\s+$", re.IGNORECASE
)
_AGREEMENT_AFTER = re.compile(
    r"\s+(?:under|in\s+accordance\s+with|in\s+line\s+with|pursuant\s+to|as\s+required\s+by|"
    r"by)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:agreements?|accords?|arrangements?|treaty|"
    r"protocol|package\s+of\s+measures)\b",
    re.IGNORECASE,
)
_PARTICIPLE_FORM = re.compile(r"\w+(?:ed|wn)", re.IGNORECASE)


def _named_by_an_agreement(text: str, trigger: re.Match[str]) -> bool:
    """Whether the trigger is a participle naming weapons by what an agreement did to them."""
    return (
        _PARTICIPLE_FORM.fullmatch(trigger.group()) is not None
        and _WEAPONS_BEFORE.search(text, max(0, trigger.start() - 30), trigger.start()) is not None
        and _AGREEMENT_AFTER.match(text, trigger.end()) is not None
    )


# A movement noun with its determiner, its of-phrase and then a modal of possibility,
# hypothesis or obligation as its clause's verb ("the deployment of new missile systems in
# Europe could trigger an arms race", "the withdrawal of the troops must begin"): the noun
# phrase is the subject of what may or should happen, not an event told ("will" plans it).
_NOUN_DETERMINED = re.compile(r"\b(?i:the|a|an|any|such|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$")
_MODAL_NEXT = re.compile(
    r"(?:\s+(?:of|in|on|to|near)\s+[^.;:,!?]{1,80}?)?\s+(?:"
    + POSSIBILITY_MODALS
    + r")\s+(?:not\s+|also\s+|well\s+)?[a-z]+"
)


def _modal_after_noun(text: str, trigger: re.Match[str], clause_end: int) -> bool:
    """Whether the trigger is a noun phrase's head whose clause goes on with a modal of
    possibility or obligation."""
    if _NOUN_DETERMINED.search(text, max(0, trigger.start() - 40), trigger.start()) is None:
        return False
    return _MODAL_NEXT.match(text, trigger.end(), clause_end) is not None


# A gerund opening its sentence with no comma after its clause is a nominal -ing clause
# (a subject or a fragment naming the act): "Deploying the Armed Forces abroad.",
# "Sending troops would be a mistake"; one followed by a comma is an adverbial
# participle clause, left to the rules of the clause it modifies.
_PARTICIPLE_CLAUSE = re.compile(r"[^,;:]*,")


def _nominal_gerund(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the trigger is a gerund naming the act as its sentence's subject or whole."""
    return (
        trigger.group().lower().endswith("ing")
        and OPENING_MARKS.fullmatch(text, sentence.start, trigger.start()) is not None
        and _PARTICIPLE_CLAUSE.match(text, trigger.end(), sentence.end) is None
    )


def hypothetical(
    scan: TextScan, clause_start: int, start: int, subjects: Sequence[Mention] = ()
) -> bool:
    """Negated, doubted, conditional or wished for: "expects Russia to withdraw"; a claim
    is doubted only as a noun, not as the verb of a party named in ``subjects``."""
    lexicon = load_lexicon()
    window = max(clause_start, start - _WINDOW)
    text = scan.text
    if gated_search(scan, _TOLD_THAT, text, max(0, start - _TOLD_REACH), start) is not None:
        return True
    if scan.may_find(lexicon.hypothetical, window, start) and any(
        not _backshifted(text, cue, start) and not _claimed(text, cue, subjects)
        for cue in lexicon.hypothetical.finditer(text, window, start)
    ):
        return True
    infinitive = _INFINITIVE.search(text, window, start)
    if infinitive is not None:
        if _arranged(text, infinitive):
            return False
        # An order governs each infinitive it coordinates, however far the last: "instruct
        # the Ministry to hold the exercise and, upon its completion, to return the units".
        ordered = max(clause_start, start - ORDER_BEFORE)
        return lexicon.decided.search(text, ordered, infinitive.start()) is None
    return False


_WOULD_BE = re.compile(r"would\s+be\s+$", re.IGNORECASE)
# What the speaker or the audience is told by others left unnamed, a passive verb of saying
# (Quirk et al. 16.31), relays a charge, most often to deny it: "You are being told as well
# that we will strike the east, that our guns are firing on its towns".
# It governs every that-clause after it in its sentence, however far ("told that A, that B"),
# and an adjunct of frequency, with a source after it, may come between the verb and its
# clause ("We are told every day from Washington that Russia will attack …": told over and
# over, a charge; a teller alone, "I was told by the minister that …", relays a report).
_TOLD_THAT = re.compile(
    rf"\b(?:am|{BE}|been)\s+(?:(?:also|now|constantly|again|being)\s+){{0,2}}told"
    r"(?:\s+(?:every|each|daily|repeatedly|day\s+after\s+day)\b[^,.!?;:]{0,40}?)?\s+that\b"
    r"[^.!?;:]*$",
    re.IGNORECASE,
)
_TOLD_REACH = 160
# "Moscow claims that …": "claim" right after a party named as its subject is a verb of
# saying, and what is claimed is reported with its claimant (the schema's claimed_by); only
# the noun ("rejected Russian claims that …", "Russia's claims of …") names what is not
# asserted.
_CLAIM_VERB = re.compile(r"claim(?:s|ed)?\s+that\b", re.IGNORECASE)
_SUBJECT_GAP = re.compile(rf"\s+(?:(?:also|again|now|still|{HAVE})\s+)?")
# The condition a "would" may still have after its verb: "would be sent if Russia invades".
_CONDITION_AFTER = re.compile(r"[^.;:!?]*?\b(?:if|unless|in case|in the event|should)\b")


# A condition after a planned movement in its clause (Quirk et al. 15.33): "we will deploy
# more forces to the east if Russia attacks", "should Russia attack" (inverted).
CONDITION_LATER = re.compile(
    r"\b(?:if|unless|in case|in the event (?:of|that)"
    r"|should\s+(?:it|they|he|she|(?-i:[A-Z])\w*))\b",
    re.IGNORECASE,
)


# "Be to" with an infinitive is a future arranged (Quirk et al. 4.49): "a package …, which
# is to be delivered by the end of February", "the field hospital that Germany is to
# deliver", "800 servicemen are to be sent".
_BE_TO = r"\s(?:is|are)(?:\s+(?:also|now))?\s*$"
_ARRANGED = re.compile(rf"(?<![\w-])[\w'-]+{_BE_TO}", re.IGNORECASE)
# … but not what is wanted: a pseudo-cleft's "what" clause ("What Russia wants is to deploy
# …", "what we must do is to ensure …", Quirk et al. 18.29) ...
_CLEFT = re.compile(rf"\bwhat\b[^,.;:!?]*{_BE_TO}", re.IGNORECASE)
# … or, before an active infinitive, a common noun its determiner or owner opens, naming an
# aim, a plan or a judgement ("our aim is to send", "the Kremlin's strategy is to send", "the
# worst mistake is to send"); what is arranged is mostly told in the passive ("the package
# is to be delivered").
_AIM = re.compile(
    rf"(?<![\w-])(?:{alternation('determiners')}|[\w-]+['\u2019]s)"
    rf"(?:\s+(?-i:[a-z])[\w-]*){{1,4}}?{_BE_TO}",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"to\s+be\s", re.IGNORECASE)


def _arranged(text: str, infinitive: re.Match[str]) -> bool:
    """Whether "be to" governs the infinitive: a future arranged, not a wish."""
    before, to = max(0, infinitive.start() - _WINDOW), infinitive.start()
    if _ARRANGED.search(text, before, to) is None or _CLEFT.search(text, before, to):
        return False
    return _PASSIVE.match(infinitive.group()) is not None or _AIM.search(text, before, to) is None


def _claimed(text: str, cue: re.Match[str], subjects: Sequence[Mention]) -> bool:
    """Whether a "claims that" cue is the verb of a party named before it, not the noun."""
    if _CLAIM_VERB.fullmatch(cue.group()) is None:
        return False
    return any(
        not (m.adjective or m.possessive)
        and m.ref is not None
        and _SUBJECT_GAP.fullmatch(text, m.end, cue.start()) is not None
        for m in subjects
    )


def _backshifted(text: str, cue: re.Match[str], start: int) -> bool:
    """ "informed him that the weapons would be delivered this week": "would be" right
    before the movement's own participle is the future passive of reported speech
    (backshift, Quirk et al. 14.31), a plan, not a condition ("would be a mistake", "would
    be sent if …")."""
    return (
        _WOULD_BE.match(text, cue.start(), start) is not None
        and _CONDITION_AFTER.match(text, start) is None
    )
