"""Positions: an attributed clause with a stance cue becomes an item.

A reported clause ("X stressed the importance of …") is a position even with a verb of
saying alone (stance ``other``), unless what it says is a movement or contact the sentence
reports (``reports_event``); a clause in someone's own voice is a position only when it
carries a stance cue, since much of what a speaker says is narrative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from summarise.extraction.backends.baseline.arguments import (
    CALENDAR,
    owner_before,
    plain_topic,
    target_after,
    topic_after,
    when_in,
)
from summarise.extraction.backends.baseline.clauses import second_that_clause, split_clauses
from summarise.extraction.backends.baseline.governing import (
    anothers_attitude,
    joint_undertaking,
    said_of_thing,
    voiced_by,
    whose_act,
)
from summarise.extraction.backends.baseline.lexicon import load_grammar, load_lexicon
from summarise.extraction.backends.baseline.measures import measure_stance
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.stances import StanceCue, read_stance
from summarise.extraction.backends.baseline.topic_bounds import (
    ANTECEDENT_STANCES,
    antecedent_before,
    past_addressee,
    subject_before,
    topic_start,
)
from summarise.schema import Stance


@dataclass
class PositionDraft:
    holder: ActorRef
    via: ActorRef | None
    stance: Stance
    topic: str
    target: ActorRef | None
    quotes: list[tuple[int, int]]
    when: str | None
    sentence: int
    voice: str
    # Said aloud (a transcript turn or a quotation), where a speaker restates as they go.
    spoken: bool = False
    # The sentence goes on about what the one before said: "This action will …".
    continues: bool = False
    # What was said, when a verb of saying is the clause's only cue ("noted that several
    # Allies have placed forces on standby"): a report, if it names a movement or contact.
    said: tuple[int, int] | None = None


# Holders that are several parties at once (a G7 statement's "we"), whose "we agreed to …"
# is an agreement among themselves wherever it stands.
_GROUPS = frozenset({"organisation", "other"})


def find_positions(text: str, sentence: Sentence, *, met: bool = False) -> list[PositionDraft]:
    """``met``: the article tells of a contact (in its title or its text), so a "we agreed
    to …" may be an agreement reached on it rather than one party's undertaking."""
    found: list[PositionDraft] = []
    for claim in sentence.claims:
        if claim.voice == "joint" or claim.holder is None:
            continue
        found.extend(_position(text, sentence, claim, met))
    return found


def _position(text: str, sentence: Sentence, claim: Claim, met: bool) -> list[PositionDraft]:
    assert claim.holder is not None
    start = claim.start
    # A speaker's own sentence is theirs from its start, whatever its subject ("Western
    # countries are taking unfriendly actions …, I mean the illegitimate sanctions").
    own = claim.voice == "speech"
    if claim.predicate is not None and not claim.passive and not _postposed(claim) and not own:
        start = claim.predicate[0]
    pieces = split_clauses(sentence.scan, start, claim.end)
    governs = len(pieces) > 1 and _opening_condition(sentence, claim.start, pieces[0])
    found: list[PositionDraft] = []
    read = _read_pieces(sentence, claim, pieces, governs=governs)
    pieces = [piece for piece, _ in read]
    for index, ((piece_start, piece_end), cue) in enumerate(read):
        if (
            cue is None
            or (claim.voice == "speech" and cue.stance == "other")
            or anothers_attitude(
                text, sentence.mentions, piece_start, (cue.start, cue.end), claim.holder
            )
            or (
                cue.stance == "commit"
                and not cue.measure
                and (met or claim.holder.kind in _GROUPS)
                and joint_undertaking(
                    text, claim.start, (cue.start, cue.end), piece_end, together=claim.together
                )
            )
            or (
                # What a thing is said to do ("a source that supports the army") is no
                # stance; a judgement of it ("a policy that threatens …") is.
                not cue.measure
                and cue.stance not in ANTECEDENT_STANCES
                and said_of_thing(text, sentence.mentions, piece_start, (cue.start, cue.end))
            )
            or (
                cue.stance == "accuse"
                and _THREAT.match(text, cue.start, cue.end) is not None
                and _threatener(text, sentence, piece_start, cue.start, claim.holder) is None
            )
        ):
            continue
        stance = whose_act(
            text, sentence.mentions, piece_start, (cue.start, cue.end), cue.stance, claim.holder
        )
        if cue.measure:
            stance = measure_stance(
                text, sentence.mentions, piece_start, cue.start, stance, claim.holder
            )
        if _courtesy(text, cue.start, cue.end, piece_end, sentence):
            continue
        # A conditional threat is of war and peace whatever it names: "if this goes on, we
        # will respond".
        threat = cue.conditional and stance == "threaten"
        if (
            claim.voice == "speech"
            and not threat
            and not _about_something(text, sentence, piece_start, piece_end, claim)
        ):
            continue
        # What was said starts after the verb of saying ("It was noted that …").
        said_from = piece_start
        if claim.predicate is not None and piece_start <= claim.predicate[1] <= cue.start:
            said_from = claim.predicate[1]
        said_from = past_addressee(text, said_from, piece_end)
        floor = claim.start if index == 0 else piece_start
        topic_from = (
            topic_start(text, (cue.start, cue.end), cue.stance, floor, piece_end)
            if cue.end > cue.start
            else said_from
        )
        if _MODAL.fullmatch(text, cue.start, cue.end):
            # "added that the talks must continue": the proposition, its subject included.
            topic_from = _main_clause(text, said_from, piece_end)
        scope_end = piece_end if cue.until is None else cue.until
        subject = subject_before(text, said_from, cue.start) or antecedent_before(
            text, said_from, cue.start, cue.stance
        )
        topic = subject and _proposition(text, topic_after(text, *subject), *subject)
        topic = topic or _proposition(
            text, topic_after(text, topic_from, scope_end), topic_from, scope_end
        )
        if topic_from == cue.end > cue.start and _condition_at(text, cue.end, piece_end):
            # "will respond decisively if Russia invades", "a tragedy if the escalation
            # begins": the condition says when, the cue what.
            condition = topic_after(text, cue.end, piece_end)
            topic = condition and f"{text[cue.start : cue.end]} {condition}"
        if topic is None:
            main = _main_clause(text, said_from, piece_end)
            topic = _proposition(text, topic_after(text, main, piece_end), main, piece_end)
        if topic is None:
            continue
        topic = plain_topic(topic)
        target = _target(text, sentence, (piece_start, piece_end), cue, claim.holder)
        evidence_start = claim.start if index == 0 and not claim.quoted else piece_start
        if claim.quoted and index == 0:
            evidence_start = claim.start
        evidence_end = piece_end if len(pieces) > 1 else claim.end
        if not claim.quoted and len(pieces) == 1:
            evidence_start, evidence_end = sentence.start, sentence.end
        found.extend(
            _voiced(
                text,
                sentence,
                (cue.start, cue.end),
                PositionDraft(
                    holder=claim.holder,
                    via=claim.via,
                    stance=stance,
                    topic=topic,
                    target=target,
                    quotes=[_trimmed(text, evidence_start, evidence_end)],
                    when=when_in(sentence),
                    sentence=sentence.index,
                    voice=claim.voice,
                    spoken=sentence.turn or claim.quoted,
                    continues=_CONTINUES.match(text, sentence.start, sentence.end) is not None,
                    said=(said_from, piece_end) if _said_alone(cue) else None,
                ),
            )
        )
    return found


def _voiced(
    text: str, sentence: Sentence, cue: tuple[int, int], draft: PositionDraft
) -> list[PositionDraft]:
    """A stance noun another side voiced is its position: "Russia's demand that NATO pull
    back" reports Russia's demand, not the speaker's; judged by the clause ("Russia's
    accusation … is baseless"), it is both the speaker's judgement and Russia's charge."""
    voiced = voiced_by(text, sentence.mentions, cue, draft.holder)
    if voiced is None:
        return [draft]
    owner, stance = voiced
    theirs = replace(draft, holder=owner, via=None, stance=stance, quotes=list(draft.quotes))
    return [theirs] if stance == draft.stance else [draft, theirs]


def _read_pieces(
    sentence: Sentence, claim: Claim, pieces: list[tuple[int, int]], *, governs: bool
) -> list[tuple[tuple[int, int], StanceCue | None]]:
    """Each piece with its stance cue, or None where it takes none. A second that-clause
    with no cue of its own ("said that A and that B") is a statement of its own only when
    modal and after a first with no cue either; else it stays part of the clause before.
    After a stance it may only elaborate it ("that the commitment to Article 5 is ironclad,
    and that an attack on one Ally would be treated as an attack on all" is one
    commitment); in a plain past it reports a fact ("that the number of troops had
    grown"), which a movement holds, not a view."""
    text = sentence.scan.text
    speech = claim.voice == "reported" and claim.says
    read: list[tuple[tuple[int, int], StanceCue | None]] = []
    for index, (piece_start, piece_end) in enumerate(pieces):
        cue = read_stance(
            sentence.scan,
            piece_start,
            piece_end,
            speech_predicate=speech and (index == 0 or second_that_clause(text, piece_start)),
            condition_from=claim.start if index == 0 or governs else None,
            negation_from=claim.start if index == 0 else None,
        )
        if claim.postposed and index == 0 and (cue is None or cue.stance == "other"):
            cue = _reporting_stance(sentence, claim, piece_start) or cue
        before = read[-1] if read else None
        if (
            before is not None
            and cue is not None
            and _said_alone(cue)
            and (
                (before[1] is not None and not _said_alone(before[1]))
                or _MODAL_VERB.search(text, piece_start, piece_end) is None
            )
        ):
            read[-1] = ((before[0][0], piece_end), before[1])
        else:
            read.append(((piece_start, piece_end), cue))
    return read


def _said_alone(cue: StanceCue) -> bool:
    """A verb of saying with no stance word after it: ``read_stance`` marks it as an
    ``other`` cue of no width."""
    return cue.stance == "other" and cue.start == cue.end


# A modal verb: what will, can or must be is a view ("that Moscow would respond", "that the
# issue could only be settled by law"); a plain past reports what happened.
_MODAL_VERB = re.compile(
    r"\b(?:will|would|can|could|cannot|must|should|shall|may|might|won\W?t)\b", re.IGNORECASE
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


def _target(
    text: str, sentence: Sentence, piece: tuple[int, int], cue: StanceCue, holder: ActorRef
) -> ActorRef | None:
    """The party addressed or charged: the first named after the cue, else the owner of the
    conduct named before it. After "a threat to" stands the party threatened, so there the
    party the threat is told of, just before it, is the target ("Russia's threat to
    Ukraine", "the Russian build-up is a threat to Europe")."""
    if cue.stance == "accuse" and _THREAT.match(text, cue.start, cue.end) is not None:
        return _threatener(text, sentence, piece[0], cue.start, holder)
    after = target_after(text, sentence.mentions, cue.start, piece[1], holder)
    return after or owner_before(text, sentence.mentions, piece[0], cue.start, holder)


_THREAT = re.compile(r"threat\b", re.IGNORECASE)
_THREATENER_GAP = 4


def _threatener(
    text: str, sentence: Sentence, start: int, cue: int, holder: ActorRef
) -> ActorRef | None:
    """Another party named, as owner or adjective, within a few words before the cue: a
    threat with no one named as posing it ("calling it a threat to Moldova" of a build-up
    already warned of) charges no one anew."""
    for m in reversed(sentence.mentions):
        if m.end > cue or m.start < start:
            continue
        near = len(text[m.end : cue].split()) <= _THREATENER_GAP
        other = m.ref is not None and m.ref.side != holder.side
        return m.ref if near and other and (m.possessive or m.adjective) else None
    return None


def _reporting_stance(sentence: Sentence, claim: Claim, start: int) -> StanceCue | None:
    """ "Moscow has no right to dictate terms, warned Mr Nowak": a statement with no stance
    of its own takes its reporting verb's, when that verb is one of stance; what was said
    is the statement, so the cue stands at its start."""
    assert claim.predicate is not None
    verb = read_stance(sentence.scan, *claim.predicate, speech_predicate=False)
    if verb is None or verb.stance == "other":
        return None
    return StanceCue(verb.stance, start, start)


def _opening_condition(sentence: Sentence, start: int, first: tuple[int, int]) -> bool:
    """ "If Russia attacks, it will bear the responsibility, and it will face severe costs":
    a condition before the first clause's cue governs every clause coordinated after it;
    one after that cue ("warned against any escalation and threatened …") is its object."""
    lexicon = load_lexicon()
    cue = sentence.scan.first(lexicon.stances, first[0], first[1])
    until = cue.start() if cue is not None else first[1]
    return sentence.scan.first(lexicon.conditions, start, until) is not None


@cache
def _courtesy_object() -> re.Pattern[str]:
    """What follows thanks or a welcome that makes it manners: nothing, the addressee, or
    an occasion ("for your hospitality", "to see you")."""
    occasions = "|".join(load_lexicon().courtesy_occasions)
    return re.compile(
        r"^\W*(?:you\b|him\b|her\b|them\b)?[\s,]*(?:(?:also|very much|so much|again|all)[\s,]*)*"
        r"(?:(?:Mr\.?|Madam|Mrs\.?|Ms\.?)\s+[\w. ]+?,\s*)?"
        rf"(?:$|for (?:(?:this|the|your|our)\s+)?(?:\w+\s+)?(?:{occasions})\b|"
        r"to (?:see|meet|receive|welcome)\b|in \w+\W*$|\W*$)",
        re.IGNORECASE,
    )


# Wishes and greetings are manners too: "I hope you are well", "I hope your journey was
# good", "I would ask you to convey my best wishes to …".
_WELL_WISHING = re.compile(
    r"hop(?:e|es|ed|ing)\s+(?:that\s+)?(?:you\s+(?:are|were|have been|had|feel|enjoy)\b|"
    r"your\s+(?:\w+\s+)?(?:journey|trip|flight|stay|health|family)\b)|"
    r"ask(?:s|ed|ing)?\s+you\s+to\s+(?:\w+\s+)?(?:convey|pass on|give|send|extend)\b",
    re.IGNORECASE,
)


# Thanks and welcomes that are manners, not positions: "Thank you for coming", "welcomed
# Chancellor Scholz to the White House". Thanks for something done ("for your support") stay.
def _courtesy(text: str, start: int, end: int, piece_end: int, sentence: Sentence) -> bool:
    if _WELL_WISHING.match(text, start, piece_end) is not None:
        return True
    if load_lexicon().courtesy.match(text, start, end) is None:
        return False
    rest = text[end:piece_end]
    if _courtesy_object().match(rest) is not None:
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


def _about_something(text: str, sentence: Sentence, start: int, end: int, claim: Claim) -> bool:
    named = any(
        start <= m.start < end
        and m.ref is not None
        and m.kind not in ("first", "joint")
        and m.ref != claim.holder
        for m in sentence.mentions
    )
    # A transcript also holds courtesies, procedure and anecdote: a remark that names no
    # party must name an issue of war and peace.
    return named or load_lexicon().issues.search(text, start, end) is not None


# A sentence opened by a demonstrative that points back at the measure or statement
# before it: it elaborates that item rather than stating a new one.
_CONTINUES = re.compile(
    r"[\s\u201c\"]*(?:This|These|That|Those|Such|With this|This includes|It also|They also)"
    r"(?:\s+(?:action|actions|measure|measures|step|steps|decision|order|move|effort))?\s+"
    r"(?:will|would|includes?|is|are|was|has|have|can|also|further|ensures?|means?|helps?)\b"
)


def _proposition(text: str, topic: str | None, start: int, end: int) -> str | None:
    """A topic names what was said, never the saying: "underscored that X" is X, and a
    topic that is only a reporting clause ("the President said") or a day names nothing."""
    if topic is None or not _WORDY.search(topic):
        return None
    at = text.find(topic, start, end)
    if at < 0:
        return topic
    frame = _SPEAKER_FRAME.match(text, at, end)
    said_at = frame.end() if frame is not None else at
    skip = load_lexicon().speech.match(text, said_at, end) or CALENDAR.match(text, at, end)
    if skip is not None:
        said = past_addressee(text, skip.end(), end)
        return _proposition(text, topic_after(text, said, end), said, end)
    return topic


# A speaker framing what they say ("I want to emphasise that …", "we must stress"): the
# frame, like a verb of saying, is not the topic.
_SPEAKER_FRAME = re.compile(
    r"(?:I|we)\s+(?:(?:want|wish|would like|have|need)\s+to\s+|must\s+|should\s+|can\s+|"
    r"(?:would|will)\s+)?(?:also\s+|again\s+)?",
    re.IGNORECASE,
)


# A topic names something in words: not a bare figure ("3") or an initial.
_WORDY = re.compile(r"[^\W\d_]{3}")


# Modal cues: what must happen is the whole clause, not what follows the modal.
_MODAL = re.compile(r"must|should|ought to|ha(?:ve|s) to|needs? to", re.IGNORECASE)


def _postposed(claim: Claim) -> bool:
    """ "…, he said.": the verb of saying comes after what was said."""
    assert claim.predicate is not None
    return claim.postposed or (
        claim.end - claim.predicate[1] < _POSTPOSED_TAIL
        and claim.predicate[0] - claim.start > (claim.end - claim.start) // 2
    )


_POSTPOSED_TAIL = 30


def _main_clause(text: str, start: int, end: int) -> int:
    """ "If Russia walks away from diplomacy, it will bear the responsibility": what was
    said is the main clause after an opening condition."""
    if not _condition_at(text, start, end):
        return start
    comma = text.find(",", start, end)
    return comma + 1 if comma >= 0 else start


_NON_WORD = re.compile(r"\W*")


def _condition_at(text: str, pos: int, end: int) -> bool:
    """A conditional clause opens at ``pos`` ("if Russia invades", "in case …"); a
    condition named by a noun ("any attack") is the cue's object, not a clause."""
    gap = _NON_WORD.match(text, pos, end)
    pos = gap.end() if gap is not None else pos
    found = load_lexicon().conditions.match(text, pos, end)
    if found is None:
        return False
    grammar = load_grammar()
    words = found.group().lower()
    return words.split()[0] in grammar.clause_openers or words in grammar.clause_opener_phrases


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in ' \t\u201c"\u2014\u2013-,':
        start += 1
    while end > start and text[end - 1] in " \t\n,;:\u2014\u2013":
        end -= 1
    return start, end
