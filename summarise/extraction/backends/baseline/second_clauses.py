"""A second main clause with a subject of its own, for the attribution stage.

Coordinated main clauses each have their own subject (Quirk et al. 13.1-13.5): in "Prime
Minister Kallas described the arrival of Russian units, and the President thanked her for
Estonia's assessments" the thanks are the President's, and in "he promised that every refugee
will be welcome, and I see this promise is being kept" the last clause is the speaker's
again. A claim read from the first clause's subject would give the whole sentence to it, so
the claim ends where the second clause opens, and that clause is claimed by its own subject
when it says or takes a stance, or by the speaker when its subject is "I" or "we".
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarise.extraction.backends.baseline.claim_sides import characterised, takes_that_clause
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.speakers import Speaker
from summarise.extraction.backends.baseline.subjects import SubjectReader

# A coordinator after a comma or semicolon, and the article of the subject after it; or a
# comma alone, after which only another side's report opens a clause of its own
# ("…, during which, as the Turkish President said, the Russian side assured him that …").
_JOIN = re.compile(
    r"[,;]\s+(?:(?P<coordinator>and|but|while|whereas)\s+)?(?:the\s+)?", re.IGNORECASE
)
# The second subject's verb stands right after it, past an auxiliary or adverb at most
# ("and the President thanked", "and he also stressed", "and Denmark will support"), not
# somewhere later in its clause ("and Ukraine does not give in to provocations").
_WORDS_BEFORE_VERB = 2
_WORD = re.compile(r"[\w\u2019']+")
# A dash in speech sets off the speaker's own comment on what they report ("…, and the
# Prime Minister told the President that Italy is ready to go further — something we welcome").
_DASH = re.compile(r"\s[\u2014\u2013]\s")


def second_clauses(s: Sentence, subjects: SubjectReader, first: ActorRef | None) -> None:
    """Splits each claim of ``s`` at a second main clause whose subject has a voice of
    its own; the sentence's claims are replaced in place. ``first``: whom "I"/"we" stand
    for in the sentence."""
    if s.question or s.journalist:
        return
    if not s.claims:
        # "Prime Minister Berg reviewed the sanctions, and President Reed urged …": a first
        # clause with no voice leaves the second its own.
        unclaimed = _unclaimed(s, subjects)
        s.claims = [unclaimed] if unclaimed is not None else []
        return
    split: list[Claim] = []
    for claim in s.claims:
        split.extend(_split(s, claim, subjects, first))
    s.claims = split


def first_clause_end(s: Sentence, start: int) -> int:
    """Where a coordinated main clause opens after ``start`` (", and these payments must
    …"), else the sentence's end: the end of a claim that holds the first clause alone."""
    for join in _JOIN.finditer(s.text, start, s.end):
        if join["coordinator"] is not None:
            return join.start()
    return s.end


def _opening(s: Sentence, join: re.Match[str]) -> Mention | None:
    """The mention that opens the clause after ``join``; "the Russian side" is one with
    its article."""
    article = join.end() - 4 if join.group().lower().endswith("the ") else join.end()
    return next((m for m in s.mentions if m.start in (join.end(), article)), None)


# A list's conjunct before its last: ", Canada, and the United States condemn …".
_LIST_COMMA = re.compile(r",\s+(?:the\s+)?$", re.IGNORECASE)


def _listed(s: Sentence, join: re.Match[str]) -> bool:
    """``join`` ends a list of parties ("the leaders of France, Germany, Canada, and the
    United States condemn …"): the party before it stands alone after a comma, so the
    one after is the list's last conjunct, not the subject of a clause of its own."""
    before = next((m for m in s.mentions if m.end == join.start()), None)
    return before is not None and (
        _LIST_COMMA.search(s.text, max(s.start, before.start - 6), before.start) is not None
    )


def _reports_other(s: Sentence, claim: Claim, second: Claim) -> bool:
    """A clause after a bare comma is the first's, unless another side reports in it
    with a verb of saying and what it said ("the Russian side assured him that …")."""
    return (
        second.says
        and second.holder is not None
        and claim.holder is not None
        and second.holder.side != claim.holder.side
        and takes_that_clause(s.text, second)
    )


def _unclaimed(s: Sentence, subjects: SubjectReader) -> Claim | None:
    for join in _JOIN.finditer(s.text, s.start, s.end):
        if join["coordinator"] is None:
            continue
        subject = _opening(s, join)
        if subject is not None and subject.kind != "first":
            claim = _voiced(s, subject, subjects, s.end)
            if claim is not None:
                return claim
    return None


def _split(
    s: Sentence, claim: Claim, subjects: SubjectReader, first: ActorRef | None
) -> list[Claim]:
    if claim.voice == "joint" or claim.holder is None or claim.postposed:
        return [claim]
    text = s.text
    start = claim.predicate[1] if claim.predicate is not None else claim.start
    for join in _JOIN.finditer(text, start, claim.end):
        subject = _opening(s, join)
        if subject is None or _listed(s, join):
            continue
        second = _second_claim(s, claim, subject, subjects, first)
        if second is None or (join["coordinator"] is None and not _reports_other(s, claim, second)):
            continue
        pieces = [replace(claim, end=join.start()), second]
        dash = _DASH.search(text, second.start, second.end) if claim.voice == "speech" else None
        if dash is not None:
            second.end = dash.start()
            pieces.append(replace(claim, start=dash.end(), subject=None, predicate=None))
        return pieces
    return [claim]


def _second_claim(
    s: Sentence, claim: Claim, subject: Mention, subjects: SubjectReader, first: ActorRef | None
) -> Claim | None:
    """The claim of the clause ``subject`` opens, or None where it has no voice of its own
    (no verb of saying or stance: "…, and Russia continues to mass troops" stays the first
    clause's statement)."""
    if subject.possessive or subject.adjective:
        return None
    if subject.kind == "first":
        if first is None or first == claim.holder:
            return None
        return Claim("speech", first, None, subject.start, claim.end, subject)
    second = _voiced(s, subject, subjects, claim.end)
    if second is not None and _bare_saying(s, subject, second):
        return None
    if second is None or claim.voice != "speech":
        return second
    assert claim.holder is not None
    assert second.holder is not None
    if not second.holder.is_person and second.holder.side == claim.holder.side:
        return None  # "…, and Denmark will support …" in a Danish minister's words: hers
    if characterised(s.text, second, Speaker(claim.holder, claim.via, official=True)):
        return None  # "…, and Russia refuses to talk" in someone's words: the speaker's charge
    return second


def _voiced(s: Sentence, subject: Mention, subjects: SubjectReader, end: int) -> Claim | None:
    """The clause ``subject`` opens, to ``end``, when its verb of saying or stance
    follows it."""
    predicate = subjects.predicate(s, subject)
    if predicate is None or len(_WORD.findall(s.text, subject.end, predicate.start)) > (
        _WORDS_BEFORE_VERB
    ):
        return None
    holder, via = _holder(s, subject)
    if holder is None:
        return None
    return Claim(
        "reported", holder, via, subject.start, end, subject, predicate.span, says=predicate.says
    )


def _holder(s: Sentence, subject: Mention) -> tuple[ActorRef | None, ActorRef | None]:
    """Who the second subject is: a name or office as resolved; a pronoun continues the
    first clause's person subject ("President Biden briefed …, and he thanked …"), or,
    after the speaker's own "I" or "we", stands for the person the speaker named
    (``_named_by_speaker``)."""
    if subject.kind == "pronoun":
        first = s.subject
        if first is not None and first.kind == "first":
            first = _named_by_speaker(s, subject)
        if first is None or first is subject or first.ref is None or not first.ref.is_person:
            return None, None
        subject.ref, subject.principal = first.ref, first.principal
    elif subject.kind not in ("person", "office", "body", "side"):
        return None, None
    if subject.ref is None:
        return None, None
    if subject.principal is not None:
        return subject.principal, subject.ref
    return subject.voice or subject.ref, None


# "he" or "she": the speaker's "I" cannot be either.
_SINGULAR = frozenset({"he", "she"})


def _named_by_speaker(s: Sentence, pronoun: Mention) -> Mention | None:
    """The person a "he" or "she" opening a second clause stands for when the first
    clause's subject is the speaker's "I" or "we" ("I spoke with President Tamm on Monday,
    and he asked me to …"; "…, but Minister Berg raised it with her counterpart, and she
    made clear that …"): the person named before it who opens a clause of their own, else
    the only person named before it. Two persons and neither a subject ("I spoke with Tamm
    and Berg, and he …"): nobody, precision first."""
    if pronoun.text.lower() not in _SINGULAR:
        return None
    named = [
        m
        for m in s.mentions
        if m.end <= pronoun.start
        and m.kind in ("person", "office")
        and m.ref is not None
        and m.ref.is_person
        and not m.possessive
    ]
    subjects = [m for m in named if _opens_clause(s, m)]
    if subjects:
        return subjects[-1]
    people = {m.ref for m in named}
    return named[-1] if len(people) == 1 else None


def _bare_saying(s: Sentence, subject: Mention, second: Claim) -> bool:
    """A "he" the speaker's naming resolves (``_named_by_speaker``) whose verb of saying
    says nothing of its own ("I spoke with President Tamm, and he shares this view", "and
    she agreed"): what is agreed to is the speaker's sentence before, which the rules do not
    carry over; the clause stays the speaker's. Precision first."""
    return (
        subject.kind == "pronoun"
        and s.subject is not None
        and s.subject.kind == "first"
        and second.says
        and not takes_that_clause(s.text, second)
    )


def _opens_clause(s: Sentence, mention: Mention) -> bool:
    """``mention`` opens a coordinated clause (", but National Security Advisor Berg …")."""
    joins = _JOIN.finditer(s.text, s.start, mention.start + 1)
    return any(_opening(s, join) is mention for join in joins)
