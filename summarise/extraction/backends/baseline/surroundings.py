"""What the positions stage reads of a sentence beyond the sentence itself.

Most of what makes a clause a position is in its own sentence, but a few questions look
around it: a remark that points back ("We have not seen that.") needs the sentence before,
an answer to a journalist ("These accusations are baseless.") the question it answers, a
"we agreed to …" whether the article tells of a contact at all; and ``--explain`` wants to
hear why each clause made no item. ``extract`` builds one ``Surroundings`` per sentence and
``positions`` hands it on whole, so that a rule needing one more thing around the sentence
adds a field here rather than a parameter to ``find_positions``, ``_position`` and the
helper that asks.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarise.extraction.backends.baseline.sentence import Sentence


@dataclass(frozen=True)
class Surroundings:
    """A sentence's surroundings, as the positions stage reads them.

    ``before``: the sentence before, which a demonstrative may point back at (None for the
    first). ``asked``: the journalist's question, one sentence or more, that the sentence's
    transcript turn answers, whose premise the answer may take for its topic (empty outside
    such a turn). ``met``: the article tells of a contact (in its title or its text), so a
    "we agreed to …" may be an agreement reached on it rather than one party's undertaking.
    ``this_year``: the year the article was published, before which a date is the past.
    ``dropped``: given only by ``--explain``'s trace, the article's record of why each
    deciding stance cue made no item, by the cue's offset (``drop`` fills it)."""

    before: Sentence | None = None
    asked: tuple[Sentence, ...] = ()
    met: bool = False
    this_year: int | None = None
    dropped: dict[int, str] | None = None

    def drop(self, cue: int, why: str) -> None:
        """Note for the trace why the clause whose deciding cue starts at ``cue`` made no
        item; a no-op when nobody asked, so that extracting without a trace costs nothing."""
        if self.dropped is not None:
            self.dropped[cue] = why
