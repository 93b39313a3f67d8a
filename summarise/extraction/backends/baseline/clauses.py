"""Clauses of one attributed stretch, each with its own stance cue.

"rejecting the use of force, calling for military de-escalation, supporting diplomacy"
and "reaffirmed his commitment to X, and welcomed Y" state several positions in one
sentence (granularity rule 1: two stances in one sentence are two items). A stretch is cut
where a clause boundary stands between two stance cues; each piece keeps its own cue.
"""

from __future__ import annotations

import itertools
import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.scan import TextScan

# Where one coordinated clause ends and the next begins. Every boundary opens with a space
# or a mark: the lookahead turns every other position away before the alternatives.
_BOUNDARY = re.compile(
    r"(?=[\s;:,])(?:\s*;\s*|:\s+|,\s+(?:and|but|while|whereas|as well as)\s+|"
    r"\s+(?:while|whereas)\s+|\s+as well as\s+|,\s+(?=\w+ing\b)|"
    r"\s+(?:and|but)\s+(?:(?:has|have|had|will|would|also|then)\s+)?(?=\w+(?:ed|es)\b)|"
    # A second that-clause is a second statement: "warned that … and that …".
    r"\s+and\s+that\s+|"
    # An auxiliary after "and" opens a verb phrase whatever the verb: "and has laid out".
    r"\s+and\s+(?:has|have|had|will|would)\s+(?=\w)|\s+[\u2013\u2014]\s+)",
    re.IGNORECASE,
)


# A stated reason that charges another party ("imposing costs in response to Putin's brutal
# invasion", "measures related to today's blatant violation") is a second position, the
# guide's accusation, beside the one it gives a reason for. Lower case only: "in
# Connection with the Hostile Actions" names a decree.
_CHARGE_REASON = re.compile(
    r"\s+(?:in response to|in connection with|in light of|related to|because of|due to)\s+"
)
# A demonstrative points back at an act already named, whose charge is already an item
# (the guide: one reported statement, one item): "in response to this act of aggression".
_ANAPHORIC = re.compile(r"(?:this|that|these|those|such)\b", re.IGNORECASE)
_WORD = re.compile(r"\w")
_PUNCTUATION = re.compile(r"[,;:\u2013\u2014]")
_COMPLEMENT = re.compile(r"(?:for|to)\s", re.IGNORECASE)


def split_clauses(scan: TextScan, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut between stance cues at clause boundaries; one piece when
    it holds fewer than two cues."""
    text = scan.text
    lexicon = load_lexicon()
    cues = [
        m for m in scan.find(lexicon.stances, start, end) if category(m) not in ("other", "ignore")
    ]
    # A punitive measure is a cue of its own: "Russia will bear the responsibility, and it
    # will face severe consequences" is a warning and a threat.
    cues += scan.find(lexicon.punitive, start, end)
    cues.sort(key=lambda m: m.start())
    if len(cues) < 2:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for before, after in itertools.pairwise(cues):
        cut = None
        # The boundary may look ahead into the next cue (", calling for"), so the search
        # runs to the cue's end, and a boundary must end where that cue starts or before.
        for b in _BOUNDARY.finditer(text, before.end(), after.end()):
            if b.end() <= after.start() and not _joined(text, before, after, b):
                cut = b
        if cut is None:
            continue
        pieces.append((piece_start, cut.start()))
        piece_start = cut.end()
    pieces.append((piece_start, end))
    return [p for s, e in pieces if e > s for p in _with_charge(text, cues, s, e)]


def _with_charge(
    text: str, cues: list[re.Match[str]], start: int, end: int
) -> list[tuple[int, int]]:
    """``(start, end)``, and after it the charge its stated reason makes, read without its
    opener: "in response to Putin's brutal invasion" accuses. The piece itself stays whole:
    its stance skips the reason's cues, and its topic stops at the reason."""
    for reason in _CHARGE_REASON.finditer(text, start, end):
        before = any(start <= c.start() < reason.start() for c in cues)
        # The reason's first cue decides, as a clause's does: "in response to its support
        # of Putin's war" is not read as a charge.
        first = next((c for c in cues if reason.end() <= c.start() < end), None)
        restated = _ANAPHORIC.match(text, reason.end()) is not None
        if before and not restated and first is not None and category(first) == "accuse":
            return [(start, end), (reason.end(), end)]
    return [(start, end)]


def _joined(
    text: str, cue: re.Match[str], following: re.Match[str], boundary: re.Match[str]
) -> bool:
    """Two cue words joined by a bare "and" with nothing between ("unprovoked and
    unjustified", "welcomed and endorsed") head one phrase: no clause ends there. Nor does
    one before a second infinitive, which has no verb of its own to take a stance and
    shares the first one's: "the best course would be for Paris to wait, and for Kyiv to
    refuse the offer"."""
    if _COMPLEMENT.match(text, boundary.end()):
        return True
    # Two stances are two items (granularity rule 1): "for its support and asked for more".
    return (
        category(cue) == category(following)
        and _WORD.search(text, cue.end(), boundary.start()) is None
        and _PUNCTUATION.search(boundary.group()) is None
    )
