"""A party's claim told as a noun and quoted to be disputed: "Russian claims that Ukrainian
saboteurs had raided a border post", "Moscow's claim that Western deliveries are
dragging out the bloodshed", "statements by the Russian Foreign Ministry that Kyiv was
stalling the negotiations", "its latest claims about secret laboratories in Ukraine".

The guide makes a party's claims its positions; a claim about another party's acts charges
that party, so the owner holds an `accuse` against it, besides the stance of the one who
tells of the claim (who rejects or mocks it). The owner is the party written before the noun
(a possessive or a state's adjective) or after it ("of"/"by" X); "its"/"their" is the party
last named before it in the sentence. A claim whose content names first its owner, or the
speaker's own side ("claims that our units have lost …": a view, no charge), is left, as is
one of unnamed people ("statements of Russian officials"): precision first.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.literal_gates import may_match
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.position_draft import PositionDraft
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.times import when_in

# What the claim says runs to the end of its clause.
_CONTENT_END = re.compile(r"[,;:.!?]|\s+(?:is|was|are|were)\s+(?:an?|the|simply|pure|nothing)\b")


# The nouns of saying a party's claim is told by (of ``said_nouns``).
_OWNED_NOUNS = ("claim", "allegation", "assertion", "statement")


@cache
def _claim_noun() -> re.Pattern[str]:
    """A noun of what was claimed, then its owner after it, if any, then "that"/"about"."""
    # Longest first, and whole words: "claims" is not "claim" and an "s".
    nouns = "|".join(
        sorted(
            (n for n in load_grammar().said_nouns if n.startswith(_OWNED_NOUNS)),
            key=len,
            reverse=True,
        )
    )
    return re.compile(
        rf"\b(?:recent\s+|latest\s+|repeated\s+)?(?P<noun>{nouns})\b"
        r"(?P<after>\s+(?:of|by)\s+(?:the\s+)?)?",
        re.IGNORECASE,
    )


_OPENS = re.compile(r"\s+(?:that|about)\s+", re.IGNORECASE)
_POSSESSIVE_PRONOUN = re.compile(
    r"\b(?:its|their)\s+(?:recent\s+|latest\s+|repeated\s+)?$", re.IGNORECASE
)


def owned_claims(text: str, sentence: Sentence) -> list[PositionDraft]:
    """The accusations that parties' claims told as nouns in ``sentence`` make."""
    found: list[PositionDraft] = []
    if sentence.question:
        return found  # a question's premises are nobody's position
    # Most sentences hold no claim noun, and the search, tried at every word, costs the
    # same on every one.
    noun = _claim_noun()
    if not may_match(sentence.scan, noun, sentence.start, sentence.end):
        return found
    for m in noun.finditer(text, sentence.start, sentence.end):
        owner, content_start, phrase_start = _owner(text, sentence, m)
        if owner is None or owner.ref is None:
            continue
        stop = _CONTENT_END.search(text, content_start, sentence.end)
        content_end = stop.start() if stop is not None else sentence.end
        first = next(
            (
                c
                for c in sentence.mentions
                if content_start <= c.start < content_end and (c.ref or c.kind == "first")
            ),
            None,
        )
        # The party the claim is about comes first in it ("that Ukrainian saboteurs had
        # attacked …"), another party than the owner; the speaker's own side ("claims that
        # our units have lost …", a first person with no party of its own) is a view, no
        # charge.
        if first is None or first.ref is None:
            continue
        accused = first.ref if first.ref.side != owner.ref.side else None
        if accused is None:
            continue
        found.append(
            PositionDraft(
                holder=owner.ref,
                via=None,
                stance="accuse",
                topic=text[content_start:content_end].strip(),
                target=accused,
                quotes=[(phrase_start, content_end)],
                when=when_in(sentence),
                sentence=sentence.index,
                voice="reported",
            )
        )
    return found


def _owner(text: str, sentence: Sentence, m: re.Match[str]) -> tuple[Mention | None, int, int]:
    """The claim's owner, where its content starts, and where the phrase starts."""
    if m["after"] is not None:
        owner = next((c for c in sentence.mentions if c.start == m.end()), None)
        opens = _OPENS.match(text, owner.end) if owner is not None else None
        # A body named by its name ("by the Russian Foreign Ministry"); unnamed people of a
        # state ("of Russian officials") are no owner one can be sure of.
        if owner is None or opens is None or not owner.text.split()[-1][:1].isupper():
            return None, 0, 0
        return owner, opens.end(), m.start()
    opens = _OPENS.match(text, m.end())
    if opens is None:
        return None, 0, 0
    before = [c for c in sentence.mentions if c.end <= m.start()]
    pronoun = _POSSESSIVE_PRONOUN.search(text, sentence.start, m.start())
    if pronoun is not None:
        bodies = [c for c in before if c.kind == "body" and c.end <= pronoun.start()]
        owner = bodies[-1] if bodies else None
        return owner, opens.end(), pronoun.start()
    adjacent = before[-1] if before else None
    # A state's adjective or a possessive owns the noun ("Russian claims", "Moscow's claim");
    # a bare name before it is the subject of the verb "claims" ("Moscow claims that …").
    if (
        adjacent is None
        or text[adjacent.end : m.start()].strip()
        or adjacent.kind not in ("body", "side")
        or not (adjacent.adjective or adjacent.possessive)
    ):
        return None, 0, 0
    return adjacent, opens.end(), adjacent.start
