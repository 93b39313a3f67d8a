"""Clauses that carry a stance cue and still hold no position.

A cue word is not yet a view. The clause may give someone else's attitude, an undertaking
the parties made together (a contact's outcome), the holder's own plan or offer to meet
(the contact's), a plan of forces (the movement's), an occasion taking place, what a thing
is said to do, a threat no party is named as posing; it may be manners (thanks, welcomes,
wishes, congratulations on a day), a speaker's remark on nothing of war and peace, a
saying with only a topic after it, or the report of a movement or contact the sentence
already holds. ``positions`` asks these questions of each clause; each answer is a reason for no
item, never a change to the item made.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.arguments import THREAT, threatener
from summarise.extraction.backends.baseline.contact_steps import (
    STEP_GAP,
    meeting_proposed,
    own_contact_step,
)
from summarise.extraction.backends.baseline.cue_holders import (
    INTENT,
    anothers_attitude,
    given_by,
    joint_undertaking,
    said_of_thing,
)
from summarise.extraction.backends.baseline.lexicon import load_grammar, load_lexicon
from summarise.extraction.backends.baseline.names import PATRONYMIC_ADDRESS
from summarise.extraction.backends.baseline.own_instructions import own_side_instructed
from summarise.extraction.backends.baseline.patterns import matches_exactly
from summarise.extraction.backends.baseline.restraints import others_restraint
from summarise.extraction.backends.baseline.said_lookalikes import introduces_words, said_lookalike
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.topic_bounds import ANTECEDENT_STANCES
from summarise.extraction.backends.baseline.verb_forms import (
    BE,
    BE_NONFINITE,
    DO,
    HAVE,
    IRREGULAR_PASTS,
    MODALS,
)
from summarise.schema import Stance

# Holders that are several parties at once (a G7 statement's "we"), whose "we agreed to …"
# is an agreement among themselves wherever it stands.
_GROUPS = frozenset({"organisation", "other"})


def why_not_held(
    text: str,
    sentence: Sentence,
    claim: Claim,
    piece: tuple[int, int],
    cue: StanceCue,
    *,
    met: bool,
) -> str | None:
    """Why the cue in ``piece`` is not the claim holder's own view, or None when it is.
    ``met``: the article tells of a contact, so a "we agreed to …" may be an agreement
    reached on it. Each answer is worded for ``--explain``, which shows it, so that the
    trace names the question that said no and the module that asks it."""
    assert claim.holder is not None
    piece_start, piece_end = piece
    if _heading(text, sentence):
        return "a briefing's heading ('Third, on support for Ukraine.'): no clause (non_positions)"
    if _previewed(text, piece, cue):
        return "a briefing's preview of what a speaker will walk through (non_positions)"
    if claim.voice == "speech" and cue.stance == "other" and not assessed(text, cue):
        return "a speaker's verb of saying alone is narrative"
    if cue.stance == "other" and cue.start == cue.end:
        lookalike = said_lookalike(text, piece_start, piece_end)
        if lookalike is not None:
            return lookalike
        if claim.says and introduces_words(text, claim.predicate, piece_end):
            return "a reporting clause that introduces the words after its colon (said_lookalikes)"
    if anothers_attitude(text, sentence.mentions, piece_start, (cue.start, cue.end), claim.holder):
        return "another party's wish or attitude, not the holder's (cue_holders)"
    if cue.stance == "support" and given_by(
        text, sentence.mentions, piece_start, (cue.start, cue.end), claim.holder
    ):
        return "another side's help told, not the holder's support (cue_holders)"
    if cue.stance != "other" and others_restraint(
        text, sentence.mentions, piece_start, (cue.start, cue.end), claim.holder
    ):
        return "another side's act pledged only on attack, not the holder's pledge (restraints)"
    if (
        cue.stance == "commit"
        and not cue.measure
        and (met or claim.holder.kind in _GROUPS)
        and joint_undertaking(
            text, claim.start, (cue.start, cue.end), piece_end, together=claim.together
        )
    ):
        return "an undertaking made together, the contact's outcome (cue_holders)"
    if (
        # What a thing is said to do ("a source that supports the army") is no stance; a
        # judgement of it ("a policy that threatens …") is.
        not cue.measure
        and cue.stance not in ANTECEDENT_STANCES
        and said_of_thing(text, sentence.mentions, piece_start, (cue.start, cue.end))
    ):
        return "what a thing is said to do, nobody's stance (cue_holders)"
    if (
        cue.stance == "accuse"
        and THREAT.match(text, cue.start, cue.end) is not None
        and threatener(text, sentence.mentions, piece_start, cue.start, claim.holder) is None
    ):
        return "a threat no party is named as posing (arguments.threatener)"
    if not cue.measure and own_contact_step(text, sentence, cue):
        return "a plan or offer of one's own to meet: the contact holds it (contact_steps)"
    if not cue.measure and meeting_proposed(text, sentence, cue, claim.holder):
        return "a meeting proposed: the contact holds it (contact_steps)"
    if not cue.measure and cue.stance == "commit" and _movement_step(text, sentence, cue):
        return "a plan of forces: the movement holds it (non_positions)"
    if cue.stance == "commit" and _TAKES_PLACE.match(text, cue.end) is not None:
        # An occasion taking place, or a party taking part in one ("the visit … will not
        # take place", "9,000 servicemen are taking part"), is told, not undertaken: the
        # contact or movement holds it.
        return "an occasion taking place: the contact or movement holds it (non_positions)"
    if (
        # A speaker telling a movement under way ("we are moving a battalion to …"): the
        # movement item holds it, as it holds the reported one.
        claim.voice == "speech"
        and cue.stance == "commit"
        and not cue.measure
        and _PROGRESSIVE.match(text, cue.start, cue.end) is not None
        and reports_event(sentence, cue.start, cue.end)
    ):
        return "a movement under way, told by its speaker: the movement holds it"
    if _joint_subject(text, sentence, piece_start, cue):
        return "the parties together are its subject: the occasion's outcome (non_positions)"
    if own_side_instructed(text, sentence, claim, cue):
        return "an instruction to one's own side (own_instructions)"
    return None


# Between a subject and its verb: at most one adverb or auxiliary ("the leaders also
# agreed", "both sides have reaffirmed").
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+\s+)?")


def _joint_subject(text: str, sentence: Sentence, start: int, cue: StanceCue) -> bool:
    """A cue whose own subject is the parties together, in a clause of someone else's
    ("…, in which the leaders committed to …", "the President said both sides reaffirmed
    …"): what the leaders said together is the occasion's outcome (the guide), nobody's."""
    return any(
        m.kind == "joint"
        and start <= m.start
        and m.end <= cue.start
        and _SUBJECT_GAP.fullmatch(text, m.end, cue.start) is not None
        for m in sentence.mentions
    )


# The present forms of "be", "am" with them: a speaker's movement under way as it speaks.
_PROGRESSIVE = re.compile(r"(?:am|is|are)\s", re.IGNORECASE)
_TAKES_PLACE = re.compile(r"\s+(?:place|part)\b", re.IGNORECASE)


def _movement_step(text: str, sentence: Sentence, cue: StanceCue) -> bool:
    """A plan, decision or readiness whose object is a movement of forces ("Russia intends
    to deploy 20 fighter jets", "has decided to supply Ukraine with rifles", "the units will
    be ready to move"): the guide makes an order or plan of forces a `planned` movement and
    no separate position. Forces must be named after the verb or as the subject just before
    the cue, so that "ready to send a delegation" or "committed to providing budget support"
    stay commitments."""
    gap = STEP_GAP.match(text, cue.end)
    if gap is None:
        return False
    lexicon = load_lexicon()
    verb = lexicon.activities.match(text, gap.end(), sentence.end)
    if verb is None:
        return False
    forces = lexicon.force_nouns
    subject = sentence.scan.first(
        forces, max(sentence.start, cue.start - _FORCES_WITHIN), cue.start
    )
    if subject is not None:
        return True  # forces ready or due to move: their state, no one's word
    # A word given ("pledged to send", "undertook to deliver", "will continue to provide")
    # is a commitment beside the movement; an aim or decision of one's own is the movement.
    return (
        INTENT.fullmatch(text, cue.start, cue.end) is not None
        and sentence.scan.first(forces, verb.end(), min(sentence.end, verb.end() + _FORCES_WITHIN))
        is not None
    )


# How far from the verb or the cue the forces moved are named.
_FORCES_WITHIN = 60
# A fact sheet's pointer to other documents ("For more information on today's designations,
# visit …", "For further details, see the releases of …"): where to read, not a stance.
_POINTER = re.compile(r"\s*for (?:more|further|additional) (?:information|details)\b", re.I)

# A briefing's announcement of its next point, with no verb: "Third, on support for
# Ukraine.", "And finally, on costs." It names what comes, and takes no stance on it: a
# stance word there ("support", "costs") is the topic's, and the sentences after hold the
# view. A clause after the phrase ("First, on sanctions, we will …") is no heading.
_HEADING = re.compile(
    r"\s*(?:and\s+)?(?:now\s+)?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|"
    r"fifth(?:ly)?|next|finally|lastly|last|now)\s*,?\s+(?:turning\s+)?on\s+"
    r"([^,;:.!?]{1,80})[.:]\s*",
    re.IGNORECASE,
)

# A briefing host's preview of what a speaker will present ("…, who will walk you through
# the steps the administration is taking", "I want to take you through the measures"): the
# measures are told later, in that speaker's own words, which hold the stance; the preview
# names them and takes none.
_PREVIEW = re.compile(r"\b(?:walk|take|talk)(?:s|ing)?\s+(?:you|us|everyone)\s+through\b", re.I)


def _previewed(text: str, piece: tuple[int, int], cue: StanceCue) -> bool:
    """The cue lies in, or is the verb of, what a briefing's preview says a speaker will walk
    through; a stance told before the preview ("we are imposing sanctions, and Mr. Grant
    will walk you through them") is the speaker's."""
    preview = _PREVIEW.search(text, *piece)
    return preview is not None and preview.start() < cue.end


def _heading(text: str, sentence: Sentence) -> bool:
    """The sentence is a briefing's heading (``_HEADING``) whose phrase has no verb: "First,
    on Monday we condemned …" opens on "on" too, and is a clause."""
    heading = _HEADING.fullmatch(text, sentence.start, sentence.end)
    return heading is not None and _CLAUSE.search(text, heading.start(1), heading.end(1)) is None


# Why a speaker's remark that names no party and no issue of war and peace is no position:
# a transcript also holds courtesies, procedure and anecdote.
NAMES_NOTHING = (
    "a speaker's remark that names no other party and no issue of war and peace "
    "(non_positions.about_something; the issues are [issues] in lexicon.toml)"
)
# The speaker's own side pledging its own future act ("We will do everything necessary.",
# "we are committed to explaining why we are right", "I promise you that."): an undertaking
# of a party in the crisis is a position whatever it names. "We" or "I" right before a
# future or a verb of pledging, only auxiliaries between; not carrying on ("we will continue
# our consultations": procedure), readiness, what is under way ("we are taking steps"), nor
# a negated future: what one will not give up is ground held only when it is ground
# (`[forsworn]`; "we will not give up a single minute of rest" is narrative).
_OWN_PLEDGE = re.compile(
    r"\b(?:we|I)(?:\s+(?:also|certainly|always|now|do|are|am)\b)*"
    r"(?:\s+(?:will|shall)(?:\s+(?:also|certainly|always|now))*\s+(?!continu|not\b|never\b)\w+"
    r"|\s+(?:committed|promise|pledge|vow|commit)|\s+(?:are|am)\s+going\s+to)\b",
    re.IGNORECASE,
)
# A demonstrative standing for something told: "this activity", "these steps", "such
# methods", "this is …", "that was …". A "that" opening a clause ("I think that …") or a
# time ("this morning", "that week": the lexicon's ``when``) stands for nothing told.
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|these|those|such|that(?=\s+(?:is|was|are|were)\b))\b", re.IGNORECASE
)


def charges_what_was_told(text: str, piece: tuple[int, int], stance: Stance) -> bool:
    """An accusation whose clause names nothing but a demonstrative ("We regard this
    activity as provocative.", "In our view, these steps are openly provocative.", "This
    is their deliberate tactic."): a charge against an act told before, of conflict by
    itself, which ``positions`` keeps although the clause names no party and no issue
    (``NAMES_NOTHING``), when it points back at no one sentence (``points_back``). The
    anecdote that guard keeps out has no such pointer: "It has been a brutal week of
    travel.", "the coffee this morning was outrageous". A denial, refusal or worry
    naming nothing is as often an answer to what the clause does not say ("I do not
    think that is true.", "We do not want this, but …"), and stays out."""
    if stance != "accuse":
        return False
    when = load_lexicon().when
    return any(
        when.match(text, found.start(), piece[1]) is None
        for found in _DEMONSTRATIVE.finditer(text, piece[0], piece[1])
    )


def _own_pledge(text: str, piece: tuple[int, int], cue: StanceCue, stance: Stance) -> bool:
    """Whether the commitment cue is the speaker's own side pledging its future act
    (``_OWN_PLEDGE`` running into the cue); not a heading that opens a list ("we commit
    to undertake the following measures:"), whose items are the pledges."""
    if stance != "commit" or ":" in text[cue.end : piece[1] + 1]:
        return False
    pledges = _OWN_PLEDGE.finditer(text, piece[0], cue.end)
    return any(m.start() <= cue.start < m.end() for m in pledges)


def why_idle(
    text: str,
    sentence: Sentence,
    claim: Claim,
    piece: tuple[int, int],
    cue: StanceCue,
    stance: Stance,
) -> str | None:
    """Why the clause is manners, or a speaker's remark that names nothing of war and peace,
    or None when it is neither; worded for ``--explain``, as ``why_not_held``. A threat is
    of war and peace whatever it names, a conditional's ("if this goes on, we will
    respond") and one's own measure foretold ("if this goes on, our response will be
    tough")."""
    if _courtesy(text, cue.start, cue.end, piece[1], sentence):
        return "manners: thanks, a welcome, wishes or congratulations (non_positions)"
    if _POINTER.match(text, sentence.start) is not None:
        return "a pointer to other documents ('For more information, visit …')"
    if cue.stance == "other" and cue.start == cue.end and _topic_only(text, claim, piece):
        return "a verb of saying with only a topic after it (non_positions)"
    threat = (cue.conditional or cue.measure) and stance == "threaten"
    if (
        claim.voice == "speech"
        and not threat
        and not _own_pledge(text, piece, cue, stance)
        and not about_something(
            text, sentence, piece[0], piece[1], claim, _thanks(text, cue.start, cue.end)
        )
    ):
        return NAMES_NOTHING
    return None


def _thanks(text: str, start: int, end: int) -> bool:
    return load_lexicon().courtesy.match(text, start, end) is not None


# What makes the words after a verb of saying a statement: a verb ("that Russia is …",
# "the talks must continue"), a negation, or a quotation.
_CLAUSE = re.compile(
    rf"\b(?:that|not|never|no|{BE}|{BE_NONFINITE}|{HAVE}|{DO}|{MODALS}|{IRREGULAR_PASTS}|"
    r"\w+ed|\w+ing)\b|[\u201c\u201d\"]",
    re.IGNORECASE,
)


# A topic after a verb of saying opens with a preposition ("commented on", "spoke about")
# or an indefinite noun phrase ("announced a day of national unity"); "said the deployment
# needs …" opens a clause whose verb no pattern can tell from a plural.
_TOPIC_OPENS = re.compile(r"\s+(?:on|about|of|upon|regarding|concerning|an?)\s", re.IGNORECASE)


def _topic_only(text: str, claim: Claim, piece: tuple[int, int]) -> bool:
    """A verb of saying with only a noun phrase after it ("commented on Russia's latest
    statements", "spoke about the economy this afternoon"): it names what was talked about
    and states nothing, so there is no view to hold."""
    if claim.predicate is None or not piece[0] <= claim.predicate[1] <= piece[1]:
        return False  # "…, said Eva Lind": what was said stands before the verb
    start = claim.predicate[1]
    return (
        _TOPIC_OPENS.match(text, start, piece[1]) is not None
        and _CLAUSE.search(text, start, piece[1]) is None
    )


def reports_event(sentence: Sentence, start: int, end: int) -> bool:
    """What was said in ``text[start:end]`` names a movement or a contact ("that a Danish
    frigate had been sent", "that the President had spoken by telephone with …"): a report
    of a fact, which the movement or contact item holds with its claimant, not a view."""
    lexicon = load_lexicon()
    return any(
        sentence.scan.first(pattern, start, end) is not None
        for pattern in (lexicon.activities, lexicon.combat, lexicon.contact_modes)
    )


@cache
def _courtesy_object() -> re.Pattern[str]:
    """What follows thanks or a welcome that makes it manners: nothing, the addressee (a
    vocative, set off by commas or ending the sentence: "Thank you, Mr. President."), or
    an occasion ("for your hospitality", "to see you"). A Russian address by given name and
    patronymic ("Thank you, Vladimir Vladimirovich.") is a vocative as "Mr. President" is,
    and the two may follow each other ("Thank you, Mr President, dear Vladimir
    Vladimirovich.")."""
    occasions = "|".join(load_lexicon().courtesy_occasions)
    return re.compile(
        r"^\W*(?:you\b|him\b|her\b|them\b)?[\s,]*(?:(?:also|very much|so much|again|all)[\s,]*)*"
        r"(?:(?:(?:Mr\.?|Madam|Mrs\.?|Ms\.?|Dear|Your Excellency)\s+[\w. ]+?"
        rf"|{PATRONYMIC_ADDRESS})(?:,\s*|\W*$)){{0,2}}"
        # The addressee may be named before "for": "thanked the Russian President for".
        r"(?:(?:the\s+)?[\w.\u2019'-]+(?:\s+[\w.\u2019'-]+){0,3}?\s+(?=for\b))?"
        rf"(?:$|for (?:(?:this|the|your|our|his|her|their)\s+)?(?:\w+\s+)?(?:{occasions})\b|"
        r"to (?:see|meet|receive|welcome)\b|in \w+\W*$|\W*$)",
        re.IGNORECASE,
    )


@cache
def _well_wishing() -> re.Pattern[str]:
    """Wishes and greetings are manners too: "I hope you are well", "I hope your journey
    was good", "I would ask you to convey my best wishes to …"."""
    lexicon = load_lexicon()
    states = "|".join(lexicon.courtesy_wished_states)
    things = "|".join(lexicon.courtesy_wished_things)
    passed_on = "|".join(lexicon.courtesy_passed_on)
    return re.compile(
        rf"hop(?:e|es|ed|ing)\s+(?:that\s+)?(?:you\s+(?:{states})\b|"
        rf"your\s+(?:\w+\s+)?(?:{things})\b)|"
        rf"ask(?:s|ed|ing)?\s+you\s+to\s+(?:\w+\s+)?(?:{passed_on})\b",
        re.IGNORECASE,
    )


@cache
def _celebration() -> re.Pattern[str]:
    """What congratulations are on when they are manners, after the one congratulated: "on
    his birthday", "on the Day of Restoration of the State"."""
    days = "|".join(d.replace(" ", r"\s+") for d in load_lexicon().courtesy_celebrated)
    return re.compile(
        r"[^.;:]{0,80}?\bon\s+(?:(?:the|his|her|their|your|its|our)\s+)?"
        rf"(?:[\w\u2019'-]+\s+){{0,2}}?(?:{days})\b",
        re.IGNORECASE,
    )


# The place a visitor is welcomed to, ending the greeting: "welcome to Bucharest.", "welcome
# back to the White House.", "I am happy to welcome you to Moscow." Not a welcome of an act
# ("welcome the decision to send troops to Poland") nor of a party into a body ("welcome
# Finland to NATO"), which name what is welcomed before "to".
_WELCOMED_TO = re.compile(
    r"\W*(?:you\s+)?(?:back\s+)?to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\W*$", re.IGNORECASE
)


# Thanks and welcomes that are manners, not positions: "Thank you for coming", "welcomed
# Chancellor Scholz to the White House". Thanks for something done ("for your support") stay.
def _courtesy(text: str, start: int, end: int, piece_end: int, sentence: Sentence) -> bool:
    if _well_wishing().match(text, start, piece_end) is not None:
        return True
    if load_lexicon().courtesy.match(text, start, end) is None:
        return False
    rest = text[end:piece_end]
    if _courtesy_object().match(rest) is not None:
        return True
    if text[start:end].lower().startswith("congratulat") and _celebration().match(rest):
        return True
    if text[start:end].lower().startswith("welcom") and _WELCOMED_TO.match(rest):
        return True
    # "welcomed Chancellor Scholz to the White House": receiving a visitor.
    after = [m for m in sentence.mentions if m.start >= end]
    return (
        text[start:end].lower().startswith("welcom")
        and bool(after)
        and after[0].start - end <= 2
        and after[0].ref is not None
        and after[0].ref.is_person
    )


def about_something(
    text: str, sentence: Sentence, start: int, end: int, claim: Claim, thanks: bool = False
) -> bool:
    """The stretch ``text[start:end]`` names a party (not the holder) or an issue of war and
    peace, or is a second main clause that takes back with "they"/"them"/"their" what the
    first clause of its sentence names (``_takes_back``)."""
    if _names_something(text, sentence, start, end, claim, thanks):
        return True
    return _takes_back(text, sentence.start, start, end) and _names_something(
        text, sentence, sentence.start, start, claim, thanks
    )


def _names_something(
    text: str, sentence: Sentence, start: int, end: int, claim: Claim, thanks: bool
) -> bool:
    named = any(
        start <= m.start < end
        and m.ref is not None
        and m.kind not in ("first", "joint")
        and not (thanks and m.kind == "group")
        and m.ref != claim.holder
        for m in sentence.mentions
    )
    # A transcript also holds courtesies, procedure and anecdote: a remark that names no
    # party must name an issue of war and peace. Thanks to a group named by what it is to the
    # speaker ("I thank our partners who are helping us") are an address's manners, as thanks
    # to "you" are.
    return named or load_lexicon().issues.search(text, start, end) is not None


# A second main clause joined to the first by a coordinator, with a personal subject of its
# own: "…, and we will …", "… but I think they …", "…, and that we will …".
_COORDINATED = re.compile(r"(?:^|\W)(?:and|but|yet)(?:\s+that)?[\s,]*$", re.IGNORECASE)
_OWN_SUBJECT_OPENS = re.compile(r"\s*(?:I|we|they)\b", re.IGNORECASE)


@cache
def _plural_pronoun() -> re.Pattern[str]:
    plural = "|".join(sorted(load_grammar().plural_pronouns))
    return re.compile(rf"\b(?:{plural})\b", re.IGNORECASE)


def _takes_back(text: str, sentence_start: int, start: int, end: int) -> bool:
    """The clause ``text[start:end]`` is the second of two main clauses joined by "and",
    "but" or "yet" (``_COORDINATED``), opens on a subject of its own and, after it, holds a
    plural pronoun: the pronoun takes back what the first clause named ("Our economies
    are closely linked, and we will do everything to protect them."; "… the risk of
    false-flag operations that Russia could use as a pretext, and we will continue to call
    them out"), so a remark on it is about that (pos23's census, class 2). "It", "he" and
    "she" are left out: "it" is mostly a placeholder ("it is good to be back"), a person
    named before as often only met. Two noun phrases joined ("… their families, and their
    enablers to …") are no second clause; nor is a comma splice ("You opened your market
    to some, I will not mention their names")."""
    if start <= sentence_start or _COORDINATED.search(text, sentence_start, start) is None:
        return False
    opening = _OWN_SUBJECT_OPENS.match(text, start, end)
    return opening is not None and _plural_pronoun().search(text, opening.end(), end) is not None


def assessed(text: str, cue: StanceCue) -> bool:
    """The `other` cue is an assessment a speaker holds (``[assessments]``: "the enemy has
    not achieved any of its goals", "we will judge it by its actions, not its words"), not
    narrative as their other remarks are."""
    return cue.end > cue.start and matches_exactly(
        load_lexicon().assessments, text, cue.start, cue.end
    )
