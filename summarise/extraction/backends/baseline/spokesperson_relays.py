"""What a spokesperson tells of a person of their own side: that person's view, relayed.

"Presidential Press Secretary Ivan Belov told reporters that the President regarded the
new sanctions as unlawful", "he noted that Vladimir Putin stayed open to dialogue
…", "Press Secretary Anna Reed said the President believes …": a spokesperson's verb of
saying whose complement opens on a person of the side they speak for tells that person's
view or act, whatever the complement's verb ("considered", "remained", "is"). The guide
gives a spokesperson's report of their principal to the principal, via the spokesperson;
``SubjectReader.reported_within`` finds such an inner sayer only when the complement's verb
is itself one of saying or stance ("… said Mr Johnson emphasised …"), so a spokesperson's
"the President considered X illegitimate" stayed the spokesperson's office's. A person of
another side ("Peskov said that Mr Biden was wrong") is talked about, not relayed, and stays
the spokesperson's: only the sayer's own side is relayed.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import first_word_past, window_after
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.subjects import Predicate

# The complement's opening after the verb of saying: "that", perhaps past the ones it was
# told to or when ("told journalists that", "said on Tuesday that"), and the article of
# "the President" (the office mention starts at its noun).
_COMPLEMENT = re.compile(r"\s*(?:(?:[\w\u2019'-]+\s+){0,3}?that\s+)?(?:the\s+)?")
# A finite verb opens on a lower-case letter ("considered", "remained", "is"); a name, a
# number or a mark after the subject is no verb.
_VERB = re.compile(r"[a-z][a-z'\u2019-]*")
# How far after its subject the complement's verb may stand ("the President has always
# believed"): past the words grammar.toml lists between a subject and its verb.
_VERB_REACH = 40


def principal_relayed(
    text: str, s: Sentence, predicate: Predicate, sayer: Mention
) -> tuple[Mention, Predicate] | None:
    """The person of the spokesperson ``sayer``'s own side whose view the complement of
    ``predicate``, a verb of saying, tells, with the complement's verb; None where the
    sayer is no spokesperson, the verb is no verb of saying, or the complement opens on
    anything but a person or an office of the sayer's side."""
    principal = sayer.principal
    if not sayer.spokesperson or principal is None or sayer.ref is None:
        return None
    lexicon = load_lexicon()
    if s.scan.at(lexicon.speech, predicate.start, predicate.end) is None:
        return None
    opening = _COMPLEMENT.match(text, predicate.end, s.end)
    at = opening.end() if opening is not None else predicate.end
    inner = next((m for m in s.mentions if m.start >= at), None)
    if (
        inner is None
        or inner.start != at
        or inner.kind not in ("person", "office")
        or inner.possessive
        or inner.ref is None
        or not inner.ref.is_person
        or inner.ref == sayer.ref
        or inner.ref.side != principal.side
    ):
        return None
    verb = _verb_after(text, inner.end, window_after(text, inner.end, _VERB_REACH, s.end))
    return None if verb is None else (inner, verb)


def _verb_after(text: str, start: int, end: int) -> Predicate | None:
    """The first word after a subject that is not one grammar.toml lists between a
    subject and its verb, when it can be a finite verb. It is no verb of saying: a clause
    with no cue of its own makes no position ("… that Vladimir Putin had always been
    against any escalation" is no "other" of his, whose topic would be what stands
    before)."""
    word = first_word_past(text, start, end, load_grammar().between_subject_and_verb)
    if word is None or _VERB.fullmatch(word.group()) is None:
        return None
    return Predicate(word.start(), word.end(), False)
