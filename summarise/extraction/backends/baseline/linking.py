"""A linking adverbial opening a sentence ("At the same time, …", "After all, …",
"Moreover, …"): it ties the sentence to the one before, so the speaker before goes on
(``continuity``), and it is no part of what the sentence says (``position_topics``). The
words are ``continuing_adverbials`` in grammar.toml.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.grammar import load_grammar


def linking_adverbial(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the linking adverbial, followed by its comma, that opens
    ``text[start:end]`` after any space, or None."""
    opening = text[start:end]
    words = opening.lstrip()
    at = start + len(opening) - len(words)
    lowered = words.lower()
    adverbial = next(
        (a for a in load_grammar().continuing_adverbials if lowered.startswith(a + ",")), None
    )
    return None if adverbial is None else (at, at + len(adverbial))
