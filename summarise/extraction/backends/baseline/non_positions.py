"""Clauses that carry a stance cue and still hold no position.

A cue word is not yet a view. The clause may give someone else's attitude, an undertaking
the parties made together (a contact's outcome), the holder's own plan or offer to meet
(the contact's), a plan of forces (the movement's), an occasion taking place, what a thing
is said to do, a threat no party is named as posing; it may be manners (thanks, welcomes,
wishes, congratulations on a day), a speaker's remark on nothing of war and peace, a
saying with only a topic after it, or the report of a movement or contact the sentence
already holds. ``positions`` asks these questions of each clause; each answer is a reason for no
item, never a change to the item made. This module asks whose the cue is (``why_not_held``);
what the clause is about, manners or a remark naming nothing, ``idle_remarks`` asks.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.contact_steps import (
    STEP_GAP,
    meeting_proposed,
    own_contact_step,
)
from summarise.extraction.backends.baseline.cue_holders import (
    INTENT,
    anothers_attitude,
    joint_undertaking,
    said_of_thing,
)
from summarise.extraction.backends.baseline.discussed_topics import among_topics
from summarise.extraction.backends.baseline.drill_mentions import ends_phrase
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.history_openings import told_of_the_past
from summarise.extraction.backends.baseline.idle_remarks import CLAUSE
from summarise.extraction.backends.baseline.joint_agreements import agreed_together
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.literal_gates import gated_search
from summarise.extraction.backends.baseline.other_side_stances import given_by
from summarise.extraction.backends.baseline.own_instructions import own_side_instructed
from summarise.extraction.backends.baseline.patterns import (
    WORD,
    category,
    matches_exactly,
    window_after,
)
from summarise.extraction.backends.baseline.restraints import others_restraint
from summarise.extraction.backends.baseline.said_lookalikes import introduces_words, said_lookalike
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.targets import THREAT, threatener
from summarise.extraction.backends.baseline.topic_bounds import ANTECEDENT_STANCES
from summarise.extraction.backends.baseline.word_classes import alternation

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
    this_year: int | None = None,
) -> str | None:
    """Why the cue in ``piece`` is not the claim holder's own view, or None when it is.
    ``met``: the article tells of a contact, so a "we agreed to …" may be an agreement
    reached on it; ``this_year``: the article's year, before which a date is the past.
    Each answer is worded for ``--explain``, which shows it, so that the
    trace names the question that said no and the module that asks it."""
    assert claim.holder is not None
    piece_start, piece_end = piece
    if _heading(text, sentence):
        return "a briefing's heading ('Third, on support for Ukraine.'): no clause (non_positions)"
    if _previewed(sentence.scan, piece, cue):
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
        return "another side's help told, not the holder's support (other_side_stances)"
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
    if met and claim.holder.kind not in _GROUPS and agreed_together(text, sentence, cue):
        return "what the parties agreed together, the contact's outcome (joint_agreements)"
    if met and among_topics(text, sentence, cue):
        return "what an occasion discussed, its topics (discussed_topics)"
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
        return "a threat no party is named as posing (targets.threatener)"
    if not cue.measure and own_contact_step(text, sentence, cue):
        return "a plan or offer of one's own to meet: the contact holds it (contact_steps)"
    if not cue.measure and meeting_proposed(text, sentence, cue, claim.holder):
        return "a meeting proposed: the contact holds it (contact_steps)"
    if not cue.measure and cue.stance == "commit" and _movement_step(text, sentence, cue):
        return "a plan of forces: the movement holds it (non_positions)"
    if not cue.measure and cue.stance == "commit" and _drill_held(text, sentence, cue):
        return "a drill to be held: the movement holds it (non_positions)"
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
    if told_of_the_past(text, sentence, cue, this_year):
        return "a story of a past year, told as history (history_openings)"
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
        and sentence.scan.first(
            forces, verb.end(), window_after(text, verb.end(), _FORCES_WITHIN, sentence.end)
        )
        is not None
    )


# How far from the verb or the cue the forces moved are named.
_FORCES_WITHIN = 60

# The verb a drill is held with, as a pledge cue ends on it: "will hold", "shall hold".
_HOLD = re.compile(r"\bhold$", re.IGNORECASE)
# What may stand between the verb and the drill's noun: at most five words, a determiner or
# possessive and modifiers ("their own command and staff exercises", "a planned training
# exercise"); a preposition or clause opener among them is refused by ``_drill_held``.
_DRILL_MODIFIERS = re.compile(r"\s+(?:[\w-]+\s+){0,5}")
# "hold" blaming its object ("will hold the exercise organisers responsible").
_BLAMED = re.compile(rf"\b(?:{alternation('blame_complements')})\b", re.IGNORECASE)
# How far after the verb the drill's noun may begin.
_DRILL_WITHIN = 50


def _drill_held(text: str, sentence: Sentence, cue: StanceCue) -> bool:
    """A drill its units will hold ("the Armed Forces will hold their own command-and-staff
    exercises", "the strategic forces will hold a scheduled exercise"): a plan of forces,
    which the guide makes a `planned` exercise movement and no separate position. Only the
    verb of holding reads so: "will continue exercises" or "will respond to the drills"
    keep their own cue."""
    hold = _HOLD.search(text, cue.start, cue.end)
    if hold is None:
        return False
    # From the verb: "hold … training" is the drill's own phrase.
    activities = load_lexicon().activities
    reach = window_after(text, cue.end, _DRILL_WITHIN, sentence.end)
    drill = next(
        (m for m in activities.finditer(text, hold.start(), reach) if category(m) == "exercise"),
        None,
    )
    if drill is None or _BLAMED.search(text, cue.end, reach) is not None:
        return False
    if not ends_phrase(text, drill.end()):
        return False  # "the exercise organisers", "the drill area": the drill modifies a noun
    if drill.start() == hold.start():
        return True
    # No preposition or clause opener between: "will hold talks on the exercises" holds
    # talks, "will hold the line as the drills go on" the line.
    grammar = load_grammar()
    closed = grammar.prepositions | grammar.clause_openers
    return _DRILL_MODIFIERS.fullmatch(text, cue.end, drill.start()) is not None and not any(
        w.group().lower() in closed for w in WORD.finditer(text, cue.end, drill.start())
    )


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


def _previewed(scan: TextScan, piece: tuple[int, int], cue: StanceCue) -> bool:
    """The cue lies in, or is the verb of, what a briefing's preview says a speaker will walk
    through; a stance told before the preview ("we are imposing sanctions, and Mr. Grant
    will walk you through them") is the speaker's. Asked of every position's piece, which
    the search, opening on a word boundary, reads at every character: it is gated on
    "through", which every preview holds and most pieces lack."""
    preview = gated_search(scan, _PREVIEW, scan.text, *piece)
    return preview is not None and preview.start() < cue.end


def _heading(text: str, sentence: Sentence) -> bool:
    """The sentence is a briefing's heading (``_HEADING``) whose phrase has no verb: "First,
    on Monday we condemned …" opens on "on" too, and is a clause."""
    heading = _HEADING.fullmatch(text, sentence.start, sentence.end)
    return heading is not None and CLAUSE.search(text, heading.start(1), heading.end(1)) is None


def reports_event(sentence: Sentence, start: int, end: int) -> bool:
    """What was said in ``text[start:end]`` names a movement or a contact ("that a Danish
    frigate had been sent", "that the President had spoken by telephone with …"): a report
    of a fact, which the movement or contact item holds with its claimant, not a view."""
    lexicon = load_lexicon()
    return any(
        sentence.scan.first(pattern, start, end) is not None
        for pattern in (lexicon.activities, lexicon.combat, lexicon.contact_modes)
    )


def assessed(text: str, cue: StanceCue) -> bool:
    """The `other` cue is an assessment a speaker holds (``[assessments]``: "the enemy has
    not achieved any of its goals", "we will judge it by its deeds, not its words"), not
    narrative as their other remarks are."""
    return cue.end > cue.start and matches_exactly(
        load_lexicon().assessments, text, cue.start, cue.end
    )
