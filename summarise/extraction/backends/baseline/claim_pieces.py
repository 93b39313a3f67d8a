"""A claim's clauses, each with its deciding stance cue: where what was said starts (after
a verb of saying that comes first, or from the claim's start when it comes after, "…, he
said."), whether a condition before the first cue governs every clause, and which clauses
stand alone (a second that-clause with no cue elaborates the first, "and to fulfil its
commitments" takes the call's stance). Apart from ``positions`` because this reads the
claim's shape, before any cue is asked whose it is."""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.clauses import second_that_clause
from summarise.extraction.backends.baseline.cue_complements import demanded_act, second_object
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.spelled_out import spells_out
from summarise.extraction.backends.baseline.stances import StanceCue, read_stance
from summarise.extraction.backends.baseline.verb_forms import MODALS


def read_pieces(
    sentence: Sentence, claim: Claim, pieces: list[tuple[int, int]], *, governs: bool
) -> list[tuple[tuple[int, int], StanceCue | None]]:
    """Each piece with its stance cue, or None where it takes none. A second that-clause
    with no cue of its own ("said that A and that B") is a statement of its own only when
    modal and after a first with no cue either; else it stays part of the clause before.
    After a stance it may only elaborate it ("that the pledge of mutual defence stands firm,
    and that any Ally attacked would be defended by all" is one commitment); in a plain
    past it reports a fact ("that the number of troops had grown"), which a movement holds,
    not a view."""
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
        called = read[-1][1] if read else None
        if spells_out(text, piece_start, called, cue):
            read[-1] = ((read[-1][0][0], piece_end), called)
            continue
        if called is not None and called.stance == "demand" and demanded_act(text, piece_start):
            # A further act the party is called on to do: the call decides, not a word of the
            # act ("and to fulfil its commitments").
            cue = StanceCue("demand", piece_start, piece_start)
        elif called is not None and cue is None and second_object(text, piece_start):
            # A second object of the cue before ("and of maintaining dialogue") takes that
            # cue's stance when it names none of its own.
            cue = StanceCue(called.stance, piece_start, piece_start)
        before = read[-1] if read else None
        if (
            before is not None
            and cue is not None
            and said_alone(cue)
            and (
                (before[1] is not None and not said_alone(before[1]))
                or _MODAL_VERB.search(text, piece_start, piece_end) is None
            )
        ):
            read[-1] = ((before[0][0], piece_end), before[1])
        else:
            read.append(((piece_start, piece_end), cue))
    return read


def said_alone(cue: StanceCue) -> bool:
    """A verb of saying with no stance word after it: ``read_stance`` marks it as an
    ``other`` cue of no width."""
    return cue.stance == "other" and cue.start == cue.end


# A modal verb: what will, can or must be is a view ("that Moscow would respond", "that the
# issue could only be settled by law"); a plain past reports what happened.
_MODAL_VERB = re.compile(rf"\b(?:{MODALS}|cannot|won\W?t)\b", re.IGNORECASE)


def _reporting_stance(sentence: Sentence, claim: Claim, start: int) -> StanceCue | None:
    """ "Moscow has no right to dictate terms, warned Mr Nowak": a statement with no stance
    of its own takes its reporting verb's, when that verb is one of stance; what was said
    is the statement, so the cue stands at its start."""
    assert claim.predicate is not None
    verb = read_stance(sentence.scan, *claim.predicate, speech_predicate=False)
    if verb is None or verb.stance == "other":
        return None
    return StanceCue(verb.stance, start, start)


def opening_condition(sentence: Sentence, start: int, first: tuple[int, int]) -> bool:
    """ "If Russia attacks, it will bear the responsibility, and it will meet severe costs":
    a condition before the first clause's cue governs every clause coordinated after it;
    one after that cue ("warned against any escalation and threatened …") is its object."""
    lexicon = load_lexicon()
    cue = sentence.scan.first(lexicon.stances, first[0], first[1])
    until = cue.start() if cue is not None else first[1]
    return sentence.scan.first(lexicon.conditions, start, until) is not None


def postposed(claim: Claim) -> bool:
    """ "…, he said.": the verb of saying comes after what was said."""
    assert claim.predicate is not None
    return claim.postposed or (
        claim.end - claim.predicate[1] < _POSTPOSED_TAIL
        and claim.predicate[0] - claim.start > (claim.end - claim.start) // 2
    )


_POSTPOSED_TAIL = 30
