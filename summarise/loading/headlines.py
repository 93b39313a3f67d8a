"""Headline or sentence: telling a line's kind from its shape.

The loader copies an article's opening headline into its title, and the cleaner drops
related-story headlines set between paragraphs and captions that repeat image alt text.
All three judge a line by the same signs: a headline is short, capitalised and lacks the
full stop that ends a sentence, where the stop may sit inside closing quotes or brackets.
"""

from __future__ import annotations

import re

_CLOSERS = "\"'\u201d\u2019\u00bb)]"
_SENTENCE_END = ".!?…"
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_MAX_HEADLINE_WORDS = 25
_MAX_HEADLINE_CHARS = 200


def looks_like_headline(line: str) -> bool:
    """Whether a line reads as a headline: short, capitalised, no sentence-final punctuation."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_HEADLINE_WORDS
        and len(line) <= _MAX_HEADLINE_CHARS
        and line[0].isupper()
        and not ends_sentence(line)
        and not line.endswith((":", ";", ","))
    )


def ends_sentence(line: str) -> bool:
    """Whether a line ends like prose, looking past closing quotes and brackets."""
    core = _without_closers(line)
    return bool(core) and core[-1] in _SENTENCE_END


def is_one_sentence(line: str) -> bool:
    """Whether no sentence ends inside the line (its own final stop aside)."""
    inner = _without_closers(line).rstrip(_SENTENCE_END)
    return _SENTENCE_BREAK.search(inner) is None


def _without_closers(line: str) -> str:
    return line.rstrip().rstrip(_CLOSERS)
