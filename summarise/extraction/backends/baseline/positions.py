"""Positions: an attributed clause with a stance cue becomes an item.

The pipeline, per claim of a sentence (``find_positions``, then ``_position``): its clauses
(``clauses``), each clause's deciding stance cue (``stances.read_stance``, which asks
``governing``), whether that cue is a view of the holder's at all
(``non_positions.why_not_held``), whose act the stance states (``cue_holders.whose_act``,
``measure_agents``), whether the clause is manners or names nothing of war and peace
(``idle_remarks.why_idle``, unless it points back at the sentence before: ``points_back``),
then the arguments: topic (``position_topics``), target, time and the quote
(``position_quotes``); the claim's clauses and their cues come from ``claim_pieces``. Each
step that says no drops the clause; ``--explain`` prints which one did
(``Surroundings.drop``). What
the steps read beyond the sentence (the sentence before, the question its turn answers,
whether the article tells of a contact) comes in one ``surroundings.Surroundings``.

A reported clause ("X stressed the importance of …") is a position even with a verb of
saying alone (stance ``other``), unless what it says is a movement or contact the sentence
reports (``non_positions.reports_event``, applied by ``extract``); a clause in someone's own
voice is a position only when it carries a stance cue, since much of what a speaker says is
narrative.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarise.extraction.backends.baseline.attention_frames import without_attention_frames
from summarise.extraction.backends.baseline.claim_pieces import (
    opening_condition,
    postposed,
    read_pieces,
    said_alone,
)
from summarise.extraction.backends.baseline.clauses import split_clauses
from summarise.extraction.backends.baseline.cue_holders import whose_act
from summarise.extraction.backends.baseline.idle_remarks import (
    NAMES_NOTHING,
    charges_what_was_told,
    stands_bare,
    why_idle,
)
from summarise.extraction.backends.baseline.imminent_acts import act_unnamed
from summarise.extraction.backends.baseline.measure_agents import measure_stance
from summarise.extraction.backends.baseline.measure_kinds import measures_named
from summarise.extraction.backends.baseline.new_points import makes_new_point
from summarise.extraction.backends.baseline.non_positions import why_not_held
from summarise.extraction.backends.baseline.other_side_stances import relayed_by
from summarise.extraction.backends.baseline.party_pronouns import with_party_pronouns
from summarise.extraction.backends.baseline.points_back import (
    answers_before,
    answers_question,
    topic_before,
)
from summarise.extraction.backends.baseline.position_draft import PositionDraft
from summarise.extraction.backends.baseline.position_quotes import position_quote
from summarise.extraction.backends.baseline.position_topics import Topic, topic_of
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.said_lookalikes import after_declining
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.stances_named import stances_named
from summarise.extraction.backends.baseline.surroundings import Surroundings
from summarise.extraction.backends.baseline.targets import (
    THREAT,
    owner_before,
    subject_party,
    target_after,
    threatener,
)
from summarise.extraction.backends.baseline.threat_conditions import condition_of, threatened
from summarise.extraction.backends.baseline.times import when_in
from summarise.extraction.backends.baseline.told_to import party_told
from summarise.extraction.backends.baseline.topic_bounds import (
    denied_subject,
    judged_subject,
    past_addressee,
    with_cue,
    worked_for,
)
from summarise.extraction.backends.baseline.topic_conjuncts import joined_conjunct
from summarise.extraction.backends.baseline.topics import plain_topic
from summarise.schema import Stance


def find_positions(text: str, sentence: Sentence, around: Surroundings) -> list[PositionDraft]:
    """The positions of each claim of ``sentence`` with a holder, read with what is
    ``around`` it (``surroundings`` says what that holds and why)."""
    found: list[PositionDraft] = []
    for claim in sentence.claims:
        if claim.voice == "joint" or claim.holder is None:
            continue
        found.extend(_position(text, sentence, claim, around))
    return found


def _position(
    text: str,
    sentence: Sentence,
    claim: Claim,
    around: Surroundings,
) -> list[PositionDraft]:
    """The claim's clauses, each with its cue; a clause whose cue makes a view of the
    holder's (``non_positions`` says when it does not) and names a topic is an item."""
    assert claim.holder is not None
    start = claim.start
    # A speaker's own sentence is theirs from its start, whatever its subject ("Western
    # countries are taking unfriendly actions …, I mean the illegitimate sanctions").
    if (
        claim.predicate is not None
        and not claim.passive
        and not postposed(claim)
        and claim.voice != "speech"
    ):
        start = claim.predicate[0]
    pieces = split_clauses(sentence.scan, start, claim.end)
    governs = len(pieces) > 1 and opening_condition(sentence, claim.start, pieces[0])
    read = without_attention_frames(
        text,
        unposed_threats(
            text, sentence, claim.holder, read_pieces(sentence, claim, pieces, governs=governs)
        ),
    )
    # Whether a clause is an item is read with the claim's holder; who holds the item is
    # the claim's (``Claim.held``: a department its speaker names acting takes it).
    holder, via = claim.held()
    found: list[PositionDraft] = []
    for index, (piece, cue) in enumerate(read):
        if cue is None:
            continue
        not_held = why_not_held(
            text, sentence, claim, piece, cue, met=around.met, this_year=around.this_year
        )
        if not_held is None and said_alone(cue):
            not_held = after_declining(text, around.before, claim.holder)
        if not_held is None:
            not_held = act_unnamed(text, sentence.start, cue, around)
        if not_held is not None:
            around.drop(cue.start, not_held)
            continue
        piece_start, piece_end = piece
        stance = whose_act(
            text, sentence.mentions, piece_start, (cue.start, cue.end), cue.stance, claim.holder
        )
        if cue.measure:
            stance = measure_stance(
                text, sentence.mentions, piece_start, cue.start, stance, claim.holder
            )
        idle = why_idle(text, sentence, claim, piece, cue, stance)
        # A remark naming nothing may point back at the sentence before, and be about
        # what that sentence names ("We have not seen that.").
        pointed = None if idle is None else _pointed_at(text, sentence, around, claim, piece, cue)
        condition = judged = joined = None
        # Read on every path: a remark pointing back may still be a bare verb of saying,
        # whose said span the draft carries.
        said_from = _said_from(text, claim, piece, cue)
        if pointed is not None:
            topic = topic_before(text, pointed)
        elif idle is not None and not (
            idle == NAMES_NOTHING
            and (stands_bare(stance) or charges_what_was_told(text, piece, stance))
        ):
            around.drop(cue.start, idle)
            continue
        else:
            floor = claim.start if index == 0 else piece_start
            cut = topic_of(text, piece, cue, said_from, floor)
            topic = None if cut is None else cut.words
            judged, joined = _stated(text, (said_from, piece_end), cue, stance, cut)
            if topic is not None and stance in _CONDITIONED:
                condition = condition_of(text, topic, (cue.start, cue.end), floor, piece_end)
        if topic is None:
            around.drop(cue.start, "no topic after the cue (position_topics)")
            continue
        quote = position_quote(
            text, sentence, claim, piece, cue.start, first=index == 0, alone=len(read) == 1
        )
        target = _target(text, sentence, around.before, piece, cue, claim.holder)
        if target is None and condition is not None:
            target = threatened(text, sentence.mentions, condition, claim.holder)
        drafts = _voiced(
            text,
            sentence,
            cue,
            PositionDraft(
                holder=holder,
                via=via,
                stance=stance,
                topic=topic,
                target=target,
                quotes=[quote],
                when=when_in(sentence),
                sentence=sentence.index,
                voice=claim.voice,
                spoken=sentence.turn or claim.quoted,
                continues=_CONTINUES.match(text, sentence.start, sentence.end) is not None,
                new_point=makes_new_point(sentence.scan, sentence.start, (cue.start, cue.end)),
                measures=measures_named(text, piece_start, piece_end, sentence.scan),
                said=(said_from, piece_end) if said_alone(cue) else None,
                condition=None if condition is None or stance != "threaten" else condition.said,
                judged=None if judged is None else plain_topic(judged),
                joined=joined,
            ),
        )
        found.extend(drafts)
        found.extend(_named_stances(text, sentence, piece, cue, holder, drafts))
    return found


def _stated(
    text: str, bounds: tuple[int, int], cue: StanceCue, stance: Stance, topic: Topic | None
) -> tuple[str | None, str | None]:
    """What the item states it is about beyond the topic merging compares: the subject a
    predicate or a denial of harm to anyone is said of, the cue a topic opening on "against"
    is the object of, or what working with partners is for (``topic_bounds``), and that or
    the topic read on through its last conjunct (``topic_conjuncts``). ``bounds``: where
    what was said starts and the clause's end."""
    said_from, end = bounds
    at = (cue.start, cue.end)
    judged = judged_subject(text, said_from, at, stance, end)
    if judged is None and topic is not None:
        judged = denied_subject(text, said_from, at, stance, topic.words)
    if judged is None and topic is not None and topic.span is not None:
        judged = with_cue(text, at, topic.span) or worked_for(text, at, topic.span, end)
    stated = judged or (None if topic is None else topic.span)
    joined = None if stated is None else joined_conjunct(text, stated, end)
    return (
        None if judged is None else text[judged[0] : judged[1]],
        None if joined is None else plain_topic(joined),
    )


def _pointed_at(
    text: str,
    sentence: Sentence,
    around: Surroundings,
    claim: Claim,
    piece: tuple[int, int],
    cue: StanceCue,
) -> Sentence | None:
    """The sentence a remark naming nothing is about: the speaker's own sentence before
    ("We have not seen that."), or the premise of the question their turn answers ("These
    accusations bear no relation to reality.")."""
    before = around.before
    if before is not None and answers_before(text, sentence, before, claim, piece, cue):
        return before
    return answers_question(text, sentence, around.asked, claim, cue)


def _named_stances(
    text: str,
    sentence: Sentence,
    span: tuple[int, int],
    cue: StanceCue,
    holder: ActorRef,
    drafts: list[PositionDraft],
) -> list[PositionDraft]:
    """ "thanked Scholz for Germany's decision to halt …", "Moscow's ultimatum that …": each
    decision or voiced stance of another side the clause ``span`` names is its own position
    (unless the cue made it), with the clause's quote and time, and no via, target or said."""
    draft, made = drafts[0], {(d.holder, d.stance) for d in drafts}
    return [
        replace(
            draft,
            holder=owner,
            via=None,
            stance=decided,
            topic=what,
            target=None,
            quotes=list(draft.quotes),
            said=None,
            condition=None,
            judged=None,
            joined=None,
        )
        for owner, decided, what in stances_named(text, sentence, span, cue, holder)
        if (owner, decided) not in made
    ]


def _voiced(
    text: str, sentence: Sentence, cue: StanceCue, draft: PositionDraft
) -> list[PositionDraft]:
    """A stance noun another side voiced, or an undertaking it gave, is its position
    (``other_side_stances.relayed_by``); judged by the clause ("Russia's accusation … is
    baseless"), it is both the speaker's judgement and the other side's charge."""
    undertaking = draft.stance == "commit" and not cue.measure
    voiced = relayed_by(
        text,
        sentence.mentions,
        sentence.start,
        (cue.start, cue.end),
        draft.holder,
        undertaking,
        draft.stance,
    )
    if voiced is None:
        return [draft]
    owner, stance = voiced
    # Their view is not the speaker's judgement of its subject: the topic as cut.
    joined = None if draft.judged is not None else draft.joined
    theirs = replace(
        draft,
        holder=owner,
        via=None,
        stance=stance,
        quotes=list(draft.quotes),
        judged=None,
        joined=joined,
    )
    return [theirs] if stance == draft.stance else [draft, theirs]


def _said_from(text: str, claim: Claim, piece: tuple[int, int], cue: StanceCue) -> int:
    """What was said starts after the verb of saying ("It was noted that …") and the one
    it was said to."""
    said_from = piece[0]
    if claim.predicate is not None and piece[0] <= claim.predicate[1] <= cue.start:
        said_from = claim.predicate[1]
    return past_addressee(text, said_from, piece[1])


def _target(
    text: str,
    sentence: Sentence,
    before: Sentence | None,
    piece: tuple[int, int],
    cue: StanceCue,
    holder: ActorRef,
) -> ActorRef | None:
    """The party addressed or charged: the first named after the cue, else the owner of the
    conduct named before it, else the party the speaker says he told the words to ("I told
    him that we will never accept this", ``told_to``). After "a threat to" stands the party
    threatened, so there the party the threat is told of, just before it, is the target
    ("Russia's threat to Ukraine", "the Russian build-up is a threat to Europe"). A party
    pronoun in the clause stands for the subject it continues (``party_pronouns``)."""
    mentions = with_party_pronouns(text, sentence, before, *piece)
    if cue.stance == "accuse" and THREAT.match(text, cue.start, cue.end) is not None:
        return threatener(text, mentions, piece[0], cue.start, holder)
    charged = cue.stance in _CHARGING
    named = target_after(text, mentions, cue.start, piece[1], holder, charged=charged) or (
        owner_before(text, mentions, piece[0], cue.start, holder)
    )
    if named is not None:
        return named
    told = party_told(sentence, holder)
    if told is not None:
        return told.ref
    if cue.stance in _AIMED_AT_SUBJECT:
        return subject_party(text, mentions, piece[0], cue.start, holder)
    return None


# A charge or a warning of an attack is aimed at the attacker, not the party attacked.
_CHARGING = frozenset({"accuse", "warn"})
# A threat or a warning is aimed at the party its condition names as subject ("If Russia
# attacks Ukraine, the EU will respond"); only a threat's topic names the condition too.
_CONDITIONED = frozenset({"threaten", "warn"})
# Stances aimed at the party whose conduct they charge or ask for, named as the subject of
# the clause when not after the cue ("Russia refused to …", "the Russian troops must leave").
_AIMED_AT_SUBJECT = frozenset({"accuse", "demand"})


# A sentence opened by a demonstrative that points back at the measure or statement
# before it: it elaborates that item rather than stating a new one.
_CONTINUES = re.compile(
    r"[\s\u201c\"]*(?:This|These|That|Those|Such|With this|This includes|It also|They also)"
    r"(?:\s+(?:action|actions|measure|measures|step|steps|decision|order|move|effort))?\s+"
    r"(?:will|would|includes?|is|are|was|has|have|can|also|further|ensures?|means?|helps?)\b"
)


def unposed_threats(
    text: str,
    sentence: Sentence,
    holder: ActorRef,
    read: list[tuple[tuple[int, int], StanceCue | None]],
) -> list[tuple[tuple[int, int], StanceCue | None]]:
    """The claim's clauses with a threat no party poses read as a worry (``unposed_threat``)
    when it is the claim's only cue: beside another ("warned of a build-up of troops,
    calling it a threat to Moldova") it restates that view."""
    if sum(cue is not None for _, cue in read) != 1:
        return read
    return [
        (piece, None if cue is None else unposed_threat(text, sentence, holder, piece, cue))
        for piece, cue in read
    ]


def unposed_threat(
    text: str, sentence: Sentence, holder: ActorRef, piece: tuple[int, int], cue: StanceCue
) -> StanceCue:
    """A threat no party is named as posing ("the gravest threat to European security
    in decades", "creates a direct threat to the freedom of navigation"): it charges no one
    anew, and is the holder's worry (`concern`, as "a threat to our security" is in the
    lexicon), not a charge. A threat negated ("they carry no threat to Russia", "will never
    be a threat to anyone") denies one and stays a cue that ``non_positions`` drops."""
    if (
        cue.stance != "accuse"
        or THREAT.match(text, cue.start, cue.end) is None
        or _NEGATED.search(text, piece[0], cue.start) is not None
        or threatener(text, sentence.mentions, piece[0], cue.start, holder) is not None
    ):
        return cue
    return replace(cue, stance="concern")


# A negation within two words before the cue: "no threat", "not a threat", "never be a".
_NEGATED = re.compile(r"\b(?:no|not|never)\b(?:\s+[\w\u2019'-]+){0,2}\s*$", re.IGNORECASE)
