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

# A subject that names a party of its own (a person, a body), not the voice's "we" or a
# pronoun whose antecedent attribution settles; an office only by a title naming another
# state or a body ("the Head of the Bureau of Taiwan"): "The Foreign Minister said …" in a
# ministry's statement is its own state's minister, the voice's side.
_NAMED = frozenset({"person", "body", "side", "group"})


def unplaced_sayer(subjects: SubjectReader, s: Sentence, home: str | None) -> bool:
    """``s``'s subject is a named party the rules cannot place, governing a verb of saying
    or stance: its words are its own, so the document's voice (of the state ``home``)
    does not take them."""
    subject = s.subject
    if subject is None or subject.ref is not None:
        return False
    title = subject.title
    elsewhere = (
        subject.kind == "office"
        and title is not None
        and (title.country is not None or title.body is not None)
        and title.country != home
    )
    return (subject.kind in _NAMED or elsewhere) and subjects.predicate(s, subject) is not None
