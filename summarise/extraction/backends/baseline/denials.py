"""What a verb of denying denies, and how it is named.

"Moscow denied this", "denies the reports", "denied any involvement", "denies that …",
"denied sending troops": what is denied is named as the denier would name it, and the
denial is the denier's own view, whoever reports it. "Russia denies its crimes" names it
as the reporter does: in a speaker's own words that is the speaker's charge (the holder
in ``claim_sides.voices_own``, the stance in ``cue_holders.whose_act``). Apart from both
because each reads the same object after the verb.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.word_classes import alternation, forms


def denies(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` is a verb of denying (grammar.toml's `denying_verbs`)."""
    return text[span[0] : span[1]].lower() in forms("denying_verbs")


def denied_neutrally(text: str, verb_end: int) -> bool:
    """Whether what the verb ending at ``verb_end`` denies is named neutrally."""
    return _neutral().match(text, verb_end) is not None


@cache
def _neutral() -> re.Pattern[str]:
    """A word pointing back, "any", a said noun or one of `denied_nouns` after a
    determiner (grammar.toml's lists), a that-clause, or a gerund clause."""
    determiner = r"(?:(?:the|its|their|his|her|any|such)\s+)?"
    return re.compile(
        rf"\s+(?:(?:{alternation('denied_pointers')})\b"
        rf"|{determiner}(?:{alternation('said_nouns')}|{alternation('denied_nouns')})\b"
        r"|[a-z]+ing\b)",
        re.IGNORECASE,
    )
