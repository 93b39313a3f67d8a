"""Whose a statement is when its source is named outside its clause: a reporting clause
after it ("…, Jan Nowak warned on Monday"), a source before it ("As Jan Nowak noted, …"),
or "according to X".

``fronted`` and ``postposed`` find the source; who then holds the statement is decided
here, because a pronoun source needs its antecedent, a spokesperson speaks for a
principal, and the clause after "according to X" may report a third party's words,
each of which is the attribution stage's reading of the text so far.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.antecedents import Antecedents
from summarise.extraction.backends.baseline.claim_sides import same_side
from summarise.extraction.backends.baseline.continuity import LastReported
from summarise.extraction.backends.baseline.fronted import source_before
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.postposed import reporting_after
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.subjects import SubjectReader

# "According to X, S": the comma that ends the source and opens its clause.
_SOURCE_COMMA = re.compile(r"\s*,\s*")


def said_after(
    s: Sentence, subjects: SubjectReader, antecedents: Antecedents, last_reported: LastReported
) -> Claim | None:
    """ "Russia will face severe consequences, Jan Nowak warned on Monday", "As Jan
    Nowak noted, …": the statement is the speaker's, and so are its "I" and "we"."""
    if s.subject is not None and s.subject.kind == "joint":
        return None  # what the parties did together is a contact's outcome
    after = source_before(subjects, s) or reporting_after(subjects, s)
    if after is None:
        return None
    speaker, predicate = after.speaker, after.verb
    holder, via = speaker.voice or speaker.ref, None
    if speaker.kind == "pronoun":
        antecedent = antecedents.of_subject(s, speaker)
        if antecedent is None or antecedent.ref is None:
            return None
        holder = antecedent.principal or antecedent.ref
        via = antecedent.ref if antecedent.principal is not None else None
    elif speaker.principal is not None:
        holder, via = speaker.principal, speaker.ref
        reported = _reported_person(s, subjects, after.statement_end)
        if reported is not None:
            holder = reported  # "President Biden has made clear that …, Psaki said"
    if holder is None:
        return None
    s.first_person = holder
    last_reported.note(s, holder, via)
    return Claim(
        "reported",
        holder,
        via,
        after.statement_start,
        after.statement_end,
        speaker,
        predicate.span,
        says=True,
        postposed=True,
    )


def _reported_person(s: Sentence, subjects: SubjectReader, statement_end: int) -> ActorRef | None:
    """The person a spokesperson's statement reports with a verb of saying (the guide:
    "President Biden made clear …" in Psaki's words is the President's, via her)."""
    subject = s.subject
    if subject is None or subject.kind not in ("person", "office") or subject.ref is None:
        return None
    if not subject.ref.is_person or subject.end > statement_end:
        return None
    predicate = subjects.predicate(s, subject)
    return subject.ref if predicate is not None and predicate.says else None


def according(s: Sentence, subjects: SubjectReader, last_reported: LastReported) -> Claim | None:
    """ "According to the Head of State, …"; a party saying or taking a stance in the
    clause after the source holds it via the source, as when the source's verb of
    saying governs the clause ("According to Psaki, the United States had observed no
    pullback" is the United States', via Psaki)."""
    found = s.scan.first(load_lexicon().postposed, s.start, s.end)
    if found is None:
        return None
    after = next((m for m in s.mentions if m.start >= found.end() and m.ref), None)
    if after is None or after.ref is None:
        return None
    # What X said follows the source: "According to X, …".
    source = (found.start(), after.end) if found.start() < after.start else None
    reported = (
        _according_reported(s, subjects, last_reported, after, source)
        if source is not None
        else None
    )
    if reported is not None:
        return reported
    if not after.ref.is_person:
        return None
    last_reported.note(s, after.ref, None)
    return Claim("reported", after.ref, None, s.start, s.end, subject=after, predicate=source)


def _according_reported(
    s: Sentence,
    subjects: SubjectReader,
    last_reported: LastReported,
    source: Mention,
    span: tuple[int, int],
) -> Claim | None:
    """The clause after "According to X, " read as X's verb of saying reads its
    complement (``reported_within``): another party's words or stance, via X; the
    party X speaks for, or its side's body, is X's principal speaking through X."""
    comma = _SOURCE_COMMA.match(s.text, source.end, s.end)
    if comma is None or source.ref is None:
        return None
    inner = subjects.reported_at(s, comma.end())
    if inner is None:
        return None
    subject, predicate = inner
    holder = subject.principal or subject.ref
    if holder is None or holder == source.ref:
        return None  # X itself: X holds as before
    principal = source.principal
    if principal is not None and (
        holder == principal or (subject.kind == "body" and same_side(subject, principal))
    ):
        # "According to Psaki, the United States had observed …": as "Psaki said the
        # United States …", her principal's, via her.
        last_reported.note(s, principal, source.ref)
        return Claim("reported", principal, source.ref, s.start, s.end, source, span)
    if subject.kind == "body" and same_side(subject, source.ref):
        return None  # "According to the government, Budapest opposes …": its own side
    return last_reported.claim(s, subject, predicate, holder, source.ref)
