"""Another party's words in a voiced document: what the document's voice must not take.

A statement, fact sheet or joint statement holds its unattributed sentences in its own
voice. A sentence whose grammatical subject is a party named in it, governing a verb of
saying or stance ("The Head of the National Security Bureau said that …", "An adviser to
the minister warned …"), is that party's report, not an unattributed sentence: where the
rules cannot place the party it is no one's (precision before recall), never the voice's.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.subjects import SubjectReader

# A subject that names a party of its own (an office, a person, a body), not the voice's
# "we" or a pronoun whose antecedent attribution settles.
_NAMED = frozenset({"person", "office", "body", "side", "group"})


def unplaced_sayer(subjects: SubjectReader, s: Sentence) -> bool:
    """``s``'s subject is a named party the rules cannot place, governing a verb of saying
    or stance: its words are its own, so the document's voice does not take them."""
    subject = s.subject
    return (
        subject is not None
        and subject.kind in _NAMED
        and subject.ref is None
        and subjects.predicate(s, subject) is not None
    )
