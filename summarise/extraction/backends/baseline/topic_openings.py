"""What a stated topic does not open on: its clause's subject pronoun and operator.

A topic names an issue, a noun phrase ("a lie", "the risk of false-flag operations") or a
verb phrase ("not respond to provocations"). Where the cut starts inside a clause instead,
the topic opens on the clause's subject pronoun or its operator, the first auxiliary that
carries tense, mood and negation (Quirk et al. 2.48): at a cue a negation keeps ("Ukraine
would not respond to provocations" → "would not respond …"), after a pronoun the cut steps
over ("It is a lie" → "is a lie"), or on a whole clause taken when nothing follows the cue
("We are not going to send forces"). The stance already says the mood (commit, deny,
demand), the holder who "we" are; the operator and the pronoun name nothing of the issue.
So the item states its topic without them, keeping a negation ("not respond to
provocations"), while merging compares the topic as cut (``PositionDraft.stated_topic``).
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.verb_forms import (
    BE,
    BE_NONFINITE,
    DO,
    HAVE,
    MODALS,
    NEGATORS,
)
from summarise.extraction.backends.baseline.word_classes import alternation

# A topic names something in words after what is left out: not a bare figure or a pronoun.
_WORDY = re.compile(r"[^\W\d_]{3}")


def without_operator(topic: str) -> str:
    """``topic`` without the subject pronoun and the operator it opens on, a negation
    kept ("will not send U.S. forces" → "not send U.S. forces", "is a lie" → "a lie", "we
    reject the claims" → "reject the claims"); as it is when it opens on neither, or when
    nothing would be left."""
    found = _opening().match(topic)
    if found is None or found.end() == 0:
        return topic
    rest = topic[found.end() :]
    if not _WORDY.search(rest) or _not_a_verb_group(found, rest):
        return topic
    return f"{found['negation']}{rest}" if found["negation"] else rest


def _not_a_verb_group(found: re.Match[str], rest: str) -> bool:
    """A modal before a preposition or a determiner is a noun ("will of the people", "might
    of the army"), and one before a name opens an inverted condition ("should Minsk allow an
    attack"): not an operator, whose verb would follow it."""
    if found["modal"] is None or found["negation"] or found["nonfinite"]:
        return False
    first = rest.split(maxsplit=1)[0]
    grammar = load_grammar()
    lower = first.lower()
    return first != lower or lower in grammar.prepositions or lower in grammar.determiners


@cache
def _opening() -> re.Pattern[str]:
    """A subject pronoun (any case: "We reject"), then an operator (lower case: "May" is a
    month) with a negation, a non-finite "be" and "going to" after it; "do" only before a
    negation ("do what they signed" is its own verb)."""
    pronoun = rf"(?i:{alternation('subject_pronouns')})\s+"
    operator = (
        rf"(?:(?:{BE}|{HAVE})|(?P<modal>{MODALS})|(?:{DO})(?=\s+(?:{NEGATORS})\b))"
        rf"\s+(?P<negation>(?:{NEGATORS})\s+)?(?P<nonfinite>(?:{BE_NONFINITE})\s+|going\s+to\s+)?"
    )
    return re.compile(rf"(?:{pronoun})?(?:{operator})?")
